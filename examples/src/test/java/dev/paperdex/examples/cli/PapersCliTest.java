package dev.paperdex.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PapersCliTest {
    static final Path SEEDS = Path.of(System.getProperty("paperdex.seeds", "seeds"));
    static final String SEED0 = SEEDS.resolve("000_ac4d8aa2034e5b5f.txt").toString();
    static final String SEED3 = SEEDS.resolve("003_94c5f68b1bf7e18c.txt").toString();

    /** What one run printed. */
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
    void parsePrintsEveryPaperOfBothSeedsInInputOrder() throws IOException {
        Run r = run("parse", "--year", "2025", SEED0, SEED3);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).hasSize(59 + 92);
        List<Paper> papers = PaperdexJson.readLines(new StringReader(r.out())).toList();
        assertThat(papers.get(0).title()).startsWith("MINT-CoT");
        assertThat(papers.get(58).title()).startsWith("SHERL");
        assertThat(papers.get(59).title()).isEqualTo("Community Research Earth Digital Intelligence Twin (CREDIT)");
        JsonNode first = PaperdexJson.mapper().readTree(r.lines().get(0));
        assertThat(first.get("date").asText()).isEqualTo("2025-06-05");
        assertThat(first.get("dateText").asText()).isEqualTo("Jun 5");
        assertThat(first.get("commentCount").asInt()).isEqualTo(1);
        assertThat(first.get("source").toString())
                .isEqualTo("{\"name\":\"000_ac4d8aa2034e5b5f.txt\",\"line\":13,\"kind\":\"listing\"}");
    }

    @Test
    void parseReadsStandardInputAndReportsDiagnosticsOnStderr(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.writeString(f, "T\n\nA.\n\n  • 3 authors\n·\nJul 32, 2024\n\nU\n\nB.\n", StandardCharsets.UTF_8);
        Run r = run("parse", "--year", "2025", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(2);
        assertThat(r.err())
                .isEqualTo(
                        "warning: bad.txt:7:1: BAD_DATE: expected a date after '·' at line 7, column 1, found 'Jul 32, 2024'\n");
        Run strict = run("parse", "--strict", f.toString());
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err()).startsWith("error: bad.txt:7:1: BAD_DATE:");
    }

    @Test
    void exitCodesSayWhatWentWrong() {
        assertThat(run("parse", "/no/such/file.txt").code()).isEqualTo(1);
        assertThat(run("parse", "/no/such/file.txt").err())
                .isEqualTo("error: cannot read /no/such/file.txt: no such file\n");
        assertThat(run("parse").code()).isEqualTo(2);
        assertThat(run("parse", "--year", "soon", SEED0).code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("claims", "--type", "bogus", SEED0).err()).contains("expected one of performance, sota");
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("parse", "metrics", "claims");
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).isEqualTo("papers 0.1.0-SNAPSHOT\n");
    }

    @Test
    void metricsPrintsOneObjectPerMetricWithTheTitle() throws IOException {
        Run r = run("metrics", "--year", "2025", SEED0);
        assertThat(r.code()).isZero();
        long expected = dev.paperdex.parser.Papers.read(
                        Path.of(SEED0),
                        dev.paperdex.parser.ParseOptions.defaults().withYear(2025))
                .papers()
                .stream()
                .mapToLong(p -> p.metrics().size())
                .sum();
        assertThat(r.lines()).hasSize((int) expected);
        for (String line : r.lines()) {
            JsonNode n = PaperdexJson.mapper().readTree(line);
            assertThat(n.fieldNames()).toIterable().startsWith("title", "source", "line", "text", "value");
        }
    }

    @Test
    void claimsPrintsOneObjectPerPaper() throws IOException {
        Run r = run("claims", "--year", "2025", SEED3);
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(92);
        JsonNode n = PaperdexJson.mapper().readTree(r.lines().get(0));
        assertThat(n.get("title").asText()).isEqualTo("Community Research Earth Digital Intelligence Twin (CREDIT)");
        assertThat(n.get("claims").isArray()).isTrue();
    }

    @Test
    void parseGivesTheSameOutputOnOneAndOnSeveralThreads(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("seed3.txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(Path.of(SEED3)));
        }

        Run one = run("parse", "--year", "2025", "--threads", "1", SEED0, SEED3);
        Run three = run("parse", "--year", "2025", "--threads", "3", SEED0, gz.toString());
        Run bad = run("parse", "--threads", "0", SEED0);

        assertThat(one.code()).isZero();
        assertThat(one.lines()).hasSize(59 + 92);
        assertThat(three.out()).isEqualTo(one.out().replace("003_94c5f68b1bf7e18c.txt", "seed3.txt.gz"));
        assertThat(three.err()).isEqualTo(one.err());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--threads must be >= 1, found 0");
    }
}
