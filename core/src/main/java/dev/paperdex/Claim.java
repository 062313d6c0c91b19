package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A sentence of an abstract in which the paper asserts a result of its own work (core/EXTRACTION.md
 * section 2), with its types, the numbers inside it and the cues that made it a claim.
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableClaim.class)
public abstract class Claim {
    /** The sentence exactly as it stands in the abstract. */
    public abstract String sentence();

    /** Offset of the sentence's first character in the abstract. */
    public abstract int start();

    /** Offset just past the sentence in the abstract. */
    public abstract int end();

    /** One or more types, in their natural order. */
    @Value.NaturalOrder
    public abstract SortedSet<ClaimType> types();

    /** The paper's method or model the claim is about, when the sentence or abstract names it. */
    public abstract Optional<String> subject();

    /**
     * The positions in the paper's {@link Paper#metrics()} (or in the metric list the claim was
     * extracted with) of the metrics inside the sentence, ascending. This is how a claim refers to
     * its metrics in JSON, without copying them.
     */
    public abstract List<Integer> metricIndexes();

    /**
     * The reported metrics whose spans fall inside the sentence, in text order: those of {@link
     * #metricIndexes()}. A claim read from JSON gets them from its {@link Paper}; a claim built by
     * hand may give them without indexes, and a {@link Paper} holding it finds their positions.
     */
    @JsonIgnore
    @Value.Auxiliary
    public abstract List<ReportedMetric> metrics();

    /** What the claim compares against, when named. */
    public abstract Optional<String> baseline();

    /** The cues (rule names) that made this sentence a claim and gave it its types. */
    public abstract List<String> cues();

    /** The span of the sentence. */
    @JsonIgnore
    public final Span span() {
        return Span.of(start(), end());
    }

    /** Whether this claim has the given type. */
    public final boolean is(ClaimType type) {
        return types().contains(type);
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Claim}. */
    public static final class Builder extends ImmutableClaim.Builder {}

    @Value.Check
    final void check() {
        if (types().isEmpty()) {
            throw new IllegalArgumentException("claim types must not be empty for sentence '" + sentence() + "'");
        }
        for (int index : metricIndexes()) {
            if (index < 0) {
                throw new IllegalArgumentException("claim metricIndexes must be >= 0, found " + index);
            }
        }
        if (!metrics().isEmpty()
                && !metricIndexes().isEmpty()
                && metrics().size() != metricIndexes().size()) {
            throw new IllegalArgumentException("claim metrics must match metricIndexes one to one, found "
                    + metrics().size() + " metrics and " + metricIndexes().size() + " indexes");
        }
        if (start() < 0 || end() < start()) {
            throw new IllegalArgumentException(
                    "claim span must satisfy 0 <= start <= end, found start=" + start() + " end=" + end());
        }
    }
}
