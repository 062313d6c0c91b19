package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A number in an abstract that reports an outcome measured or evaluated in the paper, with its
 * meaning, as defined by core/EXTRACTION.md section 1: {@code +34.08% on MathVista} is a {@link
 * MetricKind#CHANGE} of 34.08 {@code %}, direction {@link Direction#UP}, benchmark
 * {@code MathVista}.
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableReportedMetric.class)
public abstract class ReportedMetric {
    /** The exact characters of the mention: sign, number(s), unit and a touching qualifier word. */
    public abstract String text();

    /** The number; for a range its lower end; a written minus sign is kept. */
    public abstract double value();

    /** The upper end of a range, else empty. */
    public abstract OptionalDouble upper();

    /** {@code %}, {@code points}, {@code x}, {@code ""} for a bare number, or a unit as written. */
    public abstract String unit();

    /** Score, change or ratio. */
    public abstract MetricKind kind();

    /** Up or down, for a change or ratio whose text says which way the quantity moves. */
    public abstract Optional<Direction> direction();

    /** Exact, approximate, lower or upper bound. */
    @Value.Default
    public Qualifier qualifier() {
        return Qualifier.EXACT;
    }

    /**
     * The measured quantity when the text names it ({@code accuracy}, {@code speed}). Like {@link
     * #benchmark} and {@link #baseline}, on one line: each run of white space in the source (a line
     * break inside the phrase) is one space.
     */
    public abstract Optional<String> metric();

    /**
     * The dataset, benchmark or task the number is measured on, as written, on one line ({@link
     * #benchmarkSpan} is where it stands in the abstract).
     */
    public abstract Optional<String> benchmark();

    /** What the number is compared against, as written, on one line (see {@link #baselineSpan}). */
    public abstract Optional<String> baseline();

    /** Offset of the mention's first character in the abstract. */
    public abstract int start();

    /** Offset just past the mention in the abstract. */
    public abstract int end();

    /** Where the benchmark text stands in the abstract, when found. */
    public abstract Optional<Span> benchmarkSpan();

    /** Where the baseline text stands in the abstract, when found. */
    public abstract Optional<Span> baselineSpan();

    /** The span of the mention. */
    @JsonIgnore
    public final Span span() {
        return Span.of(start(), end());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportedMetric}. */
    public static final class Builder extends ImmutableReportedMetric.Builder {}

    @Value.Check
    final void check() {
        if (text().isEmpty()) {
            throw new IllegalArgumentException("metric text must not be empty");
        }
        if (start() < 0 || end() < start()) {
            throw new IllegalArgumentException(
                    "metric span must satisfy 0 <= start <= end, found start=" + start() + " end=" + end());
        }
        if (!Double.isFinite(value())) {
            throw new IllegalArgumentException("metric value must be finite, found " + value());
        }
        if (upper().isPresent() && upper().getAsDouble() < value()) {
            throw new IllegalArgumentException(
                    "metric upper must not be below value, found value=" + value() + " upper=" + upper().getAsDouble());
        }
    }
}
