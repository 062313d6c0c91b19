package dev.paperdex.parser;

import dev.paperdex.PaperdexStyle;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How to read an input: the listing's year (for dates written without one) and strict or lenient
 * error handling. {@link #defaults()} is lenient with no year given.
 */
@Value.Immutable
@PaperdexStyle
public abstract class ParseOptions {
    /**
     * The year of the listing day; dates written without a year take it, or the year before when
     * they would fall after the listing day. Without it the year of the current date is used.
     */
    public abstract OptionalInt year();

    /** Whether the first problem throws {@link PaperFormatException} instead of becoming a diagnostic. */
    @Value.Default
    public boolean strict() {
        return false;
    }

    /** Whether reported metrics are extracted from each abstract (default true). */
    @Value.Default
    public boolean extractMetrics() {
        return true;
    }

    /** These options, with metric extraction on or off. */
    public abstract ParseOptions withExtractMetrics(boolean extractMetrics);

    /** Lenient, no year given. */
    public static ParseOptions defaults() {
        return builder().build();
    }

    /** These options with {@code year}. */
    public abstract ParseOptions withYear(int year);

    /** These options, strict when {@code strict} is true. */
    public abstract ParseOptions withStrict(boolean strict);

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ParseOptions}. */
    public static final class Builder extends ImmutableParseOptions.Builder {}
}
