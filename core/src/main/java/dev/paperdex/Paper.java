package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.analysis.AbstractAnalysis;
import dev.paperdex.analysis.AbstractAnalyzer;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One paper as read from a listing, an API response or a feed: immutable and thread-safe.
 *
 * <p>Absent facts are empty optionals, never sentinels. {@link #metrics()} holds the outcome
 * numbers found in the abstract, {@link #claims()} its claim sentences, {@link #links()} the links
 * found in the abstract plus those of the source's metadata.
 *
 * <p><b>Analysed or not.</b> Links, metrics and claims come from one pass of {@link
 * AbstractAnalyzer} over the abstract, and {@link #analyzed()} says whether that pass ran. The
 * parsers analyse every record they read; a paperdex JSON Lines file read back keeps the analysis
 * it was written with. A program with its own titles and abstracts gets an analysed paper from
 * {@link #of(String, String)}, {@link Builder#buildAnalyzed()} or {@link #withAnalysis()}. A plain
 * {@link Builder#build()} analyses nothing: the paper has exactly the links, metrics and claims
 * given to the builder, so a query such as {@code benchmark:GSM8K} only sees what was supplied.
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

    /**
     * The number of GitHub stars of the paper's code repository, when the source gives it (Hugging
     * Face API {@code githubStars}).
     */
    public abstract OptionalInt stars();

    /**
     * Keywords a source attaches to the paper, in the source's order (Hugging Face API {@code
     * ai_keywords}); empty when it gives none.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<String> keywords();

    /**
     * The day the paper was on the Hugging Face daily list (the UTC day of the API's {@code
     * submittedOnDailyAt}), which may differ from its {@link #date()}.
     */
    public abstract Optional<LocalDate> listedOn();

    /** The abstract, as written (listing text) or with white space folded (API, arXiv). */
    @JsonProperty("abstract")
    public abstract String abstractText();

    /** Links found in the abstract, then links from the source's metadata, without duplicates. */
    public abstract List<Link> links();

    /** Reported metrics found in the abstract, in text order. */
    public abstract List<ReportedMetric> metrics();

    /**
     * The claim sentences of the abstract (core/EXTRACTION.md section 2), in text order, each referring to
     * the metrics inside it by their positions in {@link #metrics()}.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public abstract List<Claim> claims();

    /**
     * Whether {@link #links()}, {@link #metrics()} and {@link #claims()} were found by {@link
     * AbstractAnalyzer} in this paper's abstract (false for a paper built by hand with {@link
     * Builder#build()}).
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean analyzed() {
        return false;
    }

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

    /**
     * An analysed paper with this title and abstract: its links, metrics and claims found by {@link
     * AbstractAnalyzer}. Add facts with {@link #builder()}{@code .from(paper)}, or use {@link
     * Builder#buildAnalyzed()}.
     */
    public static Paper of(String title, String abstractText) {
        return builder().title(title).abstractText(abstractText).buildAnalyzed();
    }

    /**
     * This paper analysed afresh: links found in the abstract followed by this paper's other links
     * (one per URL), and the metrics and claims of the abstract, replacing those it had.
     */
    public final Paper withAnalysis() {
        AbstractAnalysis analysis = AbstractAnalyzer.analyze(Optional.of(title()), abstractText());
        List<Link> links = new ArrayList<>(analysis.links());
        Set<String> urls = new HashSet<>();
        analysis.links().forEach(l -> urls.add(l.url()));
        for (Link l : links()) {
            if (l.span().isEmpty() && urls.add(l.url())) {
                links.add(l);
            }
        }
        return builder()
                .from(this)
                .links(links)
                .metrics(analysis.metrics())
                .claims(analysis.claims())
                .analyzed(true)
                .build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Paper}. {@link #build()} keeps exactly what was given; {@link #buildAnalyzed()}
     * also analyses the abstract.
     */
    public static final class Builder extends ImmutablePaper.Builder {
        /** Builds the paper, then finds the links, metrics and claims of its abstract. */
        public Paper buildAnalyzed() {
            return build().withAnalysis();
        }
    }

    /**
     * Checks the invariants, and links claims to metrics both ways: a claim read from JSON gets its
     * {@link Claim#metrics()} from its {@link Claim#metricIndexes()}, a claim built with metrics only
     * gets their positions in {@link #metrics()}.
     */
    @Value.Check
    final Paper normalize() {
        check();
        boolean unlinked = false;
        for (Claim c : claims()) {
            for (int index : c.metricIndexes()) {
                if (index >= metrics().size()) {
                    throw new IllegalArgumentException("claim metricIndexes must be < "
                            + metrics().size() + " (the number of metrics), found " + index + " for '" + title() + "'");
                }
            }
            unlinked |= c.metrics().size() != c.metricIndexes().size();
        }
        if (!unlinked) {
            return this;
        }
        Map<ReportedMetric, Integer> positions = new HashMap<>();
        for (int i = metrics().size() - 1; i >= 0; i--) {
            positions.put(metrics().get(i), i);
        }
        List<Claim> linked = new ArrayList<>(claims().size());
        for (Claim c : claims()) {
            if (c.metrics().size() == c.metricIndexes().size()) {
                linked.add(c);
            } else if (c.metricIndexes().isEmpty()) {
                List<Integer> indexes = new ArrayList<>(c.metrics().size());
                for (ReportedMetric m : c.metrics()) {
                    Integer at = positions.get(m);
                    if (at == null) {
                        throw new IllegalArgumentException("claim metrics must be metrics of the paper, found '"
                                + m.text() + "' in claim '" + c.sentence() + "' of '" + title() + "'");
                    }
                    indexes.add(at);
                }
                linked.add(Claim.builder().from(c).metricIndexes(indexes).build());
            } else {
                List<ReportedMetric> inside = new ArrayList<>(c.metricIndexes().size());
                c.metricIndexes().forEach(i -> inside.add(metrics().get(i)));
                linked.add(Claim.builder().from(c).metrics(inside).build());
            }
        }
        return builder().from(this).claims(linked).build();
    }

    private void check() {
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
        if (stars().isPresent() && stars().getAsInt() < 0) {
            throw new IllegalArgumentException(
                    "paper stars must be >= 0, found " + stars().getAsInt() + " for '" + title() + "'");
        }
        for (String k : keywords()) {
            if (k.isBlank()) {
                throw new IllegalArgumentException(
                        "paper keywords must not be blank, found '" + k + "' for '" + title() + "'");
            }
        }
    }
}
