package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A link of a paper: its normalised URL, what it points to, and where it stands in the abstract
 * (absent for links that come from a source's metadata rather than the text).
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableLink.class)
public abstract class Link {
    /** The URL, normalised: no trailing sentence punctuation, no <code>&#92;url{}</code> wrapper. */
    public abstract String url();

    /** What the link points to. */
    public abstract LinkKind kind();

    /** Offset of the first character of the mention in the abstract, if found in the text. */
    public abstract OptionalInt start();

    /** Offset just past the mention in the abstract, if found in the text. */
    public abstract OptionalInt end();

    /** The host in lower case without a leading {@code www.}, or empty when the URL has none. */
    @JsonIgnore
    @Value.Lazy
    public String host() {
        try {
            String h = URI.create(url()).getHost();
            if (h == null) {
                return "";
            }
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The span of the mention in the abstract, when the link was found in the text. */
    public final Optional<Span> span() {
        return start().isPresent() && end().isPresent()
                ? Optional.of(Span.of(start().getAsInt(), end().getAsInt()))
                : Optional.empty();
    }

    /** A link found in the abstract at {@code [start, end)}. */
    public static Link of(String url, LinkKind kind, int start, int end) {
        return builder().url(url).kind(kind).start(start).end(end).build();
    }

    /** A link that comes from metadata, not from the abstract text. */
    public static Link of(String url, LinkKind kind) {
        return builder().url(url).kind(kind).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Link}. */
    public static final class Builder extends ImmutableLink.Builder {}

    @Value.Check
    final void check() {
        if (url().isBlank()) {
            throw new IllegalArgumentException("link url must not be blank");
        }
        if (start().isPresent() != end().isPresent()) {
            throw new IllegalArgumentException(
                    "link start and end must both be present or both absent, found start=" + start() + " end=" + end());
        }
        if (start().isPresent() && (start().getAsInt() < 0 || end().getAsInt() < start().getAsInt())) {
            throw new IllegalArgumentException("link span must satisfy 0 <= start <= end, found start="
                    + start().getAsInt() + " end=" + end().getAsInt());
        }
    }
}
