package dev.paperdex.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Span;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.query.PaperSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LeaderboardTest {
    /** A paper whose metrics are found in its abstract by their text (the n-th occurrence after a marker). */
    private static final class P {
        final Paper.Builder b = Paper.builder();
        final String abs;

        P(String id, String title, String date, String abs) {
            this.abs = abs;
            b.title(title).abstractText(abs);
            if (id != null) {
                b.id(id);
            }
            if (date != null) {
                b.date(LocalDate.parse(date));
            }
        }

        /** A metric at the first occurrence of {@code text} after {@code after}. */
        P metric(String after, String text, double value, String unit, MetricKind kind, String bench, String name) {
            int start = abs.indexOf(text, abs.indexOf(after));
            ReportedMetric.Builder m = ReportedMetric.builder()
                    .text(text)
                    .value(value)
                    .unit(unit)
                    .kind(kind)
                    .start(start)
                    .end(start + text.length())
                    .benchmark(bench);
            int bs = abs.indexOf(bench);
            if (bs >= 0) {
                m.benchmarkSpan(Span.of(bs, bs + bench.length()));
            }
            if (name != null) {
                m.metric(name);
            }
            if (kind == MetricKind.CHANGE) {
                m.direction(Direction.UP);
            }
            b.addMetrics(m.build());
            return this;
        }

        P score(String text, double value, String unit, String bench) {
            return metric("", text, value, unit, MetricKind.SCORE, bench, null);
        }

        P baseline(String baseline) {
            Paper p = b.build();
            List<ReportedMetric> ms = new ArrayList<>();
            int bs = abs.indexOf(baseline);
            for (ReportedMetric m : p.metrics()) {
                ms.add(ReportedMetric.builder()
                        .from(m)
                        .baseline(baseline)
                        .baselineSpan(Span.of(bs, bs + baseline.length()))
                        .build());
            }
            b.metrics(ms);
            return this;
        }

        Paper build() {
            return b.build();
        }
    }

    /** Every sentence with a metric is a performance claim (the extractor is not under test here). */
    private static List<Claim> claims(Paper p) {
        List<Claim> out = new ArrayList<>();
        String a = p.abstractText();
        int start = 0;
        while (start < a.length()) {
            int end = a.indexOf(". ", start);
            end = end < 0 ? a.length() : end + 1;
            int s = start;
            int e = end;
            List<ReportedMetric> inside = p.metrics().stream()
                    .filter(m -> m.start() >= s && m.end() <= e)
                    .toList();
            if (!inside.isEmpty()) {
                out.add(Claim.builder()
                        .sentence(a.substring(s, e))
                        .start(s)
                        .end(e)
                        .addTypes(ClaimType.PERFORMANCE)
                        .addAllMetrics(inside)
                        .build());
            }
            start = end + 1;
        }
        return out;
    }

    private static PaperSet set(Paper... papers) {
        return PaperSet.of(List.of(papers), LeaderboardTest::claims);
    }

    private static List<String> ranking(LeaderboardRow row) {
        return row.entries().stream()
                .map(e -> e.rank() + " " + e.text() + " " + e.title())
                .toList();
    }

    @Test
    void ranksFidAndGfidLowestFirstAcrossSpellingsOfOneBenchmark() {
        Paper a = new P("2501.00001", "A", "2025-01-10", "Our model reaches a gFID of 1.9 on ImageNet 256x256.")
                .metric("", "1.9", 1.9, "", MetricKind.SCORE, "ImageNet 256x256", "gFID")
                .build();
        Paper b = new P("2502.00002", "B", "2025-02-10", "We obtain an FID of 2.5 on ImageNet-256.")
                .metric("", "2.5", 2.5, "", MetricKind.SCORE, "ImageNet-256", "FID")
                .build();
        Paper c = new P("2503.00003", "C", "2025-03-10", "Our sampler achieves 1.5 FID on ImageNet 256×256.")
                .metric("", "1.5", 1.5, "", MetricKind.SCORE, "ImageNet 256×256", "FID")
                .build();
        LeaderboardRow row = Leaderboard.of(set(a, b, c)).rows().get(0);
        assertThat(row.benchmark()).isEqualTo("imagenet256x256");
        assertThat(row.lowerIsBetter()).isTrue();
        assertThat(ranking(row)).containsExactly("1 1.5 C", "2 1.9 A", "3 2.5 B");
        assertThat(row.metric()).hasValue("FID");
        assertThat(row.entries().get(0))
                .isEqualTo(LeaderboardEntry.builder()
                        .rank(1)
                        .value(1.5)
                        .text("1.5")
                        .benchmark("ImageNet 256×256")
                        .metric("FID")
                        .unit("")
                        .paperId("2503.00003")
                        .title("C")
                        .date(LocalDate.of(2025, 3, 10))
                        .sentence("Our sampler achieves 1.5 FID on ImageNet 256×256.")
                        .span(Span.of(21, 24))
                        .sentenceSpan(Span.of(0, 49))
                        .build());
        // the running best falls: A, then C; B was no improvement
        assertThat(row.timeline().stream().map(s -> s.date() + " " + s.text() + " " + s.title()))
                .containsExactly("2025-01-10 1.9 A", "2025-03-10 1.5 C");
    }

    @Test
    void foldsAime24SpellingsIntoOneBoardShownByTheCommonestSpelling() {
        Paper a = new P(null, "A", null, "We reach 40.0% on AIME24.")
                .score("40.0%", 40, "%", "AIME24")
                .build();
        Paper b = new P(null, "B", null, "We reach 50.0% on AIME-24.")
                .score("50.0%", 50, "%", "AIME-24")
                .build();
        Paper c = new P(null, "C", null, "We reach 45.0% on AIME 2024.")
                .score("45.0%", 45, "%", "AIME 2024")
                .build();
        Paper d = new P(null, "D", null, "We reach 60.0% on AIME24.")
                .score("60.0%", 60, "%", "AIME24")
                .build();
        Paper e = new P(null, "E", null, "We reach 70.0% on AIME 2025.")
                .score("70.0%", 70, "%", "AIME 2025")
                .build();
        Leaderboard board = Leaderboard.of(set(a, b, c, d, e));
        assertThat(board.rows().stream().map(r -> r.name() + " " + r.paperCount()))
                .containsExactly("AIME24 4", "AIME 2025 1");
        assertThat(ranking(board.onBenchmark("AIME 2024").rows().get(0)))
                .containsExactly("1 60.0% D", "2 50.0% B", "3 45.0% C", "4 40.0% A");
    }

    @Test
    void doesNotCreditABaselinesOrOtherWorksScoreToThePaper() {
        Paper p = new P(
                        "2504.00004",
                        "Ours",
                        "2025-04-01",
                        "Our model reaches 85.0% on GSM8K, compared to 80.1% for the base model. "
                                + "It beats GPT-4o (92.0%) on GSM8K. "
                                + "Accuracy on GSM8K improves from 60.0% to 84.0%. "
                                + "Even the strongest models achieve only 95.5% on GSM8K.")
                .score("85.0%", 85, "%", "GSM8K")
                .score("80.1%", 80.1, "%", "GSM8K")
                .metric("It beats", "92.0%", 92, "%", MetricKind.SCORE, "GSM8K", null)
                .score("60.0%", 60, "%", "GSM8K")
                .score("84.0%", 84, "%", "GSM8K")
                .score("95.5%", 95.5, "%", "GSM8K")
                .build();
        Paper withBaseline = Paper.builder()
                .from(p)
                .metrics(List.of())
                .addMetrics(p.metrics().get(0), p.metrics().get(1))
                .addMetrics(ReportedMetric.builder()
                        .from(p.metrics().get(2))
                        .baseline("GPT-4o")
                        .baselineSpan(Span.of(
                                p.abstractText().indexOf("GPT-4o"),
                                p.abstractText().indexOf("GPT-4o") + 6))
                        .build())
                .addMetrics(p.metrics().get(3), p.metrics().get(4), p.metrics().get(5))
                .build();
        Leaderboard board = Leaderboard.of(set(withBaseline));
        LeaderboardRow row = board.rows().get(0);
        // 84.0% is the paper's own too, but below its best; the rest is kept out by named rules
        assertThat(board.excluded())
                .containsExactly(
                        java.util.Map.entry(Credit.BASELINE_VALUE, 1),
                        java.util.Map.entry(Credit.COMPARATOR, 1),
                        java.util.Map.entry(Credit.FROM_VALUE, 1),
                        java.util.Map.entry(Credit.OTHER_WORK, 1));
        // only 85.0% is the paper's own best: 92.0% is GPT-4o's, 95.5% other models', 60.0% a start
        assertThat(ranking(row)).containsExactly("1 85.0% Ours");
        assertThat(row.paperCount()).isEqualTo(1);
        assertThat(Credit.notOwn(
                        Credit.claimOf(
                                claims(withBaseline), withBaseline.metrics().get(1)),
                        withBaseline.metrics().get(1)))
                .hasValue(Credit.COMPARATOR);
        assertThat(Credit.notOwn(
                        Credit.claimOf(
                                claims(withBaseline), withBaseline.metrics().get(2)),
                        withBaseline.metrics().get(2)))
                .hasValue(Credit.BASELINE_VALUE);
        assertThat(Credit.notOwn(
                        Credit.claimOf(
                                claims(withBaseline), withBaseline.metrics().get(3)),
                        withBaseline.metrics().get(3)))
                .hasValue(Credit.FROM_VALUE);
        assertThat(Credit.notOwn(
                        Credit.claimOf(
                                claims(withBaseline), withBaseline.metrics().get(5)),
                        withBaseline.metrics().get(5)))
                .hasValue(Credit.OTHER_WORK);
        // a number in no claim sentence is not ranked at all
        Leaderboard noClaims = Leaderboard.of(PaperSet.of(List.of(withBaseline), x -> List.of()));
        assertThat(noClaims.rows()).isEmpty();
        assertThat(noClaims.excluded()).containsExactly(java.util.Map.entry(Credit.NOT_IN_CLAIM, 6));
    }

    @Test
    void ranksGainsApartFromScoresAndOnlyImprovements() {
        Paper a = new P(null, "A", null, "We reach 80.0% on MATH, a gain of 5.0% over the baseline.")
                .score("80.0%", 80, "%", "MATH")
                .metric("gain", "5.0%", 5, "%", MetricKind.CHANGE, "MATH", null)
                .build();
        Paper b = new P(null, "B", null, "We reduce WER by 12% on LibriSpeech.")
                .metric("", "12%", 12, "%", MetricKind.CHANGE, "LibriSpeech", "WER")
                .build();
        Paper bDown = Paper.builder()
                .from(b)
                .metrics(List.of(ReportedMetric.builder()
                        .from(b.metrics().get(0))
                        .direction(Direction.DOWN)
                        .build()))
                .build();
        Leaderboard board = Leaderboard.of(set(a, bDown, b));
        assertThat(board.rows().stream()
                        .map(r -> r.name() + " " + r.kind().jsonName() + " " + r.unit() + " lower=" + r.lowerIsBetter()
                                + " " + ranking(r)))
                .containsExactly(
                        "LibriSpeech change % lower=true [1 12% B]",
                        "MATH score % lower=false [1 80.0% A]", "MATH change % lower=false [1 5.0% A]");
        assertThat(
                        Leaderboard.of(
                                        set(a, bDown),
                                        LeaderboardOptions.defaults().withKind(MetricKind.SCORE))
                                .rows()
                                .stream()
                                .map(r -> r.kind()))
                .containsExactly(MetricKind.SCORE);
    }

    @Test
    void keepsTopNRowsWithEnoughPapersAndPapersInTheDateRange() {
        List<Paper> papers = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            papers.add(new P(null, "G" + i, "2025-0" + i + "-01", "We reach " + (60 + i) + ".0% on GSM8K.")
                    .score((60 + i) + ".0%", 60 + i, "%", "GSM8K")
                    .build());
        }
        papers.add(new P(null, "M", "2025-01-01", "We reach 50.0% on MMLU.")
                .score("50.0%", 50, "%", "MMLU")
                .build());
        PaperSet set = PaperSet.of(papers, LeaderboardTest::claims);
        Leaderboard top2 =
                Leaderboard.of(set, LeaderboardOptions.defaults().withTop(2).withMinPapers(2));
        assertThat(top2.rows()).hasSize(1);
        assertThat(ranking(top2.rows().get(0))).containsExactly("1 65.0% G5", "2 64.0% G4");
        assertThat(top2.rows().get(0).paperCount()).isEqualTo(5);
        // the timeline sees every paper, not only the top 2
        assertThat(top2.rows().get(0).timeline()).hasSize(5);
        Leaderboard spring = Leaderboard.of(
                set,
                LeaderboardOptions.defaults()
                        .withSince(LocalDate.of(2025, 2, 1))
                        .withUntil(LocalDate.of(2025, 3, 31)));
        assertThat(ranking(spring.rows().get(0))).containsExactly("1 63.0% G3", "2 62.0% G2");
    }

    @Test
    void sharesRanksOnTiesAndPrintsCheckableLines() throws Exception {
        Paper a = new P("2501.00001", "Alpha", "2025-01-02", "Alpha reaches 90.0% on GSM8K.")
                .score("90.0%", 90, "%", "GSM8K")
                .build();
        Paper b = new P(null, "Beta", null, "We get 90.0% on the GSM8K benchmark.")
                .score("90.0%", 90, "%", "GSM8K")
                .build();
        Paper c = new P(null, "Gamma", "2025-03-04", "We get 70.0% on GSM-8K.")
                .score("70.0%", 70, "%", "GSM-8K")
                .build();
        Leaderboard board = Leaderboard.of(set(a, b, c));
        assertThat(ranking(board.rows().get(0))).containsExactly("1 90.0% Alpha", "1 90.0% Beta", "3 70.0% Gamma");
        assertThat(board.toTable()).isEqualTo("""
                GSM8K: accuracy, score in %, higher is better (3 papers)
                  rank  value  paper       date        title  sentence
                  ----  -----  ----------  ----------  -----  --------------------------------------
                     1  90.0%  2501.00001  2025-01-02  Alpha  Alpha reaches [90.0%] on GSM8K.
                     1  90.0%  -           -           Beta   We get [90.0%] on the GSM8K benchmark.
                     3  70.0%  -           2025-03-04  Gamma  We get [70.0%] on GSM-8K.

                """);
        assertThat(board.toTimelineText()).isEqualTo("""
                GSM8K: accuracy, score in %, higher is better (3 papers)
                  date         best  paper       title
                  ----------  -----  ----------  -----
                  2025-01-02  90.0%  2501.00001  Alpha

                """);
        String json = PaperdexJson.mapper().writeValueAsString(board);
        assertThat(PaperdexJson.mapper().readValue(json, Leaderboard.class)).isEqualTo(board);
        String options = PaperdexJson.mapper()
                .writeValueAsString(LeaderboardOptions.defaults().withTop(3).withKind(MetricKind.CHANGE));
        assertThat(PaperdexJson.mapper().readValue(options, LeaderboardOptions.class))
                .isEqualTo(LeaderboardOptions.defaults().withTop(3).withKind(MetricKind.CHANGE));
    }

    @Test
    void readsTheMetricOfANamelessNumberFromItsSentence() {
        Paper p = new P(
                        null,
                        "Qalam",
                        null,
                        "We reach a Word Error Rate (WER) of just 0.80% on KHATT and 1.18% on MADCAT.")
                .score("0.80%", 0.8, "%", "KHATT")
                .score("1.18%", 1.18, "%", "MADCAT")
                .build();
        assertThat(Leaderboard.of(set(p)).rows().stream()
                        .map(r -> r.name() + " " + r.metric().orElse("?") + " lower=" + r.lowerIsBetter()))
                .containsExactly("KHATT WER lower=true", "MADCAT WER lower=true");
    }

    @Test
    void leavesOutListsAndGenericTasksAsBenchmarks() {
        assertThat(List.of(
                                "GSM8K",
                                "MATH500, AIME24, and GPQA",
                                "M3CoT and ScienceQA",
                                "ImageNet-1K/22K",
                                "language modeling",
                                "multi-step tasks",
                                "Douyin-Selected scenario",
                                "zero-shot COCO 2014")
                        .stream()
                        .filter(Leaderboard::isNamedBenchmark))
                .containsExactly("GSM8K", "zero-shot COCO 2014");
    }

    @Test
    void titlesSayWhichWayEachBoardRanks() {
        LeaderboardRow.Builder row = LeaderboardRow.builder()
                .benchmark("aime2024")
                .name("AIME 2024")
                .metric("token usage")
                .unit("%")
                .paperCount(2)
                .addEntries(LeaderboardEntry.builder()
                        .rank(1)
                        .value(46.9)
                        .text("46.9%")
                        .benchmark("AIME24")
                        .metric("token usage")
                        .unit("%")
                        .title("T")
                        .sentence("It cuts token usage by 46.9% on AIME24.")
                        .span(Span.of(22, 27))
                        .sentenceSpan(Span.of(0, 39))
                        .build());
        assertThat(row.kind(MetricKind.CHANGE).lowerIsBetter(true).build().title())
                .isEqualTo("AIME 2024: token usage, reduction in %, larger is better (2 papers)");
        assertThat(row.kind(MetricKind.CHANGE).lowerIsBetter(false).build().title())
                .isEqualTo("AIME 2024: token usage, gain in %, higher is better (2 papers)");
        assertThat(row.kind(MetricKind.SCORE).lowerIsBetter(true).build().title())
                .isEqualTo("AIME 2024: token usage, score in %, lower is better (2 papers)");
    }
}
