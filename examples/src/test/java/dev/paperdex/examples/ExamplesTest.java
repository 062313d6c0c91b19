package dev.paperdex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.analysis.ClaimExtractor;
import dev.paperdex.group.GroupRow;
import dev.paperdex.group.GroupTable;
import dev.paperdex.query.MetricCondition;
import dev.paperdex.query.PaperSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

final class ExamplesTest {
    private static final PaperSet SEEDS = SeedQueriesTest.both(SeedQueriesTest.SEED0, SeedQueriesTest.SEED3);

    /**
     * Per month of 000, from the seed text: the date line after '·' of each card (a yearless date
     * is in 2025) and whether its abstract holds a github.com URL.
     */
    @Test
    void codeReleaseByMonthCountsTheFirstSeedByHand() {
        GroupTable t = CodeReleaseByMonth.codeReleaseByMonth(PaperSet.of(SeedQueriesTest.SEED0));
        assertThat(t.rows().stream().map(r -> r.keyText() + " " + r.count() + " " + r.value("with code")))
                .containsExactly(
                        "2019-12 1 0",
                        "2020-03 1 0",
                        "2021-04 1 1",
                        "2022-11 1 1",
                        "2022-12 1 1",
                        "2023-05 1 0",
                        "2023-08 2 0",
                        "2024-01 2 0",
                        "2024-03 1 0",
                        "2024-04 2 0",
                        "2024-05 2 0",
                        "2024-06 5 1",
                        "2024-07 1 1",
                        "2024-09 1 0",
                        "2024-10 2 0",
                        "2024-11 3 2",
                        "2024-12 3 0",
                        "2025-01 3 1",
                        "2025-02 2 0",
                        "2025-03 3 1",
                        "2025-04 3 1",
                        "2025-05 3 0",
                        "2025-06 1 1",
                        "2025-08 2 0",
                        "2025-09 1 0",
                        "2025-10 5 3",
                        "(none) 6 1");
        assertThat(CodeReleaseByMonth.codeReleaseByMonth(SEEDS).row(null).map(GroupRow::count))
                .hasValue(6L + 89);
    }

    private static ReportedMetric metric(double value, String unit, MetricKind kind, String benchmark) {
        ReportedMetric.Builder b = ReportedMetric.builder();
        b.text(value + unit).value(value).unit(unit).kind(kind).start(0).end(1).benchmark(benchmark);
        if (kind != MetricKind.SCORE) {
            b.direction(Direction.UP);
        }
        return b.build();
    }

    @Test
    void gainsByBenchmarkGroupsHandBuiltGains() {
        Paper a = Paper.builder()
                .title("A")
                .abstractText("a")
                .addMetrics(
                        metric(34.08, "%", MetricKind.CHANGE, "MathVista"),
                        metric(28.78, "%", MetricKind.CHANGE, "GeoQA"))
                .build();
        Paper b = Paper.builder()
                .title("B")
                .abstractText("b")
                .addMetrics(
                        metric(10, "%", MetricKind.CHANGE, "mathvista"), metric(75, "%", MetricKind.SCORE, "MathVista"))
                .build();
        Paper c = Paper.builder()
                .title("C")
                .abstractText("c")
                .addMetrics(metric(90, "%", MetricKind.SCORE, "GSM8K"), metric(1, "%", MetricKind.CHANGE, "GeoQA"))
                .build();
        GroupTable t = GainsByBenchmark.gainsByBenchmark(PaperSet.of(a, b, c));
        assertThat(t.rows())
                .containsExactly(
                        GroupRow.of(
                                java.util.Optional.of("geoqa"),
                                java.util.Optional.of("GeoQA"),
                                Map.of(
                                        "count",
                                        2L,
                                        "max",
                                        OptionalDouble.of(28.78),
                                        "median",
                                        OptionalDouble.of(14.89))),
                        GroupRow.of(
                                java.util.Optional.of("mathvista"),
                                java.util.Optional.of("MathVista"),
                                Map.of(
                                        "count",
                                        2L,
                                        "max",
                                        OptionalDouble.of(34.08),
                                        "median",
                                        OptionalDouble.of(22.04))));
    }

    /** On the seeds: every paper with a gain on a benchmark is counted in that benchmark's row. */
    @Test
    void gainsByBenchmarkAgreesWithTheSeedsMetrics() {
        GroupTable t = GainsByBenchmark.gainsByBenchmark(SEEDS);
        long papersWithBenchmarkedGain = SEEDS.stream()
                .filter(p -> p.metrics().stream()
                        .anyMatch(m ->
                                GainsByBenchmark.GAIN.test(m) && m.benchmark().isPresent()))
                .count();
        long papersWithUnbenchmarkedGainOnly = SEEDS.stream()
                .filter(p -> p.metrics().stream().anyMatch(GainsByBenchmark.GAIN))
                .filter(p -> p.metrics().stream()
                        .noneMatch(m ->
                                GainsByBenchmark.GAIN.test(m) && m.benchmark().isPresent()))
                .count();
        assertThat(t.rows().stream()
                        .filter(r -> r.key().isEmpty())
                        .mapToLong(GroupRow::count)
                        .sum())
                .isLessThanOrEqualTo(papersWithUnbenchmarkedGainOnly);
        assertThat(t.rows().stream()
                        .filter(r -> r.key().isPresent())
                        .mapToLong(GroupRow::count)
                        .sum())
                .isGreaterThanOrEqualTo(papersWithBenchmarkedGain);
        // every benchmark row counts exactly the papers with a gain on that benchmark
        for (GroupRow r : t.rows()) {
            r.key()
                    .ifPresent(k -> assertThat(r.count())
                            .as(k.toString())
                            .isEqualTo(SEEDS.stream()
                                    .filter(p -> p.metrics().stream()
                                            .anyMatch(m -> GainsByBenchmark.GAIN.test(m)
                                                    && m.benchmark()
                                                            .map(dev.paperdex.benchmark.Benchmarks::canonicalKey)
                                                            .equals(java.util.Optional.of(k))))
                                    .count()));
        }
    }

