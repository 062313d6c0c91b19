package dev.paperdex.analysis;

import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.Qualifier;
import java.util.List;

/** A candidate metric while one abstract is analysed; confined to one call, never shared. */
final class Mention {
    /** First and last token of the mention's text, inclusive. */
    int first;

    int last;
    /** Index of the (first) number token, or of the factor word. */
    int num;
    /** Last token of the words right after the mention that belong to it (metric name, change noun). */
    int tail;

    double value;
    double upper = Double.NaN;
    String unit = "";
    Qualifier qualifier = Qualifier.EXACT;
    boolean qualifierWritten;
    /** Whether the qualifier stands before the number (and so may cover a following list). */
    boolean qualifierBefore;

    int sign;
    MetricKind kind;
    boolean kindCue;
    Direction direction;
    String metric;
    String benchmark;
    int benchStart = -1;
    int benchEnd = -1;
    String baseline;
    int baseStart = -1;
    int baseEnd = -1;
    /**
     * The token ranges of a baseline written as a list ({@code GPT-4o and Gemini}), of which {@link
     * #baseline} is the first; null for one baseline. A coordinated list of as many numbers takes
     * them in the same position.
     */
    List<int[]> baseItems;

    boolean accepted;
    /** The previous mention of the same coordinated list, or null. */
    Mention prev;
    /** Whether this mention is the {@code to} end of {@code from A to B}. */
    boolean fromTo;
    /** Whether a prepositional phrase stands between this list item and the previous one. */
    boolean viaPhrase;
    /** Whether the previous list item has words of its own after it ({@code 18% better and 5x faster}). */
    boolean prevHasOwnWords;

    int sentence;
    /** A bare number that stands in a set-up phrase and may not be rescued by its neighbours. */
    boolean vetoed;
    /** Whether the text says the number is an average over benchmarks ({@code on average}). */
    boolean averaged;
    /** Whether the text gives a phrase for the benchmark that names none ({@code on the test set}). */
    boolean benchUnnamed;
    /** The phrase the benchmark was read from, when it follows the mention. */
    MetricAttacher.Np benchList;

    /** A benchmark name written between the number and its metric ({@code 7.43 WikiText2 perplexity}), or -1. */
    int innerBench = -1;

    /** Whether the mention is a count of a total ({@code 5/5 seeds}). */
    boolean countOf;

    boolean bare() {
        return unit.isEmpty();
    }
}
