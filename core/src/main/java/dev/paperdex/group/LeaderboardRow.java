package dev.paperdex.group;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.MetricKind;
import dev.paperdex.PaperdexStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One board of a {@link Leaderboard}: the papers' own results on one benchmark, for one metric, in
 * one unit, of one kind (scores, or gains), ranked best first, with the state-of-the-art timeline
 * of the scores.
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableLeaderboardRow.class)
public abstract class LeaderboardRow {
    /** The benchmark key ({@link dev.paperdex.benchmark.Benchmarks#key}), for comparing only. */
    public abstract String benchmark();

    /** The benchmark as papers most often write it, for display. */
    public abstract String name();

    /** The metric as papers most often name it, or the benchmark's usual metric; empty when unknown. */
    public abstract Optional<String> metric();

    /** The unit every value of the row shares. */
    public abstract String unit();

    /** {@link MetricKind#SCORE} (levels reached) or {@link MetricKind#CHANGE} (gains). */
    public abstract MetricKind kind();

    /**
     * Whether the metric is better when lower (FID, WER, perplexity...). Scores then rank lowest
     * first; gains are improvements (reductions) and always rank largest first.
     */
    public abstract boolean lowerIsBetter();

    /** The number of papers with an own result on the row (before the top-N cut). */
    public abstract int paperCount();

    /** The best result of each paper, ranked, at most the options' top N. */
    public abstract List<LeaderboardEntry> entries();

    /**
     * For scores, the running best by date: each step a dated paper that beat every earlier one;
     * empty for gains.
     */
    public abstract List<TimelineStep> timeline();

    /** The first entry. */
    @JsonIgnore
    public final Optional<LeaderboardEntry> best() {
        return entries().stream().findFirst();
    }

    /**
     * A short header: {@code GSM8K: accuracy, score in %, higher is better (3 papers)}; a gain on a
     * lower-is-better metric reads {@code AIME 2024: token usage, reduction in %, larger is better}.
     */
    public final String title() {
        String unitText = unit().isEmpty() ? "" : " in " + unit();
        // "score, score" says nothing: a metric named score is left out
        return name() + ": "
                + metric().filter(m -> !m.equalsIgnoreCase("score"))
                        .map(m -> m + ", ")
                        .orElse("")
                + kindText() + unitText + ", "
                + orderText() + " is better (" + paperCount()
                + (paperCount() == 1 ? " paper)" : " papers)");
    }

    // a gain on a lower-is-better metric is a reduction, and a larger reduction ranks first
    private String kindText() {
        return kind() == MetricKind.SCORE ? "score" : lowerIsBetter() ? "reduction" : "gain";
    }

    private String orderText() {
        return kind() == MetricKind.SCORE
                ? (lowerIsBetter() ? "lower" : "higher")
                : lowerIsBetter() ? "larger" : "higher";
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LeaderboardRow}. */
    public static final class Builder extends ImmutableLeaderboardRow.Builder {}

    @Value.Check
    final void check() {
        if (entries().isEmpty()) {
            throw new IllegalArgumentException("leaderboard row must have entries, found none for '" + name() + "'");
        }
        if (kind() == MetricKind.RATIO) {
            throw new IllegalArgumentException("leaderboard row kind must be score or change, found ratio");
        }
        if (paperCount() < entries().size()) {
            throw new IllegalArgumentException("leaderboard row paperCount must be >= entries ("
                    + entries().size() + "), found " + paperCount() + " for '" + name() + "'");
        }
    }
}
