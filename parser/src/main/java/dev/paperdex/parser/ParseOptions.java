package dev.paperdex.parser;

import dev.paperdex.PaperdexStyle;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How to read an input: the listing's year (for dates written without one) and strict or lenient
 * error handling. {@link #defaults()} is lenient with no year given.
 *
 * <p>Whatever the options, memory is bounded per record: an abstract (listing, JSON string, Atom
 * text) above 64 Ki characters is cut there, a JSON Lines line above 4 Mi characters is skipped,
 * each with {@link ProblemCode#RECORD_TOO_LARGE} (thrown when strict).
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

    /**
     * Whether each abstract is analysed by {@link dev.paperdex.analysis.AbstractAnalyzer}: links,
     * reported metrics and claims in one pass (default true). Off, records keep the links written
     * in the abstract and the source's metadata, with no metrics or claims, and {@link
     * dev.paperdex.Paper#analyzed()} false.
     */
    @Value.Default
    public boolean analyze() {
        return true;
    }

    /** These options, with the analysis of abstracts on or off. */
    public abstract ParseOptions withAnalyze(boolean analyze);

    /**
     * Whether records of paperdex JSON Lines that already carry an analysis ({@link
     * dev.paperdex.Paper#analyzed()}) are analysed again, e.g. after an upgrade of the extractors
     * (default false: their links, metrics and claims are kept as read).
     */
    @Value.Default
    public boolean reanalyze() {
        return false;
    }

    /** These options, re-analysing paperdex JSON Lines records or keeping their analysis. */
    public abstract ParseOptions withReanalyze(boolean reanalyze);

    /**
     * The number of threads that analyse abstracts (default 1: the reading thread analyses each
     * record as it reads it). With more, the thread that consumes the stream reads the input and
     * {@code threads} worker threads analyse a bounded window of records ahead of it, the order kept:
     * the papers and the diagnostics (reported on the consumer's thread, in input order) are those of
     * one thread.
     */
    @Value.Default
    public int threads() {
        return 1;
    }

    /** These options, with {@code threads} analysing threads. */
    public abstract ParseOptions withThreads(int threads);

    @Value.Check
    final void check() {
        if (threads() < 1) {
            throw new IllegalArgumentException("parse options threads must be >= 1, found " + threads());
        }
    }

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
