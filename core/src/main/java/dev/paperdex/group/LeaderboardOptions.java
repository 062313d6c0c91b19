package dev.paperdex.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.MetricKind;
import dev.paperdex.PaperdexStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link Leaderboard} keeps: {@code LeaderboardOptions.defaults().withTop(5).withMinPapers(3)
 * .withKind(MetricKind.SCORE)}.
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableLeaderboardOptions.class)
public abstract class LeaderboardOptions {
    /** The most entries a row keeps (default 10); the timeline always sees every entry. */
    @Value.Default
    public int top() {
        return 10;
    }

    /** The fewest papers a row must have to be kept (default 1). */
    @Value.Default
    public int minPapers() {
        return 1;
    }

    /** Only rows of this kind: {@link MetricKind#SCORE} or {@link MetricKind#CHANGE} (gains). */
    public abstract Optional<MetricKind> kind();

    /** Only papers dated on or after this day (undated papers are left out when a range is set). */
    public abstract Optional<LocalDate> since();

    /** Only papers dated on or before this day. */
    public abstract Optional<LocalDate> until();

    /** The defaults: top 10, at least one paper, scores and gains, any date. */
    public static LeaderboardOptions defaults() {
        return ImmutableLeaderboardOptions.builder().build();
    }

    /** These options keeping at most {@code top} entries per row. */
    public abstract LeaderboardOptions withTop(int top);

    /** These options keeping rows with at least {@code minPapers} papers. */
    public abstract LeaderboardOptions withMinPapers(int minPapers);

    /** These options keeping rows of one kind only. */
    public abstract LeaderboardOptions withKind(MetricKind kind);

    /** These options keeping papers dated on or after {@code since}. */
    public abstract LeaderboardOptions withSince(LocalDate since);

    /** These options keeping papers dated on or before {@code until}. */
    public abstract LeaderboardOptions withUntil(LocalDate until);

    @Value.Check
    final void check() {
        if (top() < 1) {
            throw new IllegalArgumentException("leaderboard top must be >= 1, found " + top());
        }
        if (minPapers() < 1) {
            throw new IllegalArgumentException("leaderboard minPapers must be >= 1, found " + minPapers());
        }
        if (kind().isPresent() && kind().get() == MetricKind.RATIO) {
            throw new IllegalArgumentException("leaderboard kind must be score or change, found ratio");
        }
        if (since().isPresent() && until().isPresent() && since().get().isAfter(until().get())) {
            throw new IllegalArgumentException(
                    "leaderboard since must not be after until, found " + since().get() + " > " + until().get());
        }
    }
}
