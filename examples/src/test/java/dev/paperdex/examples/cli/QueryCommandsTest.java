package dev.paperdex.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperdex.Paper;
import dev.paperdex.group.Leaderboard;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class QueryCommandsTest {
    static final Path SEEDS = Path.of(System.getProperty("paperdex.seeds", "seeds"));
    static final String SEED0 = SEEDS.resolve("000_ac4d8aa2034e5b5f.txt").toString();
    static final String SEED3 = SEEDS.resolve("003_94c5f68b1bf7e18c.txt").toString();

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PapersCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void queryPrintsMatchingPapersAsJsonLines() throws IOException {
        Run r = run("query", "--year", "2025", "link:code AND year:2025", SEED0);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        List<Paper> papers = PaperdexJson.readLines(new StringReader(r.out())).toList();
        assertThat(papers).hasSize(7);
        assertThat(papers.get(0).title()).startsWith("MINT-CoT");
        assertThat(papers).allMatch(p -> p.date().orElseThrow().getYear() == 2025);
    }

    @Test
    void queryPrintsAPaperOfBothFilesOnce() {
        Run r = run("query", "--year", "2025", "title:\"MIO: A Foundation Model on Multimodal Tokens\"", SEED0, SEED3);
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(1);
        assertThat(run("query", "--year", "2025", "reasoning", SEED0, SEED3).lines())
                .hasSize(45);
    }

    @Test
    void malformedQueryExitsTwoWithPositionAndExpectation() {
        Run r = run("query", "--year", "2025", "benchmark:GSM8K AND date>=2025-13-01", SEED0);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("""
                error: bad query: expected a date YYYY-MM-DD at column 27, found '2025-13-01'
                  benchmark:GSM8K AND date>=2025-13-01
                                            ^
                """);
        Run open = run("query", "(a OR b", SEED0);
        assertThat(open.code()).isEqualTo(2);
        assertThat(open.err())
                .startsWith(
                        "error: bad query: expected ')' to close the '(' at column 1 at column 8, found end of query\n");
    }

    @Test
    void aLongBadQueryIsQuotedAroundItsColumnOnly() {
        Run r = run("query", "(".repeat(2000) + "x" + ")".repeat(2000), SEED0);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .isEqualTo("error: bad query: expected at most 100 nested '(' and 'NOT' at column 101,"
                        + " found more at '('\n"
                        + "  ..." + "(".repeat(80) + "...\n"
                        + "  " + " ".repeat(43) + "^\n");
    }

    @Test
    void groupPrintsAnAlignedTable() {
        Run r = run("group", "--year", "2025", "--by", "year", SEED0);
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("""
                year    count  share
                ------  -----  -----
                2019        1   1.7%
                2020        1   1.7%
                2021        1   1.7%
                2022        2   3.4%
                2023        3   5.1%
                2024       22  37.3%
                2025       23  39.0%
                (none)      6  10.2%
                """);
    }

    @Test
    void groupPrintsOneJsonObjectPerGroupWithNullKeyForPapersWithoutOne() throws IOException {
        Run r = run("group", "--year", "2025", "--by", "link", "--json", SEED0, SEED3);
        assertThat(r.code()).isZero();
        List<String> keysAndCounts = new ArrayList<>();
        for (String line : r.lines()) {
            JsonNode n = PaperdexJson.mapper().readTree(line);
            assertThat(n.fieldNames()).toIterable().containsExactly("key", "count", "share");
            keysAndCounts.add(n.get("key").asText(null) + "=" + n.get("count").asInt());
        }
        PaperSet both = PaperSet.of(read(SEED0, SEED3));
        assertThat(keysAndCounts.get(0))
                .isEqualTo("code="
                        + both.filter(dev.paperdex.query.QuerySyntax.parse("link:code"))
                                .size());
        assertThat(keysAndCounts.get(keysAndCounts.size() - 1)).startsWith("null=");
        assertThat(run("group", "--year", "2025", "--by", "year", "--json", SEED3)
                        .out())
                .isEqualTo("{\"key\":null,\"count\":92,\"share\":1.0}\n");
    }

    @Test
    void groupFiltersWithWhere() {
        Run r = run("group", "--year", "2025", "--by", "year", "--where", "link:code", "--json", SEED0);
        assertThat(r.code()).isZero();
        assertThat(r.lines())
                .containsExactly(
                        "{\"key\":\"2021\",\"count\":1,\"share\":0.06666666666666667}",
                        "{\"key\":\"2022\",\"count\":2,\"share\":0.13333333333333333}",
                        "{\"key\":\"2024\",\"count\":4,\"share\":0.26666666666666666}",
                        "{\"key\":\"2025\",\"count\":7,\"share\":0.4666666666666667}",
                        "{\"key\":null,\"count\":1,\"share\":0.06666666666666667}");
    }

    @Test
    void groupRejectsUnknownKeysAndBadWhereQueries() {
        Run key = run("group", "--by", "decade", SEED0);
        assertThat(key.code()).isEqualTo(2);
        assertThat(key.err())
                .isEqualTo(
                        "error: --by: group key must be one of [year, month, week, authors, link, host, benchmark, unit, claim], found 'decade'\n");
        Run where = run("group", "--by", "year", "--where", "year:20x5", SEED0);
        assertThat(where.code()).isEqualTo(2);
        assertThat(where.err()).startsWith("error: bad query: expected a year (digits) at column 6, found '20x5'\n");
    }

    @Test
    void leaderboardPrintsTheLibrarysTable() throws IOException {
        Run r = run("leaderboard", "--year", "2025", SEED0, SEED3);
        assertThat(r.code()).isZero();
        Leaderboard board = Leaderboard.of(PaperSet.of(read(SEED0, SEED3)));
        assertThat(r.out()).isEqualTo(board.toTable());
        assertThat(r.lines().get(0)).isEqualTo(board.rows().get(0).title());
        assertThat(r.lines().get(1).split(" +"))
                .containsExactly("", "rank", "value", "paper", "date", "title", "sentence");
        Run one = run("leaderboard", "--year", "2025", "--benchmark", "Math-Vista", "--json", SEED0);
        assertThat(one.code()).isZero();
        assertThat(one.lines())
                .hasSize(Leaderboard.of(PaperSet.of(read(SEED0)))
                        .onBenchmark("mathvista")
                        .rows()
                        .size());
        for (String line : one.lines()) {
            assertThat(PaperdexJson.mapper().readTree(line).get("benchmark").asText())
                    .isEqualTo("mathvista");
        }
    }

    private static List<Paper> read(String... files) throws IOException {
        List<Paper> out = new ArrayList<>();
        for (String f : files) {
            out.addAll(Papers.read(Path.of(f), ParseOptions.defaults().withYear(2025))
                    .papers());
        }
        return out;
    }
}
