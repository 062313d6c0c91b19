package dev.paperdex.examples.cli;

import static dev.paperdex.examples.cli.QueryCommandsTest.SEED0;
import static dev.paperdex.examples.cli.QueryCommandsTest.SEED3;
import static dev.paperdex.examples.cli.QueryCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperdex.group.LeaderboardRow;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BoardCommandsTest {
    /**
     * On the seeds, GSM8K has one own score: Step-DPO's 94.0% ("achieves scores of 70.8% and 94.0%
     * on the test sets of MATH and GSM8K"), and one own gain: MALT's 7.12% (written GSM8k, shown as the table writes it).
     */
    @Test
    void leaderboardOnGsm8kShowsEachEntryWithItsSentence() {
        QueryCommandsTest.Run r = run("leaderboard", "--year", "2025", "--benchmark", "gsm-8k", SEED0, SEED3);
        assertThat(r.code()).isZero();
        List<String> lines = r.lines();
        assertThat(lines.get(0)).isEqualTo("GSM8K: accuracy, score in %, higher is better (1 paper)");
        assertThat(lines.get(3).strip())
                .startsWith("1  94.0%  -      -     Step-DPO: Step-wise Preference Optimization for L…")
                .endsWith("…2-72B-Instruct, achieves scores of 70.8% and [94.0%] on the test sets of MATH and GSM8K…");
        assertThat(lines.get(5)).isEqualTo("GSM8K: accuracy, gain in %, higher is better (1 paper)");
        assertThat(lines.get(8).strip()).startsWith("1  7.12%  -      -     MALT: Improving Reasoning");
        QueryCommandsTest.Run scores =
                run("leaderboard", "--year", "2025", "--benchmark", "GSM8K", "--kind", "score", SEED0, SEED3);
        assertThat(scores.out()).doesNotContain("gain in");
    }

    @Test
    void leaderboardJsonRoundTripsAndKeepsTheSpanOfEachNumber() throws IOException {
        QueryCommandsTest.Run r = run("leaderboard", "--year", "2025", "--json", "--top", "2", SEED0, SEED3);
        assertThat(r.code()).isZero();
        assertThat(r.lines()).isNotEmpty();
        for (String line : r.lines()) {
            LeaderboardRow row = PaperdexJson.mapper().readValue(line, LeaderboardRow.class);
            assertThat(row.entries()).hasSizeLessThanOrEqualTo(2);
            // each entry carries its paper's source and line on top of the LeaderboardRow fields
            JsonNode tree = PaperdexJson.mapper().readTree(line);
            for (JsonNode entry : tree.get("entries")) {
                assertThat(entry.get("source").asText()).endsWith(".txt");
                assertThat(entry.get("line").asInt()).isPositive();
                ((com.fasterxml.jackson.databind.node.ObjectNode) entry).remove(List.of("source", "line"));
            }
            assertThat(PaperdexJson.mapper().writeValueAsString(row)).isEqualTo(tree.toString());
            row.entries()
                    .forEach(e -> assertThat(e.sentence()
                                    .substring(
                                            e.span().start() - e.sentenceSpan().start(),
                                            e.span().end() - e.sentenceSpan().start()))
                            .isEqualTo(e.text()));
        }
        QueryCommandsTest.Run two = run("leaderboard", "--year", "2025", "--json", "--min-papers", "2", SEED0, SEED3);
        for (String line : two.lines()) {
            assertThat(PaperdexJson.mapper().readTree(line).get("paperCount").asInt())
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void timelinePrintsTheRunningBestOfDatedPapers() throws IOException {
        QueryCommandsTest.Run r = run("timeline", "--year", "2025", "--json", SEED0, SEED3);
        assertThat(r.code()).isZero();
        for (String line : r.lines()) {
            JsonNode n = PaperdexJson.mapper().readTree(line);
            assertThat(n.fieldNames()).toIterable().contains("benchmark", "name", "unit", "lowerIsBetter", "steps");
            String previous = "";
            for (JsonNode step : n.get("steps")) {
                assertThat(step.get("date").asText()).isGreaterThan(previous);
                previous = step.get("date").asText();
            }
        }
        QueryCommandsTest.Run text = run("timeline", "--year", "2025", "--benchmark", "MathVista", SEED0, SEED3);
        assertThat(text.code()).isZero();
    }

    @Test
    void groupSortsBenchmarksByCountAndShowsTheirWrittenNames() {
        QueryCommandsTest.Run r = run("group", "--year", "2025", "--by", "benchmark", "--min-count", "2", SEED0, SEED3);
        assertThat(r.code()).isZero();
        List<String> lines = r.lines();
        assertThat(lines.get(0).split(" +"))
                .containsExactly("benchmark", "count", "share", "over", "min", "max", "mean", "median");
        long last = Long.MAX_VALUE;
        for (String line : lines.subList(2, lines.size())) {
            String[] cells = line.split("  +");
            if (cells[0].equals("(none)")) {
                continue;
            }
            long count = Long.parseLong(cells[1].strip());
            assertThat(count).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(last);
            last = count;
        }
        assertThat(r.out()).doesNotContain("mathvista");
        QueryCommandsTest.Run byKey =
                run("group", "--year", "2025", "--by", "benchmark", "--sort", "key", "--json", SEED0);
        assertThat(byKey.code()).isZero();
        assertThat(byKey.lines().get(0)).contains("\"label\":");
    }

    @Test
    void reportWritesOneSelfContainedPage(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        QueryCommandsTest.Run r = run("report", "--year", "2025", "-o", html.toString(), SEED0, SEED3);
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("wrote " + html + " (");
        String page = Files.readString(html);
        assertThat(page).contains("<table class=\"data\" id=\"table-papers-per-month\">");
        // offline: no script, style or image is fetched from anywhere
        assertThat(page).doesNotContainPattern("<script[^>]+src=|<link[^>]+href=|https?://[^\"' ]+\\.js");
    }
}
