package dev.paperdex.examples.cli;

import static dev.paperdex.examples.cli.PapersCliTest.SEED0;
import static dev.paperdex.examples.cli.PapersCliTest.SEED3;
import static dev.paperdex.examples.cli.PapersCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.paperdex.examples.cli.PapersCliTest.Run;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.query.QuerySyntax;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class OutputFormatsTest {
    /** The two seeds: 59 + 92 papers. */
    static final int SEED_PAPERS = 151;

    /** A CSV output read back: header cells and rows of cells. */
    record Csv(List<String> header, List<Map<String, String>> rows) {}

    static Csv csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> lines = new ArrayList<>();
        try (MappingIterator<String[]> it =
                mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(text)) {
            it.forEachRemaining(lines::add);
        }
        List<String> header = List.of(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String[] cells : lines.subList(1, lines.size())) {
            assertThat(cells).hasSize(header.size());
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i]);
            }
            rows.add(row);
        }
        return new Csv(header, rows);
    }

    static List<JsonNode> json(Run r) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : r.lines()) {
            nodes.add(PaperdexJson.mapper().readTree(line));
        }
        return nodes;
    }

    @Test
    void parseCsvHasOneRowPerSeedPaperWithItsSource() throws IOException {
        List<JsonNode> papers = json(run("parse", "--year", "2025", SEED0, SEED3));
        assertThat(papers).hasSize(SEED_PAPERS);
        Run r = run("parse", "--year", "2025", "--format", "csv", SEED0, SEED3);
        assertThat(r.code()).isZero();
        Csv csv = csv(r.out());
        assertThat(csv.header()).isEqualTo(Records.PAPER);
        assertThat(csv.rows()).hasSize(SEED_PAPERS);
        for (int i = 0; i < SEED_PAPERS; i++) {
            JsonNode p = papers.get(i);
            Map<String, String> row = csv.rows().get(i);
            assertThat(row.get("title")).isEqualTo(p.get("title").asText());
            assertThat(row.get("source")).isEqualTo(p.get("source").get("name").asText());
            assertThat(row.get("line")).isEqualTo(p.get("source").get("line").asText());
            assertThat(row.get("date")).isEqualTo(p.path("date").asText(""));
            assertThat(row.get("metricCount"))
                    .isEqualTo(Integer.toString(p.path("metrics").size()));
            assertThat(row.get("claimCount"))
                    .isEqualTo(Integer.toString(p.path("claims").size()));
        }
        assertThat(csv.rows().get(0))
                .containsEntry("source", "000_ac4d8aa2034e5b5f.txt")
                .containsEntry("line", "13")
                .containsEntry("date", "2025-06-05")
                .containsEntry("authorCount", "7")
                .containsEntry("id", "");
        assertThat(csv.rows().get(59)).containsEntry("source", "003_94c5f68b1bf7e18c.txt");
    }

    @Test
    void metricsCsvHasOneRowPerSeedMetricAsTheJsonLinesHave() throws IOException {
        List<JsonNode> metrics = json(run("metrics", "--year", "2025", SEED0, SEED3));
        long fromPapers = json(run("parse", "--year", "2025", SEED0, SEED3)).stream()
                .mapToLong(p -> p.path("metrics").size())
                .sum();
        assertThat(metrics).hasSize((int) fromPapers).isNotEmpty();
        Csv csv = csv(run("metrics", "--year", "2025", "--format", "csv", SEED0, SEED3)
                .out());
        assertThat(csv.header()).isEqualTo(Records.METRIC);
        assertThat(csv.rows()).hasSize(metrics.size());
        for (int i = 0; i < metrics.size(); i++) {
            JsonNode m = metrics.get(i);
            Map<String, String> row = csv.rows().get(i);
            assertThat(row.get("title")).isEqualTo(m.get("title").asText());
            assertThat(row.get("source")).isEqualTo(m.get("source").asText());
            assertThat(row.get("line")).isEqualTo(m.get("line").asText());
            assertThat(row.get("text")).isEqualTo(m.get("text").asText());
            assertThat(Double.parseDouble(row.get("value")))
                    .isEqualTo(m.get("value").asDouble());
            assertThat(row.get("benchmark")).isEqualTo(m.path("benchmark").asText(""));
        }
        assertThat(csv.rows().get(0))
                .containsEntry(
                        "title",
                        "MINT-CoT: Enabling Interleaved Visual Tokens in Mathematical Chain-of-Thought" + " Reasoning")
                .containsEntry("line", "13")
                .containsEntry("index", "0")
                .containsEntry("text", "+34.08%")
                .containsEntry("value", "34.08")
                .containsEntry("unit", "%")
                .containsEntry("kind", "change")
                .containsEntry("direction", "up")
                .containsEntry("benchmark", "MathVista");
    }

    @Test
    void claimsCsvHasOneRowPerClaimOfTheJsonLines() throws IOException {
        List<JsonNode> papers = json(run("claims", "--year", "2025", SEED0, SEED3));
        assertThat(papers).hasSize(SEED_PAPERS);
        List<String> sentences = new ArrayList<>();
        for (JsonNode p : papers) {
            assertThat(p.get("source").asText()).endsWith(".txt");
            assertThat(p.get("line").asInt()).isPositive();
            p.get("claims").forEach(c -> sentences.add(c.get("sentence").asText()));
        }
        assertThat(sentences).isNotEmpty();
        Csv csv = csv(
                run("claims", "--year", "2025", "--format", "csv", SEED0, SEED3).out());
        assertThat(csv.header()).isEqualTo(Records.CLAIM);
        assertThat(csv.rows()).hasSize(sentences.size());
        assertThat(csv.rows().stream().map(r -> r.get("sentence")).toList()).isEqualTo(sentences);
        Map<String, String> first = csv.rows().get(0);
        assertThat(first)
                .containsEntry("line", "13")
                .containsEntry("types", "performance")
                .containsEntry("metricIndexes", "0; 1; 2");
        Csv sota = csv(run("claims", "--year", "2025", "--type", "sota", "--format", "csv", SEED0, SEED3)
                .out());
        long sotaInJson = 0;
        for (JsonNode p : papers) {
            for (JsonNode c : p.get("claims")) {
                for (JsonNode t : c.get("types")) {
                    sotaInJson += t.asText().equals("sota") ? 1 : 0;
                }
            }
        }
        assertThat(sota.rows()).hasSize((int) sotaInJson);
    }

    @Test
    void idsOfAHuggingFaceInputAreOnEveryRow(@TempDir Path dir) throws IOException {
        Path hf = dir.resolve("daily_papers-2025-10-15.json");
        try (InputStream in = getClass().getResourceAsStream("/samples/daily_papers-2025-10-15.json")) {
            Files.copy(in, hf);
        }
        List<JsonNode> papers = json(run("parse", hf.toString()));
        assertThat(papers).hasSize(26);
        Csv csv = csv(run("metrics", "--format", "csv", hf.toString()).out());
        List<JsonNode> metrics = json(run("metrics", hf.toString()));
        assertThat(csv.rows()).hasSize(metrics.size());
        for (int i = 0; i < metrics.size(); i++) {
            assertThat(csv.rows().get(i).get("id")).matches("[0-9]{4}\\.[0-9]{5}");
            assertThat(csv.rows().get(i).get("id"))
                    .isEqualTo(metrics.get(i).get("id").asText());
        }
        assertThat(csv.rows().get(0))
                .containsEntry("id", "2510.12586")
                .containsEntry("source", "daily_papers-2025-10-15.json")
                .containsEntry("line", "2");
        assertThat(json(run("claims", hf.toString())).get(0).get("id").asText()).isEqualTo("2510.12586");
    }

    @Test
    void tablesAlignOneLinePerRecordUnderAHeaderAndARule() throws IOException {
        Run parse = run("parse", "--year", "2025", "--format", "table", SEED0, SEED3);
        List<String> lines = parse.lines();
        assertThat(lines).hasSize(SEED_PAPERS + 2);
        assertThat(lines.get(0)).startsWith("id  title").contains("source", "line", "date");
        assertThat(lines.get(1)).matches("[- ]+");
        int source = lines.get(0).indexOf("source");
        assertThat(lines.get(2).substring(source)).startsWith("000_ac4d8aa2034e5b5f.txt");
        assertThat(lines.get(2)).contains("MINT-CoT: Enabling Interleaved Visual Tokens in Mathematica\u2026");
        int metrics = json(run("metrics", "--year", "2025", SEED0, SEED3)).size();
        assertThat(run("metrics", "--year", "2025", "--format", "table", SEED0, SEED3)
                        .lines())
                .hasSize(metrics + 2);
        // the default of group stays the core table
        assertThat(run("group", "--by", "month", "--format", "table", SEED0).out())
                .isEqualTo(run("group", "--by", "month", SEED0).out());
    }

    @Test
    void queryAndGroupWriteCsvRowsForWhatTheyFind() throws IOException {
        String q = "link:code";
        List<JsonNode> hits = json(run("query", "--year", "2025", q, SEED0, SEED3));
        assertThat(hits).isNotEmpty();
        Csv csv = csv(run("query", "--year", "2025", "--format", "csv", q, SEED0, SEED3)
                .out());
        assertThat(csv.rows()).hasSize(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            assertThat(csv.rows().get(i).get("title"))
                    .isEqualTo(hits.get(i).get("title").asText());
            assertThat(Integer.parseInt(csv.rows().get(i).get("linkCount"))).isPositive();
        }
        List<JsonNode> groups = json(run("group", "--by", "month", "--json", SEED0, SEED3));
        Csv g = csv(
                run("group", "--by", "month", "--format", "csv", SEED0, SEED3).out());
        assertThat(g.header()).containsExactly("month", "count", "share");
        assertThat(g.rows()).hasSize(groups.size());
        long total = 0;
        for (int i = 0; i < groups.size(); i++) {
            assertThat(g.rows().get(i).get("count"))
                    .isEqualTo(groups.get(i).get("count").asText());
            total += Long.parseLong(g.rows().get(i).get("count"));
        }
        assertThat(total).isEqualTo(SEED_PAPERS - 3); // three seed papers are the same as others
        assertThat(run("group", "--by", "month", "--format", "jsonl", SEED0).out())
                .isEqualTo(run("group", "--by", "month", "--json", SEED0).out());
    }

    @Test
    void groupListsThePaperIdsOfEachGroupOnRequest() throws IOException {
        List<String> keys = new ArrayList<>();
        for (JsonNode p : json(run("parse", "--year", "2025", SEED0, SEED3))) {
            keys.add(p.get("source").get("name").asText() + ":"
                    + p.get("source").get("line").asInt());
        }
        List<JsonNode> groups =
                json(run("group", "--by", "month", "--papers", "--json", "--year", "2025", SEED0, SEED3));
        List<String> listed = new ArrayList<>();
        for (JsonNode g : groups) {
            assertThat(g.get("papers").size()).isEqualTo(g.get("count").asInt());
            g.get("papers").forEach(id -> listed.add(id.asText()));
        }
        assertThat(listed).hasSize(SEED_PAPERS - 3).doesNotHaveDuplicates();
        assertThat(keys).containsAll(listed);
        Csv csv = csv(run("group", "--by", "month", "--papers", "--format", "csv", "--year", "2025", SEED0, SEED3)
                .out());
        assertThat(csv.header()).containsExactly("month", "count", "share", "papers");
        assertThat(csv.rows()).hasSize(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            List<String> ids = new ArrayList<>();
            groups.get(i).get("papers").forEach(id -> ids.add(id.asText()));
            assertThat(csv.rows().get(i).get("papers")).isEqualTo(String.join("; ", ids));
        }
    }

    @Test
    void leaderboardEntriesCarryTheirPapersSource() throws IOException {
        Map<String, JsonNode> byTitle = new HashMap<>();
        for (JsonNode p : json(run("parse", "--year", "2025", SEED0, SEED3))) {
            byTitle.putIfAbsent(p.get("title").asText(), p);
        }
        List<JsonNode> boards = json(run("leaderboard", "--year", "2025", "--json", SEED0, SEED3));
        assertThat(boards).isNotEmpty();
        int entries = 0;
        for (JsonNode b : boards) {
            for (JsonNode e : b.get("entries")) {
                JsonNode paper = byTitle.get(e.get("title").asText());
                assertThat(e.get("source").asText())
                        .isEqualTo(paper.get("source").get("name").asText());
                assertThat(e.get("line").asInt())
                        .isEqualTo(paper.get("source").get("line").asInt());
                entries++;
            }
        }
        Csv csv = csv(run("leaderboard", "--year", "2025", "--format", "csv", SEED0, SEED3)
                .out());
        assertThat(csv.header()).isEqualTo(Records.ENTRY);
        assertThat(csv.rows()).hasSize(entries);
        for (Map<String, String> row : csv.rows()) {
            JsonNode paper = byTitle.get(row.get("title"));
            assertThat(row.get("source"))
                    .isEqualTo(paper.get("source").get("name").asText());
            assertThat(row.get("line"))
                    .isEqualTo(paper.get("source").get("line").asText());
        }
    }

    @Test
    void queryHelpPrintsTheGrammarWithExamplesThatParse() {
        Run help = run("query", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out())
                .contains("Query syntax", "Examples", "claim:efficiency(unit:x value>=5)", "unit:%")
                .contains("id:2506.05331", "author:\"", "team:", "upvotes>=", "stars>=", "keyword:")
                .doesNotContain("see QuerySyntax");
        assertThat(help.err()).isEmpty();
        // every example line after the heading parses
        String examples = help.out().substring(help.out().indexOf("Examples\n") + "Examples\n".length());
        List<String> lines = examples.lines()
                .takeWhile(l -> l.startsWith("  "))
                .map(String::trim)
                .toList();
        lines.forEach(QuerySyntax::parse); // throws when an example does not parse
        assertThat(lines).hasSize(6);
    }
}
