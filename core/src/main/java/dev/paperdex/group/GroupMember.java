package dev.paperdex.group;

import dev.paperdex.Claim;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import java.util.ArrayList;
import java.util.List;

/**
 * One paper as an aggregate sees it in one group: the paper, its claims, and the metrics that
 * belong to the group (for {@link GroupKey#BENCHMARK} and {@link GroupKey#METRIC_UNIT} only those
 * with the group's key, otherwise all of the paper's metrics).
 */
public final class GroupMember {
    private final Paper paper;
    private final List<Claim> claims;
    private final List<ReportedMetric> metrics;

    private GroupMember(Paper paper, List<Claim> claims, List<ReportedMetric> metrics) {
        this.paper = paper;
        this.claims = claims;
        this.metrics = metrics;
    }

    static <K> GroupMember of(Paper paper, List<Claim> claims, GroupKey<K> key, K k) {
        List<ReportedMetric> all = paper.metrics();
        if (all.isEmpty() || !key.filtersMetrics() || k == null) {
            return new GroupMember(paper, claims, all);
        }
        List<ReportedMetric> mine = new ArrayList<>(all.size());
        for (ReportedMetric m : all) {
            if (key.metricOfKey(k, m)) {
                mine.add(m);
            }
        }
        return new GroupMember(paper, claims, mine.size() == all.size() ? all : List.copyOf(mine));
    }

    /** The paper. */
    public Paper paper() {
        return paper;
    }

    /** The paper's claims, as the set extracted them. */
    public List<Claim> claims() {
        return claims;
    }

    /** The paper's metrics that belong to this group. */
    public List<ReportedMetric> metrics() {
        return metrics;
    }

    @Override
    public String toString() {
        return "GroupMember[" + paper.title() + ", " + metrics.size() + " metrics]";
    }
}
