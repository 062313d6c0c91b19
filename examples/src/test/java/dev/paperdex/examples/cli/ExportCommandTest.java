package dev.paperdex.examples.cli;

import static dev.paperdex.examples.cli.PapersCliTest.SEED0;
import static dev.paperdex.examples.cli.PapersCliTest.SEED3;
import static dev.paperdex.examples.cli.PapersCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperdex.examples.cli.PapersCliTest.Run;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExportCommandTest {
    /** The row counts the JSON path gives: papers, and the authors, links, metrics and claims in them. */
    static Map<String, Long> jsonCounts(String... files) throws IOException {
        String[] args = new String[files.length + 3];
        args[0] = "parse";
        args[1] = "--year";
        args[2] = "2025";
        System.arraycopy(files, 0, args, 3, files.length);
        Run parse = run(args);
        assertThat(parse.code()).isZero();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String t : List.of("papers", "authors", "links", "metrics", "claims")) {
            counts.put(t, 0L);
        }
        for (String line : parse.lines()) {
            JsonNode p = PaperdexJson.mapper().readTree(line);
            counts.merge("papers", 1L, Long::sum);
            counts.merge("authors", (long) p.path("authors").size(), Long::sum);
            counts.merge("links", (long) p.path("links").size(), Long::sum);
            counts.merge("metrics", (long) p.path("metrics").size(), Long::sum);
            counts.merge("claims", (long) p.path("claims").size(), Long::sum);
        }
        return counts;
    }

    static Map<String, Long> sqlCounts(Connection c, String from) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String t : List.of("papers", "authors", "links", "metrics", "claims")) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + from.replace("TABLE", t))) {
                    r.next();
                    counts.put(t, r.getLong(1));
                }
            }
        }
        return counts;
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void seedsReadBackFromDuckDbAndParquetWithTheJsonCounts(@TempDir Path dir) throws Exception {
        Path hf = dir.resolve("daily_papers-2025-10-15.json");
        try (InputStream in = getClass().getResourceAsStream("/samples/daily_papers-2025-10-15.json")) {
            Files.copy(in, hf);
        }
        Map<String, Long> seeds = jsonCounts(SEED0, SEED3);
        assertThat(seeds.get("papers")).isEqualTo(151);
        assertThat(seeds.get("metrics")).isPositive();
        assertThat(seeds.get("claims")).isPositive();
        Map<String, Long> expected = new LinkedHashMap<>(seeds);
        jsonCounts(hf.toString()).forEach((t, n) -> expected.merge(t, n, Long::sum));
        assertThat(expected.get("papers")).isEqualTo(151 + 26);
        assertThat(expected.get("authors")).isPositive(); // the listing seeds give counts, the API names

        Path db = dir.resolve("papers.duckdb");
        Path pq = dir.resolve("parquet");
        Run r = run(
                "export",
                "--year",
                "2025",
                "--duckdb",
                db.toString(),
                "--parquet",
                pq.toString(),
                SEED0,
                SEED3,
                hf.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        StringBuilder printed = new StringBuilder();
        expected.forEach((t, n) -> printed.append(t).append('\t').append(n).append('\n'));
        assertThat(r.out()).isEqualTo(printed.toString());

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
            assertThat(sqlCounts(c, "TABLE")).isEqualTo(expected);
            assertThat(single(c, "SELECT count(DISTINCT paper_id) FROM papers")).isEqualTo(expected.get("papers"));
            // every row of the other tables joins back to one paper
            for (String t : List.of("authors", "links", "metrics", "claims")) {
                assertThat(single(c, "SELECT count(*) FROM " + t + " JOIN papers USING (paper_id)"))
                        .as(t)
                        .isEqualTo(expected.get(t));
            }
            assertThat(single(c, "SELECT count(*) FROM papers WHERE arxiv_id IS NOT NULL"))
                    .isEqualTo(26);
            assertThat(single(c, "SELECT line FROM papers WHERE paper_id = '000_ac4d8aa2034e5b5f.txt:13'"))
                    .isEqualTo(13);
            assertThat(single(
                            c,
                            "SELECT count(*) FROM metrics WHERE paper_id = '000_ac4d8aa2034e5b5f.txt:13'"
                                    + " AND benchmark = 'MathVista' AND value = 34.08 AND kind = 'change'"))
                    .isEqualTo(1);
            // a claim's metric indexes name metrics of its paper
            assertThat(single(
                            c,
                            "SELECT count(*) FROM (SELECT paper_id, unnest(metric_indexes) AS i FROM claims) x"
                                    + " LEFT JOIN metrics m ON m.paper_id = x.paper_id AND m.ordinal = x.i"
                                    + " WHERE m.paper_id IS NULL"))
                    .isZero();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            String from = "read_parquet('" + pq.toAbsolutePath() + "/TABLE.parquet')";
            assertThat(sqlCounts(c, from)).isEqualTo(expected);
        }
    }

    @Test
    void parquetAloneLeavesOnlyTheFiveFiles(@TempDir Path dir) throws Exception {
        Path pq = dir.resolve("out");
        Run r = run("export", "--year", "2025", "--parquet", pq.toString(), SEED0);
        assertThat(r.code()).isZero();
        try (var files = Files.list(pq)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly(
                            "authors.parquet", "claims.parquet", "links.parquet", "metrics.parquet", "papers.parquet");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(sqlCounts(c, "read_parquet('" + pq.toAbsolutePath() + "/TABLE.parquet')"))
                    .isEqualTo(jsonCounts(SEED0));
        }
    }

    @Test
    void aRecordWrittenTwiceIsSkippedAndExportNeedsATarget(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("twice.duckdb");
        Run r = run("export", "--year", "2025", "--duckdb", db.toString(), SEED0, SEED0);
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("papers\t59\n");
        assertThat(r.err()).isEqualTo("note: 59 records skipped: their paper_id was written before\n");
        Run unwritable = run("export", "--duckdb", dir.toString(), SEED0); // a directory
        assertThat(unwritable.code()).isEqualTo(1);
        assertThat(unwritable.err()).startsWith("error: cannot write " + dir + ": ");
        Run none = run("export", SEED0);
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("error: export needs --duckdb FILE, --parquet DIR or both\n");
    }
}
