package dev.paperdex.group;

import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.benchmark.Benchmarks;
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

    /**
     * {@code over}: which metrics the statistics of the group describe, as {@code score %} (kind
     * and unit): the most frequent kind and unit among the group's metrics meeting {@code
     * condition}; empty when there is none.
     */
    public static Aggregate<java.util.Optional<String>> metricsOver(MetricCondition condition) {
        return Aggregate.of(
                "over",
                Collector.<GroupMember, Buckets<long[]>, java.util.Optional<String>>of(
                        () -> new Buckets<>(() -> new long[1]),
                        (acc, m) -> {
                            for (ReportedMetric r : m.metrics()) {
                                if (condition.test(r)) {
                                    acc.bucket(r)[0]++;
                                }
                            }
                        },
                        (a, b) -> a.addAll(b, (x, y) -> {
                            x[0] += y[0];
                            return x;
                        }),
                        acc -> java.util.Optional.ofNullable(acc.dominantLabel())));
    }

    /**
     * {@code top<k>}: the titles of the first {@code k} members ranked by their best metric of the
     * group that meets {@code condition} (in a {@link GroupKey#BENCHMARK} group, on that benchmark):
     * highest first, lowest first for lower-is-better metric names (FID, WER, error...). Only the
     * group's most frequent kind and unit ranks; members without such a metric are left out.
     */
    public static Aggregate<List<String>> topK(int k, MetricCondition condition) {
        if (k < 1) {
            throw new IllegalArgumentException("top-k must have k >= 1, found " + k);
        }
        return Aggregate.of(
                "top" + k,
                Collector.<GroupMember, List<GroupMember>, List<String>>of(
                        ArrayList::new,
                        List::add,
                        (a, b) -> {
                            a.addAll(b);
                            return a;
                        },
                        members -> rankByMetric(members, condition, k)));
    }

    private static List<String> rankByMetric(List<GroupMember> members, MetricCondition condition, int k) {
        Buckets<long[]> counts = new Buckets<>(() -> new long[1]);
        for (GroupMember m : members) {
            for (ReportedMetric r : m.metrics()) {
                if (condition.test(r)) {
                    counts.bucket(r)[0]++;
                }
            }
        }
        String pair = counts.dominantKey();
        if (pair == null) {
            return List.of();
        }
        record Ranked(String title, double value, int at) {}
        List<Ranked> ranked = new ArrayList<>();
        boolean[] lower = {false};
        int at = 0;
        for (GroupMember m : members) {
            double best = Double.NaN;
            for (ReportedMetric r : m.metrics()) {
                if (!condition.test(r) || !Buckets.keyOf(r).equals(pair)) {
                    continue;
                }
                boolean low = r.metric()
                        .map(Benchmarks.standard()::isLowerBetterMetric)
                        .orElse(false);
                lower[0] |= low;
                if (Double.isNaN(best) || (low ? r.value() < best : r.value() > best)) {
                    best = r.value();
                }
            }
            if (!Double.isNaN(best)) {
                ranked.add(new Ranked(m.paper().title(), best, at++));
            }
        }
        Comparator<Ranked> order = Comparator.comparingDouble(Ranked::value);
        if (!lower[0]) {
            order = order.reversed();
        }
        return ranked.stream()
                .sorted(order.thenComparingInt(Ranked::at))
                .limit(k)
                .map(Ranked::title)
                .toList();
    }

    /**
     * Running statistics of the group's metrics that meet {@code condition}, finished by {@code
     * finish}; only the most frequent kind and unit counts, so that no figure mixes them.
     */
    private static Aggregate<OptionalDouble> summary(
            String name, MetricCondition condition, Function<DoubleSummaryStatistics, OptionalDouble> finish) {
        return Aggregate.ofColumns(
                name,
                Collector.<GroupMember, Buckets<DoubleSummaryStatistics>, OptionalDouble>of(
                        () -> new Buckets<>(DoubleSummaryStatistics::new),
                        (acc, m) -> {
                            for (ReportedMetric r : m.metrics()) {
                                if (condition.test(r)) {
                                    acc.bucket(r).accept(r.value());
                                }
                            }
                        },
                        (a, b) -> a.addAll(b, (x, y) -> {
                            x.combine(y);
                            return x;
                        }),
                        acc -> {
                            DoubleSummaryStatistics st = acc.dominant();
                            return finish.apply(st == null ? new DoubleSummaryStatistics() : st);
                        }),
                new ColumnStat<>(condition, DoubleSummaryStatistics::new, DoubleSummaryStatistics::accept, finish));
    }

    /** Sorted values of the group's metrics that meet {@code condition}, of the most frequent kind and unit. */
    private static Aggregate<OptionalDouble> stat(
            String name, MetricCondition condition, Function<double[], OptionalDouble> finish) {
        return Aggregate.ofColumns(
                name,
                Collector.<GroupMember, Buckets<Values>, OptionalDouble>of(
                        () -> new Buckets<>(Values::new),
                        (acc, m) -> {
                            for (ReportedMetric r : m.metrics()) {
                                if (condition.test(r)) {
                                    acc.bucket(r).add(r.value());
                                }
                            }
                        },
                        (a, b) -> a.addAll(b, Values::addAll),
                        acc -> {
                            Values v = acc.dominant();
                            return finish.apply(v == null ? new double[0] : v.sorted());
                        }),
                new ColumnStat<>(condition, Values::new, Values::add, v -> finish.apply(v.sorted())));
    }

    /**
     * A metric statistic in column form: per group and per metric kind-and-unit, a container fed the
     * values of the metrics meeting the condition in set order; the group's result is {@code finish}
     * of the container of its most frequent kind and unit (the first seen among equals), or of an
     * empty container. Fed the same values in the same order as the collector, it gives the same
     * result.
     */
    static final class ColumnStat<A, R> {
        final MetricCondition condition;
        /** Whether the condition accepts every metric, so that the metric objects are never read. */
        final boolean any;

        final java.util.function.Supplier<A> create;
        final java.util.function.ObjDoubleConsumer<A> add;
        final Function<A, R> finish;

        ColumnStat(
                MetricCondition condition,
                java.util.function.Supplier<A> create,
                java.util.function.ObjDoubleConsumer<A> add,
                Function<A, R> finish) {
            this.condition = condition;
            this.any = condition.equals(MetricCondition.any());
            this.create = create;
            this.add = add;
            this.finish = finish;
        }
    }

    /**
     * One container per (kind, unit) of metric, in first-seen order, each with the number of
     * metrics it saw; the dominant one is the one with the most, the first seen among equals.
     */
    private static final class Buckets<T> {
        private final java.util.function.Supplier<T> create;
        private final java.util.Map<String, T> buckets = new java.util.LinkedHashMap<>();
        private final java.util.Map<String, Long> sizes = new java.util.HashMap<>();

        Buckets(java.util.function.Supplier<T> create) {
            this.create = create;
        }

        static String keyOf(ReportedMetric r) {
            String unit = r.unit().toLowerCase(java.util.Locale.ROOT);
            return r.kind().jsonName() + (unit.isEmpty() ? "" : " " + unit);
        }

        T bucket(ReportedMetric r) {
            String key = keyOf(r);
            sizes.merge(key, 1L, Long::sum);
            return buckets.computeIfAbsent(key, k -> create.get());
        }

        Buckets<T> addAll(Buckets<T> other, java.util.function.BinaryOperator<T> combine) {
            other.buckets.forEach((k, v) -> buckets.merge(k, v, combine));
            other.sizes.forEach((k, v) -> sizes.merge(k, v, Long::sum));
            return this;
        }

        String dominantKey() {
            String best = null;
            long n = 0;
            for (String k : buckets.keySet()) {
                if (sizes.get(k) > n) {
                    best = k;
                    n = sizes.get(k);
                }
            }
            return best;
        }

        T dominant() {
            String k = dominantKey();
            return k == null ? null : buckets.get(k);
        }

        String dominantLabel() {
            return dominantKey();
        }
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
