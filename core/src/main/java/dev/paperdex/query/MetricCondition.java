package dev.paperdex.query;

import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.PaperdexStyle;
import dev.paperdex.Qualifier;
import dev.paperdex.ReportedMetric;
import dev.paperdex.benchmark.Benchmarks;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * Conditions on one {@link ReportedMetric}, all of which the same metric must meet:
 *
 * <pre>{@code
 * MetricCondition gsm8kGain = MetricCondition.any()
 *         .onBenchmark("GSM8K").ofKind(MetricKind.CHANGE).inUnit("%").atLeast(5);
 * }</pre>
 *
 * <p>Benchmarks are compared by {@link #normalizeBenchmark(String)}: case, punctuation, a leading
 * article and a trailing {@code benchmark}, {@code dataset} or {@code test set} are ignored, so
 * {@code gsm-8k}, {@code GSM8K} and {@code the GSM8K benchmark} are the same. Units are compared
 * ignoring case. Value bounds apply to {@link ReportedMetric#value()} (a range's lower end).
 */
@Value.Immutable
@PaperdexStyle
public abstract class MetricCondition implements Predicate<ReportedMetric> {
    /** The benchmark, normalised by {@link #normalizeBenchmark(String)}. */
    public abstract Optional<String> benchmark();

    /** The kind the metric must have. */
    public abstract Optional<MetricKind> kind();

    /** The unit the metric must have, lower case. */
    public abstract Optional<String> unit();

    /** The direction the metric must have. */
    public abstract Optional<Direction> direction();

    /** The qualifier the metric must have. */
    public abstract Optional<Qualifier> qualifier();

    /** Inclusive lower bound of the value. */
    public abstract OptionalDouble atLeastValue();

    /** Exclusive lower bound of the value. */
    public abstract OptionalDouble aboveValue();

    /** Inclusive upper bound of the value. */
    public abstract OptionalDouble atMostValue();

    /** Exclusive upper bound of the value. */
    public abstract OptionalDouble belowValue();

    /** The condition every metric meets. */
    public static MetricCondition any() {
        return ImmutableMetricCondition.builder().build();
    }

    /** This condition, also on a benchmark (compared after {@link #normalizeBenchmark(String)}). */
    public final MetricCondition onBenchmark(String benchmark) {
        String key = normalizeBenchmark(benchmark);
        if (key.isEmpty()) {
            throw new IllegalArgumentException(
                    "metric condition benchmark must have letters or digits, found '" + benchmark + "'");
        }
        return withBenchmark(key);
    }

    /** This condition, also of a kind. */
    public final MetricCondition ofKind(MetricKind kind) {
        return withKind(kind);
    }

    /** This condition, also in a unit ({@code %}, {@code x}, {@code points}, {@code ""}). */
    public final MetricCondition inUnit(String unit) {
        return withUnit(unit.trim().toLowerCase(Locale.ROOT));
    }

    /** This condition, also with a direction ({@code UP} for gains). */
    public final MetricCondition inDirection(Direction direction) {
        return withDirection(direction);
    }

    /** This condition, also with a qualifier. */
    public final MetricCondition qualifiedAs(Qualifier qualifier) {
        return withQualifier(qualifier);
    }

    /** This condition, also with a value {@code >= min}. */
    public final MetricCondition atLeast(double min) {
        return withAtLeastValue(min);
    }

    /** This condition, also with a value {@code > min}. */
    public final MetricCondition above(double min) {
        return withAboveValue(min);
    }

    /** This condition, also with a value {@code <= max}. */
    public final MetricCondition atMost(double max) {
        return withAtMostValue(max);
    }

    /** This condition, also with a value {@code < max}. */
    public final MetricCondition below(double max) {
        return withBelowValue(max);
    }

    abstract MetricCondition withBenchmark(String benchmark);

    abstract MetricCondition withKind(MetricKind kind);

    abstract MetricCondition withUnit(String unit);

    abstract MetricCondition withQualifier(Qualifier qualifier);

    abstract MetricCondition withDirection(Direction direction);

    abstract MetricCondition withAtLeastValue(double value);

    abstract MetricCondition withAboveValue(double value);

    abstract MetricCondition withAtMostValue(double value);

    abstract MetricCondition withBelowValue(double value);

    /** Whether {@code metric} meets every condition. */
    @Override
    public final boolean test(ReportedMetric metric) {
        if (benchmark().isPresent()
                && !metric.benchmark().map(MetricCondition::normalizeBenchmark).equals(benchmark())) {
            return false;
        }
        return testExceptBenchmark(metric);
    }

    /** {@link #test} without the benchmark condition, for callers that compared benchmarks already. */
    final boolean testExceptBenchmark(ReportedMetric metric) {
        if (kind().isPresent() && metric.kind() != kind().get()) {
            return false;
        }
        if (unit().isPresent() && !metric.unit().equalsIgnoreCase(unit().get())) {
            return false;
        }
        if (direction().isPresent() && !metric.direction().equals(direction())) {
            return false;
        }
        if (qualifier().isPresent() && metric.qualifier() != qualifier().get()) {
            return false;
        }
        double v = metric.value();
        return (atLeastValue().isEmpty() || v >= atLeastValue().getAsDouble())
                && (aboveValue().isEmpty() || v > aboveValue().getAsDouble())
                && (atMostValue().isEmpty() || v <= atMostValue().getAsDouble())
                && (belowValue().isEmpty() || v < belowValue().getAsDouble());
    }

    /**
     * The key benchmarks are compared by: {@link Benchmarks#canonicalKey}, the key of the standard
     * benchmark table with its aliases and folding rules ({@code The GSM-8K benchmark} and {@code
     * GSM8K} are one key, {@code AIME24} and {@code AIME 2024} too, {@code ImageNet 256x256} is not
     * {@code ImageNet}). Normalising a key again gives the same key.
     */
    public static String normalizeBenchmark(String benchmark) {
        return Benchmarks.canonicalKey(benchmark);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("metric");
        benchmark().ifPresent(b -> s.append(" benchmark:").append(b));
        kind().ifPresent(k -> s.append(" kind:").append(k.jsonName()));
        unit().ifPresent(u -> s.append(" unit:").append(u.isEmpty() ? "\"\"" : u));
        direction().ifPresent(d -> s.append(" direction:").append(d.jsonName()));
        qualifier().ifPresent(q -> s.append(" qualifier:").append(q.jsonName()));
        atLeastValue().ifPresent(v -> s.append(" value>=").append(v));
        aboveValue().ifPresent(v -> s.append(" value>").append(v));
        atMostValue().ifPresent(v -> s.append(" value<=").append(v));
        belowValue().ifPresent(v -> s.append(" value<").append(v));
        return s.toString();
    }
}
