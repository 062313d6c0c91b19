package dev.paperdex;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/** A half-open range {@code [start, end)} of character offsets in a text, 0-based. */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableSpan.class)
public abstract class Span {
    /** Offset of the first character. */
    public abstract int start();

    /** Offset just past the last character. */
    public abstract int end();

    /** The span {@code [start, end)}. */
    public static Span of(int start, int end) {
        return ImmutableSpan.builder().start(start).end(end).build();
    }

    /** The characters of {@code text} this span covers. */
    public final String textIn(CharSequence text) {
        return text.subSequence(start(), end()).toString();
    }

    /** Whether {@code other} lies entirely inside this span. */
    public final boolean contains(Span other) {
        return start() <= other.start() && other.end() <= end();
    }

    @Value.Check
    final void check() {
        if (start() < 0 || end() < start()) {
            throw new IllegalArgumentException(
                    "span must satisfy 0 <= start <= end, found start=" + start() + " end=" + end());
        }
    }
}
