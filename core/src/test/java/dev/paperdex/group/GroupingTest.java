package dev.paperdex.group;

import static dev.paperdex.query.TestPapers.claim;
import static dev.paperdex.query.TestPapers.code;
import static dev.paperdex.query.TestPapers.gain;
import static dev.paperdex.query.TestPapers.link;
import static dev.paperdex.query.TestPapers.paper;
import static dev.paperdex.query.TestPapers.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperdex.ClaimType;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.query.MetricCondition;
import dev.paperdex.query.PaperOrder;
import dev.paperdex.query.PaperSet;
import dev.paperdex.query.TestPapers;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class GroupingTest {
    private static final Paper A = paper("A")
            .date(LocalDate.of(2025, 6, 5))
            .authorCount(7)
            .addLinks(code("https://github.com/a/a"), link("https://a.github.io/", LinkKind.PROJECT_PAGE))
            .addMetrics(score(80, "%", "GSM8K"), score(60, "%", "MATH"), gain(4, "points", "GSM-8K"))
            .build();
    private static final Paper B = paper("B")
            .date(LocalDate.of(2025, 6, 30))
            .authorCount(1)
            .addLinks(code("https://github.com/b/b"))
            .addMetrics(score(90, "%", "gsm8k"))
            .build();
    private static final Paper C =
            paper("C").date(LocalDate.of(2024, 12, 30)).team("Lychee Team").build();
    private static final Paper D = paper("D").build();
    private static final PaperSet SET = PaperSet.of(
            List.of(A, B, C, D),
            p -> p == A
                    ? List.of(claim("x", ClaimType.SOTA), claim("y", ClaimType.PERFORMANCE), claim("z", ClaimType.SOTA))
                    : List.of());

    private static Map<Object, Long> counts(GroupKey<?> key) {
        Map<Object, Long> out = new LinkedHashMap<>();
        SET.groupBy(key).count().rows().forEach(r -> out.put(r.key().orElse(null), r.count()));
        return out;
    }

    private static Map<Object, Long> expected(Object... keysAndCounts) {
        Map<Object, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            out.put(keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
        }
        return out;
    }

    @Test
    void groupsByDateKeysWithUndatedPapersUnderNull() {
        assertThat(counts(GroupKey.YEAR))
                .containsExactlyEntriesOf(expected(Year.of(2024), 1, Year.of(2025), 2, null, 1));
        assertThat(counts(GroupKey.MONTH))
                .containsExactlyEntriesOf(expected(YearMonth.of(2024, 12), 1, YearMonth.of(2025, 6), 2, null, 1));
        // 2024-12-30 is in ISO week 1 of 2025; June 5 is in week 23, June 30 in week 27
        assertThat(counts(GroupKey.ISO_WEEK))
                .containsExactlyEntriesOf(expected("2025-W01", 1, "2025-W23", 1, "2025-W27", 1, null, 1));
    }

    @Test
    void groupsByAuthorBuckets() {
        assertThat(counts(GroupKey.AUTHOR_COUNT))
                .containsExactlyEntriesOf(expected(AuthorBucket.ONE, 1, AuthorBucket.SEVEN_TO_TEN, 1, null, 2));
        assertThat(List.of(1, 2, 3, 4, 6, 7, 10, 11, 20, 21, 500).stream()
                        .map(AuthorBucket::of)
                        .map(AuthorBucket::label))
                .containsExactly("1", "2-3", "2-3", "4-6", "4-6", "7-10", "7-10", "11-20", "11-20", "21+", "21+");
    }

    @Test
    void countsAPaperInEachOfItsKeysOnce() {
        assertThat(counts(GroupKey.LINK_KIND))
                .containsExactlyEntriesOf(expected(LinkKind.CODE, 2, LinkKind.PROJECT_PAGE, 1, null, 2));
        assertThat(counts(GroupKey.LINK_HOST))
                .containsExactlyEntriesOf(expected("a.github.io", 1, "github.com", 2, null, 2));
        assertThat(counts(GroupKey.BENCHMARK)).containsExactlyEntriesOf(expected("gsm8k", 2, "math", 1, null, 2));
        assertThat(counts(GroupKey.METRIC_UNIT)).containsExactlyEntriesOf(expected("%", 2, "points", 1, null, 2));
        assertThat(counts(GroupKey.CLAIM_TYPE))
                .containsExactlyEntriesOf(expected(ClaimType.PERFORMANCE, 1, ClaimType.SOTA, 1, null, 3));
    }

    @Test
    void metricAggregatesSeeOnlyTheGroupsMetricsOfOneKindAndUnit() {
        GroupTable t = SET.groupBy(GroupKey.BENCHMARK)
                .aggregate(
                        Aggregates.count(),
                        Aggregates.metricMin(),
                        Aggregates.metricMax(),
                        Aggregates.metricMean(),
                        Aggregates.metricMedian(MetricCondition.any().inUnit("%")));
        // A's gain of 4 points on GSM-8K is a change, not a score in %: it is not mixed in
        assertThat(t.rows())
                .containsExactly(
                        GroupRow.of(
                                java.util.Optional.of("gsm8k"),
                                java.util.Optional.of("GSM8K"),
                                values(
                                        2L,
                                        OptionalDouble.of(80),
                                        OptionalDouble.of(90),
                                        OptionalDouble.of(85),
                                        OptionalDouble.of(85))),
                        GroupRow.of(
                                java.util.Optional.of("math"),
                                java.util.Optional.of("MATH"),
                                values(
                                        1L,
                                        OptionalDouble.of(60),
                                        OptionalDouble.of(60),
                                        OptionalDouble.of(60),
                                        OptionalDouble.of(60))),
                        GroupRow.of(
                                java.util.Optional.empty(),
                                values(
                                        2L,
                                        OptionalDouble.empty(),
                                        OptionalDouble.empty(),
                                        OptionalDouble.empty(),
                                        OptionalDouble.empty())));
        assertThat(
                        SET
                                .groupBy(GroupKey.BENCHMARK)
                                .aggregate(Aggregates.metricsOver(MetricCondition.any()))
                                .rows()
                                .stream()
                                .map(r -> r.keyText() + "=" + r.value("over")))
                .containsExactly("GSM8K=Optional[score %]", "MATH=Optional[score %]", "(none)=Optional.empty");
    }

    @Test
    void ranksTopKOfABenchmarkGroupOnThatBenchmarksMetrics() {
        Paper big = paper("Big elsewhere")
                .addMetrics(score(99, "%", "MATH"), score(50, "%", "GSM8K"))
                .build();
        Paper best = paper("Best on GSM8K").addMetrics(score(95, "%", "GSM-8K")).build();
        Paper fid = paper("Low FID")
                .addMetrics(
                        TestPapers.named(score(1.5, "", "ImageNet 256x256"), "FID"),
                        TestPapers.named(score(3.5, "", "ImageNet-256"), "FID"))
                .build();
        Paper fid2 = paper("Higher FID")
                .addMetrics(TestPapers.named(score(2.5, "", "ImageNet 256"), "gFID"))
                .build();
        GroupTable t = PaperSet.of(List.of(big, best, fid, fid2), p -> List.of())
                .groupBy(GroupKey.BENCHMARK)
                .aggregate(Aggregates.count(), Aggregates.topK(2, MetricCondition.any()))
                .sortedByCount();
        assertThat(t.rows().stream().map(r -> r.keyText() + "=" + r.value("top2")))
                .containsExactly(
                        "GSM8K=[Best on GSM8K, Big elsewhere]",
                        "ImageNet 256x256=[Low FID, Higher FID]",
                        "MATH=[Big elsewhere]");
        assertThat(t.atLeast(2).rows().stream().map(GroupRow::keyText)).containsExactly("GSM8K", "ImageNet 256x256");
    }

    @Test
    void countsPapersReportingAMetricOfTheGroupAndDropsRows() {
        MetricCondition gains = MetricCondition.any().ofKind(dev.paperdex.MetricKind.CHANGE);
        GroupTable t = SET.groupBy(GroupKey.BENCHMARK).aggregate(Aggregates.countReporting(gains));
        // A's gain is on GSM-8K (gsm8k); its MATH metric is a score, so math counts 0
        assertThat(t.rows().stream().map(r -> r.keyText() + "=" + r.count()))
                .containsExactly("GSM8K=1", "MATH=0", "(none)=0");
        assertThat(t.filter(r -> r.count() > 0).rows().stream().map(GroupRow::keyText))
                .containsExactly("GSM8K");
    }

    private static Map<String, Object> values(long count, Object min, Object max, Object mean, Object median) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("count", count);
        v.put("min", min);
        v.put("max", max);
        v.put("mean", mean);
        v.put("median", median);
        return v;
    }

    @Test
    void printsAlignedTablesAndFlatJson() throws Exception {
        GroupTable t = SET.groupBy(GroupKey.MONTH)
                .aggregate(
                        Aggregates.count(),
                        Aggregates.share(),
                        Aggregates.metricMean(),
                        Aggregates.topK(2, PaperOrder.byTitle()));
        assertThat(t.toTable()).isEqualTo("""
                month    count  share    mean  top2
                -------  -----  -----  ------  ----
                2024-12      1  25.0%          C
                2025-06      2  50.0%  76.667  A; B
                (none)       1  25.0%          D
                """);
        assertThat(t.rows().stream().map(r -> {
                    try {
                        return PaperdexJson.mapper().writeValueAsString(r);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }))
                .containsExactly(
                        "{\"key\":\"2024-12\",\"count\":1,\"share\":0.25,\"mean\":null,\"top2\":[\"C\"]}",
                        "{\"key\":\"2025-06\",\"count\":2,\"share\":0.5,\"mean\":76.66666666666667,\"top2\":[\"A\",\"B\"]}",
                        "{\"key\":null,\"count\":1,\"share\":0.25,\"mean\":null,\"top2\":[\"D\"]}");
        assertThat(PaperdexJson.mapper()
                        .writeValueAsString(SET.groupBy(GroupKey.LINK_KIND).count()))
                .isEqualTo("{\"by\":\"link\",\"total\":4,\"columns\":[\"count\",\"share\"],\"rows\":["
                        + "{\"key\":\"code\",\"count\":2,\"share\":0.5},"
                        + "{\"key\":\"project_page\",\"count\":1,\"share\":0.25},"
                        + "{\"key\":null,\"count\":2,\"share\":0.5}]}");
    }

    @Test
    void acceptsAnyJdkCollector() {
        Map<YearMonth, List<String>> titles =
                SET.groupBy(GroupKey.MONTH, Collectors.mapping(Paper::title, Collectors.toList()));
        Map<YearMonth, List<String>> expected = new LinkedHashMap<>();
        expected.put(YearMonth.of(2024, 12), List.of("C"));
        expected.put(YearMonth.of(2025, 6), List.of("A", "B"));
        expected.put(null, List.of("D"));
        assertThat(titles).containsExactlyEntriesOf(expected);
        GroupTable custom = SET.groupBy(GroupKey.<String>of(
                        "first letter", p -> java.util.Optional.of(p.title().substring(0, 1))))
                .aggregate(Aggregate.ofPapers(
                        "authors", Collectors.summingInt(p -> p.authorCount().orElse(0))));
        assertThat(custom.rows().stream().map(r -> r.keyText() + "=" + r.value("authors")))
                .containsExactly("A=7", "B=1", "C=0", "D=0");
    }

    @Test
    void findsKeysByNameAndRejectsOthers() {
        assertThat(GroupKey.names().stream().map(GroupKey::named).map(GroupKey::name))
                .isEqualTo(GroupKey.names());
        assertThat(GroupKey.names())
                .containsExactly("year", "month", "week", "authors", "link", "host", "benchmark", "unit", "claim");
        assertThatThrownBy(() -> GroupKey.named("decade"))
                .hasMessage(
                        "group key must be one of [year, month, week, authors, link, host, benchmark, unit, claim], found 'decade'");
        assertThatThrownBy(() -> SET.groupBy(GroupKey.YEAR).aggregate(Aggregates.count(), Aggregates.count()))
                .hasMessage("aggregate names must be distinct, found [count, count]");
    }
}
