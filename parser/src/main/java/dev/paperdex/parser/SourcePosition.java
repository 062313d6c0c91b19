package dev.paperdex.parser;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.PaperdexStyle;
import org.immutables.value.Value;

/** A place in an input: 1-based line and column, 0-based character offset from the start. */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableSourcePosition.class)
public abstract class SourcePosition {
    /** The 1-based line. */
    public abstract int line();

    /** The 1-based column, counted in UTF-16 characters. */
    public abstract int column();

    /** The 0-based character offset from the start of the input. */
    public abstract long offset();

    /** A position. */
    public static SourcePosition of(int line, int column, long offset) {
        return ImmutableSourcePosition.builder()
                .line(line)
                .column(column)
                .offset(offset)
                .build();
    }

    @Override
    public final String toString() {
        return "line " + line() + ", column " + column();
    }

    @Value.Check
    final void check() {
        if (line() < 1 || column() < 1 || offset() < 0) {
            throw new IllegalArgumentException("position must have line >= 1, column >= 1, offset >= 0, found line="
                    + line() + " column=" + column() + " offset=" + offset());
        }
    }
}
