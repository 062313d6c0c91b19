package dev.paperdex.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.PaperdexStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a {@link Leaderboard}: a benchmark (normalised), a unit, whether lower is better, and
 * the best score and the largest gain reported on it in that unit.
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableLeaderboardRow.class)
public abstract class LeaderboardRow {
    /** The benchmark key ({@link dev.paperdex.query.MetricCondition#normalizeBenchmark}). */
    public abstract String benchmark();

    /** The unit all numbers of the row share. */
    public abstract String unit();

    /** Whether the best score is the lowest (FID, perplexity, error, latency...). */
    public abstract boolean lowerIsBetter();

    /** The best score: the highest, or the lowest when {@link #lowerIsBetter()}. */
    public abstract Optional<LeaderboardEntry> best();

    /** The largest reported gain (a change, direction up). */
    public abstract Optional<LeaderboardEntry> largestGain();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LeaderboardRow}. */
    public static final class Builder extends ImmutableLeaderboardRow.Builder {}

    @Value.Check
    final void check() {
        if (best().isEmpty() && largestGain().isEmpty()) {
            throw new IllegalArgumentException(
                    "leaderboard row must have a best score or a largest gain, found neither for '" + benchmark()
                            + "'");
        }
    }
}
