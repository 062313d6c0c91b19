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
    private final GroupKey<Object> key;
    private final Object k;
    private List<ReportedMetric> metrics;

    private GroupMember(Paper paper, List<Claim> claims, GroupKey<Object> key, Object k) {
        this.paper = paper;
        this.claims = claims;
        this.key = key;
        this.k = k;
    }

    /** A member; its metrics are picked only when asked for, so counting never reads the paper. */
    @SuppressWarnings("unchecked") // k is a key of this very GroupKey; only passed back to it
    static <K> GroupMember of(Paper paper, List<Claim> claims, GroupKey<K> key, K k) {
        return new GroupMember(paper, claims, (GroupKey<Object>) key, k);
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
        if (metrics == null) {
            List<ReportedMetric> all = paper.metrics();
            if (all.isEmpty() || !key.filtersMetrics() || k == null) {
                metrics = all;
            } else {
                List<ReportedMetric> mine = new ArrayList<>(all.size());
                for (ReportedMetric m : all) {
                    if (key.metricOfKey(k, m)) {
                        mine.add(m);
                    }
                }
                metrics = mine.size() == all.size() ? all : List.copyOf(mine);
            }
        }
        return metrics;
    }

    @Override
    public String toString() {
        return "GroupMember[" + paper.title() + ", " + metrics().size() + " metrics]";
    }
}
