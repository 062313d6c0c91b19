package dev.paperdex.group;

import static dev.paperdex.query.TestPapers.gain;
import static dev.paperdex.query.TestPapers.named;
import static dev.paperdex.query.TestPapers.paper;
import static dev.paperdex.query.TestPapers.score;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.query.PaperSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class LeaderboardTest {
    private static final Paper LOW = paper("Low")
            .date(LocalDate.of(2025, 1, 2))
            .addMetrics(score(70, "%", "GSM8K"), gain(3, "%", "GSM8K"))
            .build();
    private static final Paper HIGH = paper("High")
            .date(LocalDate.of(2025, 3, 4))
            .addMetrics(score(90, "%", "gsm-8k"), score(95, "", "GSM8K"))
            .build();
    private static final Paper TIE = paper("Tie")
            .addMetrics(score(90, "%", "GSM8K"), gain(8, "%", "The GSM8K benchmark"))
            .build();
    private static final Paper FID = paper("Diffusion")
            .date(LocalDate.of(2025, 5, 6))
            .addMetrics(
                    named(score(2.1, "", "ImageNet"), "FID"),
                    named(score(3.5, "", "ImageNet"), "FID"),
                    score(80, "%", null))
            .build();
    private static final Paper FID2 = paper("Diffusion 2")
            .addMetrics(named(score(1.9, "", "ImageNet 256"), "FID score"))
            .build();

    @Test
    void ranksBestScoreAndLargestGainPerBenchmarkAndUnit() {
        Leaderboard board = Leaderboard.of(PaperSet.of(LOW, HIGH, TIE, FID, FID2));
        assertThat(board.rows())
                .containsExactly(
                        LeaderboardRow.builder()
                                .benchmark("gsm8k")
                                .unit("")
                                .lowerIsBetter(false)
                                .best(entry("GSM8K", "95", 95, "", "High", LocalDate.of(2025, 3, 4)))
                                .build(),
                        LeaderboardRow.builder()
                                .benchmark("gsm8k")
                                .unit("%")
                                .lowerIsBetter(false)
                                .best(entry("gsm-8k", "90%", 90, "%", "High", LocalDate.of(2025, 3, 4)))
                                .largestGain(entry("The GSM8K benchmark", "8%", 8, "%", "Tie", null))
                                .build(),
                        LeaderboardRow.builder()
                                .benchmark("imagenet")
                                .unit("")
                                .lowerIsBetter(true)
                                .best(LeaderboardEntry.builder()
                                        .from(entry("ImageNet", "2.1", 2.1, "", "Diffusion", LocalDate.of(2025, 5, 6)))
                                        .metric("FID")
                                        .build())
                                .build(),
                        LeaderboardRow.builder()
                                .benchmark("imagenet256")
                                .unit("")
                                .lowerIsBetter(true)
                                .best(LeaderboardEntry.builder()
                                        .from(entry("ImageNet 256", "1.9", 1.9, "", "Diffusion 2", null))
                                        .metric("FID score")
                                        .build())
                                .build());
        assertThat(board.onBenchmark("GSM-8K").rows()).hasSize(2);
        assertThat(board.row("gsm8k", "%").flatMap(LeaderboardRow::best).map(LeaderboardEntry::title))
                .hasValue("High");
    }

    private static LeaderboardEntry entry(
            String bench, String text, double value, String unit, String title, LocalDate date) {
        LeaderboardEntry.Builder b = LeaderboardEntry.builder();
        b.benchmark(bench).text(text).value(value).unit(unit).title(title);
        if (date != null) {
            b.date(date);
        }
        return b.build();
    }

    @Test
    void printsATableAndRoundTripsThroughJson() throws Exception {
        Leaderboard board = Leaderboard.of(PaperSet.of(LOW, HIGH, TIE)).onBenchmark("gsm8k");
        assertThat(board.toTable()).isEqualTo("""
                benchmark  unit  best  paper  date        largest gain  paper  date
                ---------  ----  ----  -----  ----------  ------------  -----  ----
                GSM8K      -       95  High   2025-03-04
                gsm-8k     %      90%  High   2025-03-04            8%  Tie
                """);
        String json = PaperdexJson.mapper().writeValueAsString(board);
        assertThat(PaperdexJson.mapper().readValue(json, Leaderboard.class)).isEqualTo(board);
    }
}
