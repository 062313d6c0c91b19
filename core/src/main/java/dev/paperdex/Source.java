package dev.paperdex;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.immutables.value.Value;

/** Where a paper record was read: a file name or URI, the 1-based line of the record, the format. */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableSource.class)
public abstract class Source {
    /** The file name, URI or other name the caller gave the input. */
    public abstract String name();

    /** The 1-based line where the record starts (the title line of a listing card). */
    public abstract int line();

    /** The format of the input. */
    public abstract SourceKind kind();

    /** A source. */
    public static Source of(String name, int line, SourceKind kind) {
        return ImmutableSource.builder().name(name).line(line).kind(kind).build();
    }

    @Value.Check
    final void check() {
        if (line() < 1) {
            throw new IllegalArgumentException("source line must be >= 1, found " + line());
        }
    }
}
