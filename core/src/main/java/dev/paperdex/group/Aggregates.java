package dev.paperdex.group;

import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.query.MetricCondition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The usual {@link Aggregate}s. Metric statistics read the metrics of each member that belong to
 * the group (see {@link GroupMember#metrics()}) and meet an optional {@link MetricCondition}; a
 * group without such a metric has an empty result ({@code null} in JSON, blank in tables).
 *
 * <pre>{@code
 * papers.groupBy(GroupKey.BENCHMARK)
 *         .aggregate(Aggregates.count(), Aggregates.metricMedian(MetricCondition.any().inUnit("%")));
 * }</pre>
 */
public final class Aggregates {
    private Aggregates() {}

    /** {@code count}: the number of papers in the group. */
    public static Aggregate<Long> count() {
        return Aggregate.count();
    }

    /** {@code share}: the group's papers as a fraction of the whole set, in [0, 1]. */
    public static Aggregate<Long> share() {
        return Aggregate.share();
    }

    /**
     * {@code count}: the number of papers in the group with at least one of the group's metrics
     * meeting {@code condition} (in a {@link GroupKey#BENCHMARK} group, one on that benchmark).
     */
    public static Aggregate<Long> countReporting(MetricCondition condition) {
        return Aggregate.of(
                "count",
                Collectors.filtering(
                        (GroupMember m) -> m.metrics().stream().anyMatch(condition), Collectors.counting()));
    }

    /** {@code min}: the smallest metric value. */
    public static Aggregate<OptionalDouble> metricMin() {
        return metricMin(MetricCondition.any());
    }

    /** {@code min}: the smallest value of the metrics meeting {@code condition}. */
    public static Aggregate<OptionalDouble> metricMin(MetricCondition condition) {
        return summary(
                "min", condition, st -> st.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(st.getMin()));
    }

    /** {@code max}: the largest metric value. */
    public static Aggregate<OptionalDouble> metricMax() {
        return metricMax(MetricCondition.any());
    }

    /** {@code max}: the largest value of the metrics meeting {@code condition}. */
    public static Aggregate<OptionalDouble> metricMax(MetricCondition condition) {
        return summary(
                "max", condition, st -> st.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(st.getMax()));
    }

    /** {@code mean}: the arithmetic mean of metric values. */
    public static Aggregate<OptionalDouble> metricMean() {
        return metricMean(MetricCondition.any());
    }

    /** {@code mean}: the arithmetic mean of the values of the metrics meeting {@code condition}. */
    public static Aggregate<OptionalDouble> metricMean(MetricCondition condition) {
        return summary(
                "mean",
                condition,
                st -> st.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(st.getAverage()));
    }

    /** {@code median}: the median metric value (the mean of the middle two for an even count). */
    public static Aggregate<OptionalDouble> metricMedian() {
        return metricMedian(MetricCondition.any());
    }

    /** {@code median}: the median value of the metrics meeting {@code condition}. */
    public static Aggregate<OptionalDouble> metricMedian(MetricCondition condition) {
        return stat("median", condition, v -> {
            if (v.length == 0) {
                return OptionalDouble.empty();
            }
            int mid = v.length / 2;
            return OptionalDouble.of(v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2);
        });
    }

    /** {@code top<k>}: the titles of the first {@code k} papers of the group in {@code order}. */
    public static Aggregate<List<String>> topK(int k, Comparator<? super Paper> order) {
        if (k < 1) {
            throw new IllegalArgumentException("top-k must have k >= 1, found " + k);
        }
        return Aggregate.ofPapers(
                "top" + k,
                Collector.<Paper, List<Paper>, List<String>>of(
                        ArrayList::new,
                        List::add,
                        (a, b) -> {
                            a.addAll(b);
                            return a;
                        },
                        list -> list.stream()
                                .sorted(order)
                                .limit(k)
                                .map(Paper::title)
                                .toList()));
    }

    /** Running statistics of the group's metrics that meet {@code condition}, finished by {@code finish}. */
    private static Aggregate<OptionalDouble> summary(
            String name, MetricCondition condition, Function<DoubleSummaryStatistics, OptionalDouble> finish) {
        return Aggregate.of(
                name,
                Collector.<GroupMember, DoubleSummaryStatistics, OptionalDouble>of(
                        DoubleSummaryStatistics::new,
                        (acc, m) -> {
                            for (ReportedMetric r : m.metrics()) {
                                if (condition.test(r)) {
                                    acc.accept(r.value());
                                }
                            }
                        },
                        (a, b) -> {
                            a.combine(b);
                            return a;
                        },
                        finish));
    }

    /** Sorted values of the group's metrics that meet {@code condition}, finished by {@code finish}. */
    private static Aggregate<OptionalDouble> stat(
            String name, MetricCondition condition, Function<double[], OptionalDouble> finish) {
        return Aggregate.of(
                name,
                Collector.<GroupMember, Values, OptionalDouble>of(
                        Values::new,
                        (acc, m) -> {
                            for (ReportedMetric r : m.metrics()) {
                                if (condition.test(r)) {
                                    acc.add(r.value());
                                }
                            }
                        },
                        Values::addAll,
                        acc -> finish.apply(acc.sorted())));
    }

    /** A growable list of unboxed values. */
    private static final class Values {
        private double[] values = new double[8];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        Values addAll(Values other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
            return this;
        }

        double[] sorted() {
            double[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }
}
