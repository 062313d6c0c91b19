package dev.paperdex.query;

import dev.paperdex.ReportedMetric;

/**
 * The reported metrics of a {@link PaperSet}'s papers as columns, a read-only view in the set's
 * order. Metrics are numbered across the whole set's store: paper {@code i}'s metrics are {@link
 * #start(int) start(i)} to {@link #end(int) end(i)} - 1, in the order of {@link
 * dev.paperdex.Paper#metrics()}; each has its {@link #value(int) value} and a {@link
 * #unitKind(int) code} shared by the metrics of the same kind and unit (unit compared ignoring
 * case), so that statistics can keep kinds and units apart without reading the metric objects.
 *
 * <pre>{@code
 * MetricColumn c = set.metricColumn();
 * for (int i = 0; i < c.papers(); i++) {
 *     for (int m = c.start(i); m < c.end(i); m++) {
 *         sum += c.value(m);
 *     }
 * }
 * }</pre>
 */
public final class MetricColumn {
    private final Store store;
    private final int[] rows;

    MetricColumn(Store store, int[] rows) {
        this.store = store;
        this.rows = rows;
    }

    /** The number of papers, as {@link PaperSet#size()}. */
    public int papers() {
        return rows == null ? store.size() : rows.length;
    }

    /** The number of the first metric of the {@code paper}-th paper of the set. */
    public int start(int paper) {
        return store.metricFrom[row(paper)];
    }

    /** One past the number of the last metric of the {@code paper}-th paper of the set. */
    public int end(int paper) {
        return store.metricFrom[row(paper) + 1];
    }

    /** The value of metric {@code metric}. */
    public double value(int metric) {
        return store.metricValue[metric];
    }

    /** The kind-and-unit code of metric {@code metric}, in [0, {@link #unitKinds()}). */
    public int unitKind(int metric) {
        return store.metricUnitKind[metric];
    }

    /** The number of distinct kind-and-unit codes. */
    public int unitKinds() {
        return store.unitKinds;
    }

    /** The metric object of metric {@code metric} of the {@code paper}-th paper of the set. */
    public ReportedMetric metric(int paper, int metric) {
        int r = row(paper);
        return store.papers[r].metrics().get(metric - store.metricFrom[r]);
    }

    private int row(int paper) {
        if (paper < 0 || paper >= papers()) {
            throw new IndexOutOfBoundsException("paper must be in [0, " + papers() + "), found " + paper);
        }
        return rows == null ? paper : rows[paper];
    }
}
