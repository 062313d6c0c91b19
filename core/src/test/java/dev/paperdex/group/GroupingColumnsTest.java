package dev.paperdex.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.query.MetricCondition;
import dev.paperdex.query.PaperSet;
import dev.paperdex.query.QuerySyntax;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Metric statistics read from the set's columns equal those the collectors compute member by member. */
final class GroupingColumnsTest {
    private static final String[] UNITS = {"%", "pp", "x", "X", "", "ms"};

    /** Papers with 0 to 4 metrics of mixed kinds and units (some differing only in case), some undated. */
    static List<Paper> papers(long seed, int n) {
        Random random = new Random(seed);
        List<Paper> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Paper.Builder b = Paper.builder().title("Paper " + i).abstractText("Abstract " + i);
            if (random.nextInt(10) > 0) {
                b.date(LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2500)));
            }
            if (random.nextInt(4) > 0) {
                b.authorCount(1 + random.nextInt(40));
            }
            for (int m = random.nextInt(5); m > 0; m--) {
                double value = random.nextInt(100_000) / 7.0;
                b.addMetrics(ReportedMetric.builder()
                        .text(value + "")
                        .value(value)
                        .unit(UNITS[random.nextInt(UNITS.length)])
                        .kind(MetricKind.values()[random.nextInt(MetricKind.values().length)])
                        .start(0)
                        .end(1)
                        .build());
            }
            out.add(b.build());
        }
        return out;
    }

    /** The same aggregate without its column form, so grouping visits every member. */
    private static <R> Aggregate<R> byMembers(Aggregate<R> a) {
        return Aggregate.of(a.name(), a.collector());
    }

    @ParameterizedTest
    @ValueSource(strings = {"year", "month", "week", "authors"})
    void columnStatisticsEqualMemberStatistics(String keyName) {
        PaperSet all = PaperSet.of(papers(7, 5000), p -> List.of());
        PaperSet some = all.filter(QuerySyntax.parse("NOT title:\"paper 1\""));
        GroupKey<?> key = GroupKey.named(keyName);
        MetricCondition percent = MetricCondition.any().inUnit("%").atLeast(100);
        List<Aggregate<?>> columns = List.of(
                Aggregates.count(),
                Aggregates.metricMean(),
                Aggregates.metricMin(),
                Aggregates.metricMax(percent),
                Aggregates.metricMedian(),
                Aggregates.share());
        List<Aggregate<?>> members = new ArrayList<>();
        for (Aggregate<?> a : columns) {
            members.add(a.columns() == null ? a : byMembers(a));
        }

        for (PaperSet set : List.of(all, some)) {
            GroupTable fast = set.groupBy(key).aggregate(columns);
            GroupTable slow = set.groupBy(key).aggregate(members);

            assertThat(fast).isEqualTo(slow);
            assertThat(fast.rows()).hasSizeGreaterThan(5);
            assertThat(fast.rows())
                    .anyMatch(r -> ((OptionalDouble) r.values().get("mean")).isPresent())
                    .anyMatch(r -> ((OptionalDouble) r.values().get("max")).isPresent());
        }
        assertThat(some.size()).isLessThan(all.size());
    }
}
