package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One paper as read from a listing, an API response or a feed: immutable and thread-safe.
 *
 * <p>Absent facts are empty optionals, never sentinels. {@link #metrics()} holds the outcome
 * numbers found in the abstract; {@link #links()} the links found in the abstract plus those of
 * the source's metadata.
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutablePaper.class)
public abstract class Paper {
    /** The arXiv id ({@code 2506.05331}) when the source gives one. */
    public abstract Optional<String> id();

    /** The title, white space folded. */
    public abstract String title();

    /** The number of authors, when the source gives it. */
    public abstract OptionalInt authorCount();

    /** The author names, when the source lists them (the API and arXiv do; listings do not). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<String> authors();

    /** The team or organisation shown in place of an author count, e.g. {@code HIT-TMG Lychee Team}. */
    public abstract Optional<String> team();

    /** The publication date, when known. */
    public abstract Optional<LocalDate> date();

    /** The date exactly as the source wrote it ({@code Jun 5}, {@code Aug 8, 2023}). */
    public abstract Optional<String> dateText();

    /** The number of comments, when shown. */
    public abstract OptionalInt commentCount();

    /** The number of upvotes, when the source gives it. */
    public abstract OptionalInt upvotes();

    /** The abstract, as written (listing text) or with white space folded (API, arXiv). */
    @JsonProperty("abstract")
    public abstract String abstractText();

    /** Links found in the abstract, then links from the source's metadata, without duplicates. */
    public abstract List<Link> links();

    /** Reported metrics found in the abstract, in text order. */
    public abstract List<ReportedMetric> metrics();

    /** Where the record was read, when it was read from a source. */
    public abstract Optional<Source> source();

    /** Further origins of the same paper, when several records were merged into this one. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<Source> otherSources();

    /**
     * The title folded for identity: Unicode NFKC, lower case, every run of characters other than
     * letters and digits turned into one space, trimmed. Two records of the same paper captured
     * from different pages have the same folded title.
     */
    @JsonIgnore
    @Value.Lazy
    public String normalizedTitle() {
        return normalizeTitle(title());
    }

    /** Folds a title the way {@link #normalizedTitle()} does. */
    public static String normalizeTitle(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The links of one kind. */
    public final List<Link> links(LinkKind kind) {
        return links().stream().filter(l -> l.kind() == kind).toList();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Paper}. */
    public static final class Builder extends ImmutablePaper.Builder {}

    @Value.Check
    final void check() {
        if (title().isBlank()) {
            throw new IllegalArgumentException("paper title must not be blank");
        }
        if (authorCount().isPresent() && authorCount().getAsInt() < 1) {
            throw new IllegalArgumentException(
                    "paper authorCount must be >= 1, found " + authorCount().getAsInt() + " for '" + title() + "'");
        }
        if (!authors().isEmpty() && authorCount().orElse(-1) != authors().size()) {
            throw new IllegalArgumentException("paper authorCount must equal the number of authors ("
                    + authors().size() + "), found " + authorCount() + " for '" + title() + "'");
        }
        if (commentCount().isPresent() && commentCount().getAsInt() < 0) {
            throw new IllegalArgumentException(
                    "paper commentCount must be >= 0, found " + commentCount().getAsInt() + " for '" + title() + "'");
        }
        if (upvotes().isPresent() && upvotes().getAsInt() < 0) {
            throw new IllegalArgumentException(
                    "paper upvotes must be >= 0, found " + upvotes().getAsInt() + " for '" + title() + "'");
        }
    }
}
