package dev.paperdex.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.PaperdexStyle;
import dev.paperdex.Span;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One ranked result of a {@link LeaderboardRow}: the value a paper reports for itself, which paper,
 * and the sentence and span that back it, so that a reader can check it.
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableLeaderboardEntry.class)
public abstract class LeaderboardEntry {
    /** The rank in the row, from 1; equal values share a rank (1, 1, 3). */
    public abstract int rank();

    /** The value. */
    public abstract double value();

    /** The metric's exact text, e.g. {@code 94.0%}. */
    public abstract String text();

    /** The benchmark as the paper writes it. */
    public abstract String benchmark();

    /** The measured quantity as the paper names it, when it does (or as read just before the number). */
    public abstract Optional<String> metric();

    /** The unit. */
    public abstract String unit();

    /** The paper's arXiv id, when known. */
    public abstract Optional<String> paperId();

    /** The paper's title. */
    public abstract String title();

    /** The paper's date, when known. */
    public abstract Optional<LocalDate> date();

    /** The claim sentence of the abstract that holds the number. */
    public abstract String sentence();

    /** Where the number stands in the abstract. */
    public abstract Span span();

    /** Where the sentence stands in the abstract. */
    public abstract Span sentenceSpan();

    /** What the number is compared against, when the paper says. */
    public abstract Optional<String> baseline();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LeaderboardEntry}. */
    public static final class Builder extends ImmutableLeaderboardEntry.Builder {}

    @Value.Check
    final void check() {
        if (rank() < 1) {
            throw new IllegalArgumentException("leaderboard entry rank must be >= 1, found " + rank());
        }
        if (!sentenceSpan().contains(span())) {
            throw new IllegalArgumentException("leaderboard entry span " + span() + " must lie in sentenceSpan "
                    + sentenceSpan() + " for '" + title() + "'");
        }
    }
}
