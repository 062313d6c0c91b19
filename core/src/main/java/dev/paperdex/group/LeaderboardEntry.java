package dev.paperdex.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.PaperdexStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** One cell of a {@link Leaderboard}: a reported metric and the paper that reports it. */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableLeaderboardEntry.class)
public abstract class LeaderboardEntry {
    /** The benchmark as the paper writes it. */
    public abstract String benchmark();

    /** The metric's exact text, e.g. {@code +34.08%}. */
    public abstract String text();

    /** The measured quantity when named, e.g. {@code accuracy}. */
    public abstract Optional<String> metric();

    /** The value. */
    public abstract double value();

    /** The unit. */
    public abstract String unit();

    /** The paper's title. */
    public abstract String title();

    /** The paper's date, when known. */
    public abstract Optional<LocalDate> date();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LeaderboardEntry}. */
    public static final class Builder extends ImmutableLeaderboardEntry.Builder {}
}
