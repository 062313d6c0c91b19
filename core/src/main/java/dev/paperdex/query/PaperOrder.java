package dev.paperdex.query;

import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Orders for {@link PaperSet#sorted}: plain {@link Comparator}s that combine with {@link
 * Comparator#thenComparing}. Papers lacking the sorted fact come last in every order, ascending or
 * descending.
 *
 * <pre>{@code
 * papers.sorted(PaperOrder.newestFirst().thenComparing(PaperOrder.byTitle()))
 * papers.sorted(PaperOrder.highestMetricFirst(MetricCondition.any().onBenchmark("GSM8K")))
 * }</pre>
 */
public final class PaperOrder {
    private PaperOrder() {}

    /** By title, ignoring case. */
    public static Comparator<Paper> byTitle() {
        return Comparator.comparing(Paper::title, String.CASE_INSENSITIVE_ORDER);
    }

    /** Oldest date first. */
    public static Comparator<Paper> oldestFirst() {
        return present(Paper::date, Comparator.<LocalDate>naturalOrder());
    }

    /** Newest date first. */
    public static Comparator<Paper> newestFirst() {
        return present(Paper::date, Comparator.<LocalDate>reverseOrder());
    }

    /** Most authors first. */
    public static Comparator<Paper> mostAuthorsFirst() {
        return present(p -> boxed(p.authorCount()), Comparator.<Integer>reverseOrder());
    }

    /** Fewest authors first. */
    public static Comparator<Paper> fewestAuthorsFirst() {
        return present(p -> boxed(p.authorCount()), Comparator.<Integer>naturalOrder());
    }

    /** Most comments first. */
    public static Comparator<Paper> mostCommentsFirst() {
        return present(p -> boxed(p.commentCount()), Comparator.<Integer>reverseOrder());
    }

    /** Most upvotes first. */
    public static Comparator<Paper> mostUpvotesFirst() {
        return present(p -> boxed(p.upvotes()), Comparator.<Integer>reverseOrder());
    }

    /** By the highest value among the paper's metrics that meet {@code condition}, highest first. */
    public static Comparator<Paper> highestMetricFirst(MetricCondition condition) {
        return present(p -> boxed(maxValue(p, condition)), Comparator.<Double>reverseOrder());
    }

    /** By the lowest value among the paper's metrics that meet {@code condition}, lowest first. */
    public static Comparator<Paper> lowestMetricFirst(MetricCondition condition) {
        return present(
                p -> boxed(p.metrics().stream()
                        .filter(condition)
                        .mapToDouble(ReportedMetric::value)
                        .min()),
                Comparator.<Double>naturalOrder());
    }

    private static OptionalDouble maxValue(Paper p, MetricCondition condition) {
        return p.metrics().stream()
                .filter(condition)
                .mapToDouble(ReportedMetric::value)
                .max();
    }

    private static <T> Comparator<Paper> present(Function<Paper, Optional<T>> key, Comparator<? super T> order) {
        return Comparator.comparing(p -> key.apply(p).orElse(null), Comparator.nullsLast(order));
    }

    private static Optional<Integer> boxed(OptionalInt v) {
        return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
    }

    private static Optional<Double> boxed(OptionalDouble v) {
        return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
    }
}