    /**
     * MINT-CoT's abstract (000, first card) says its model "outperforms the baseline model by
     * +34.08% on MathVista, +28.78% on GeoQA, and +23.2% on MMStar": three gains, one per
     * benchmark. (This reads the metric extractor's output for that sentence.)
     */
    @Test
    void gainsByBenchmarkFindsTheGainsOfTheFirstSeedPaper() {
        GroupTable t = GainsByBenchmark.gainsByBenchmark(SEEDS);
        assertThat(List.of("mathvista", "geoqa", "mmstar").stream()
                        .map(b -> t.row(b)
                                .map(r -> b + " " + r.count() + " " + r.value("max"))
                                .orElse(b + " missing")))
                .containsExactly(
                        "mathvista 1 OptionalDouble[34.08]",
                        "geoqa 1 OptionalDouble[28.78]",
                        "mmstar 1 OptionalDouble[23.2]");
    }

    /** The gains board of the seeds: MINT-CoT's own +34.08% on MathVista, with its sentence. */
    @Test
    void topGainsRankThePapersOwnGainsWithTheirSentences() {
        dev.paperdex.group.Leaderboard board = GainsByBenchmark.topGains(SEEDS, 100, 3);
        assertThat(board.rows()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(MetricKind.CHANGE));
        assertThat(board.rows()).allSatisfy(r -> assertThat(r.entries()).hasSizeLessThanOrEqualTo(3));
        dev.paperdex.group.LeaderboardEntry mint =
                board.onBenchmark("Math-Vista").rows().get(0).entries().get(0);
        assertThat(mint.rank() + " " + mint.text() + " " + mint.title().substring(0, 8) + " " + mint.baseline())
                .isEqualTo("1 +34.08% MINT-CoT Optional[the baseline model]");
        assertThat(mint.sentence()).contains("MINT-CoT-7B outperforms the baseline model by +34.08% on MathVista");
        assertThat(GainsByBenchmark.topGains(SEEDS, 2, 3).rows()).hasSize(2);
    }

    @Test
    void efficiencyClaimsAbove5xFindsHandBuiltClaims() {
        ReportedMetric six = metric(6, "x", MetricKind.RATIO, "ImageNet");
        ReportedMetric four = metric(4, "x", MetricKind.RATIO, "ImageNet");
        ReportedMetric over5 = metric(5, "x", MetricKind.RATIO, "M3CoT");
        Paper fast = Paper.builder()
                .title("Fast")
                .abstractText("It is 6x faster.")
                .addMetrics(six)
                .build();
        Paper slow = Paper.builder()
                .title("Slow")
                .abstractText("It is 4x faster.")
                .addMetrics(four)
                .build();
        Paper over = Paper.builder()
                .title("Over")
                .abstractText("A speed increase of over 5 times.")
                .addMetrics(over5)
                .build();
        Paper notClaimed = Paper.builder()
                .title("Not claimed")
                .abstractText("x")
                .addMetrics(six)
                .build();
        PaperSet set = PaperSet.of(
                List.of(over, slow, fast, notClaimed),
                p -> p == notClaimed
                        ? List.<Claim>of()
                        : List.of(Claim.builder()
                                .sentence(p.abstractText())
                                .start(0)
                                .end(p.abstractText().length())
                                .addTypes(ClaimType.EFFICIENCY)
                                .addAllMetrics(p.metrics())
                                .build()));
        assertThat(EfficiencyClaimsAbove5x.efficiencyClaimsAbove5x(set)).containsExactly(fast, over);
    }

    /** On the seeds: exactly the papers whose extracted efficiency claims hold a factor of 5x or more. */
    @Test
    void efficiencyClaimsAbove5xAgreesWithTheSeedsClaims() {
        MetricCondition atLeast5x = MetricCondition.any().inUnit("x").atLeast(5);
        List<Paper> expected = SEEDS.stream()
                .filter(p -> ClaimExtractor.extract(p).stream()
                        .anyMatch(c -> c.is(ClaimType.EFFICIENCY)
                                && c.metrics().stream().anyMatch(atLeast5x)))
                .toList();
        assertThat(EfficiencyClaimsAbove5x.efficiencyClaimsAbove5x(SEEDS))
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
