package dev.paperdex.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.PaperdexStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a state-of-the-art timeline ({@link LeaderboardRow#timeline()}): on {@link #date()}
 * a paper reported a score better than every earlier one.
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableTimelineStep.class)
public abstract class TimelineStep {
    /** The paper's date. */
    public abstract LocalDate date();

    /** The new best value. */
    public abstract double value();

    /** The metric's exact text. */
    public abstract String text();

    /** The paper's arXiv id, when known. */
    public abstract Optional<String> paperId();

    /** The paper's title. */
    public abstract String title();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TimelineStep}. */
    public static final class Builder extends ImmutableTimelineStep.Builder {}
}
