package dev.paperdex.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.benchmark.Benchmarks;
import dev.paperdex.group.Aggregates;
import dev.paperdex.group.GroupKey;
import dev.paperdex.group.GroupRow;
import dev.paperdex.group.Leaderboard;
import dev.paperdex.group.LeaderboardRow;
import dev.paperdex.parser.Diagnostic;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in {@code local[2]} on a paperdex JSON Lines file cut into splits, the seeds and the
 * samples, reads the Parquet tables back and compares them with the single-JVM path on the same
 * files in the same order.
 */
final class PaperdexSparkJobTest {
    /** Small enough that the JSON Lines file is cut into several splits. */
    private static final long SPLIT_BYTES = 16 << 10;

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static List<Path> inputs;
    private static List<Diagnostic> expectedDiagnostics;
    private static PaperSet expected;
    private static String out;
    private static Paper firstKept;
    private static Paper titleOnly;
    private static Paper otherId;

    @BeforeAll
    static void runJob() throws IOException {
        // the JSON Lines file comes first: its records are kept, their copies in the sample after it dropped
        Path jsonl = dir.resolve("papers.jsonl");
        List<Paper> lines = new ArrayList<>(TestInputs.read(
                List.of(TestInputs.resource("samples/hf/daily_papers-2025-10-15.json")), new ArrayList<>()));
        lines.addAll(duplicates(lines.get(0)));
        TestInputs.writeJsonLines(jsonl, lines, lines.size() - 3);
        inputs = new ArrayList<>();
        inputs.add(jsonl);
        inputs.addAll(TestInputs.seeds());
        inputs.addAll(TestInputs.samples());
        expectedDiagnostics = new ArrayList<>();
        expected = PaperSet.of(TestInputs.read(inputs, expectedDiagnostics));

        spark = SparkSession.builder()
                .master("local[2]")
                .appName("paperdex-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        out = dir.resolve("out").toString();
        PaperdexSparkJob.run(
                spark, inputs.stream().map(Path::toString).toList(), out, TestInputs.YEAR, false, SPLIT_BYTES);
    }

    /**
     * Records that the rules of distinct papers decide: a seed paper without its id (the same
     * id-less title later in the seeds is dropped), a Hugging Face paper without its id (the record
     * with the id later in the samples is dropped), a sample paper under another id (both kept), and
     * {@code kept} again without its id (dropped: the record with the id came first).
     */
    private static List<Paper> duplicates(Paper kept) throws IOException {
        Paper seed = TestInputs.read(TestInputs.seeds().subList(0, 1), new ArrayList<>())
                .get(0);
        Paper hf = TestInputs.read(
                        List.of(TestInputs.resource("samples/hf/daily_papers-2025-03-05.json")), new ArrayList<>())
                .get(0);
        Paper other = TestInputs.read(
                        List.of(TestInputs.resource("samples/hf/daily_papers-2024-07-22.json")), new ArrayList<>())
                .get(0);
        firstKept = kept;
        titleOnly = hf;
        otherId = other;
        return List.of(
                Paper.builder().from(seed).id(java.util.Optional.empty()).build(),
                Paper.builder().from(hf).id(java.util.Optional.empty()).build(),
                Paper.builder().from(other).id("2999.00001").build(),
                Paper.builder().from(kept).id(java.util.Optional.empty()).build());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static List<Row> table(String name, String orderBy) {
        return spark.read()
                .parquet(out + "/" + name)
                .orderBy(java.util.Arrays.stream(orderBy.split(","))
                        .map(org.apache.spark.sql.functions::col)
                        .toArray(org.apache.spark.sql.Column[]::new))
                .collectAsList();
    }

    @Test
    void cutsLineRecordFilesIntoSplitsAndReadsEveryOtherFileWhole() throws IOException {
        var conf = spark.sparkContext().hadoopConfiguration();
        List<InputSplit> splits = SplitPlanner.plan(
                conf,
                SplitPlanner.files(conf, inputs.stream().map(Path::toString).toList()),
                SPLIT_BYTES,
                TestInputs.OPTIONS);
        long size = Files.size(inputs.get(0));
        assertThat(splits.stream().filter(s -> s.fileIndex() == 0).count())
                .isEqualTo((size + SPLIT_BYTES - 1) / SPLIT_BYTES)
                .isGreaterThan(3);
        // the arXiv snapshot is one record per line too, so it is cut like the JSON Lines file
        int snapshot = inputs.indexOf(inputs.stream()
                .filter(p -> p.getFileName().toString().startsWith("arxiv-metadata-oai-snapshot"))
                .findFirst()
                .orElseThrow());
        long snapshotSize = Files.size(inputs.get(snapshot));
        assertThat(splits.stream().filter(s -> s.fileIndex() == snapshot))
                .hasSize((int) ((snapshotSize + SPLIT_BYTES - 1) / SPLIT_BYTES))
                .noneMatch(InputSplit::whole);
        // listings, API pages, Atom feeds and gzip parts are read whole
        assertThat(splits.stream().filter(s -> s.fileIndex() > 0 && s.fileIndex() != snapshot))
                .hasSize(inputs.size() - 2)
                .allMatch(InputSplit::whole);
    }

    @Test
    void writesTheDistinctPapersOfTheSingleJvmPathInItsOrder() {
        List<Row> rows = table("papers", "file_index,split_index,record_index");
        assertThat(rows).hasSize(expected.size()).hasSizeGreaterThan(100);
        List<String> keys = rows.stream().map(r -> r.<String>getAs("paper_key")).toList();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys)
                .containsExactlyElementsOf(expected.stream().map(Rows::paperKey).toList());
        // the whole paper, analysis included, comes back from its JSON column
        List<Paper> back =
                rows.stream().map(r -> Rows.paperOfJson(r.getAs("json"))).toList();
        assertThat(back).containsExactlyElementsOf(expected.toList());
        Row first = rows.get(0);
        Paper p = expected.toList().get(0);
        assertThat(first.<String>getAs("title")).isEqualTo(p.title());
        assertThat(first.<String>getAs("abstract")).isEqualTo(p.abstractText());
        assertThat(first.<String>getAs("id")).isEqualTo(p.id().orElse(null));
        assertThat(first.getList(first.fieldIndex("authors"))).containsExactlyElementsOf(p.authors());
        assertThat(first.getAs("date").toString())
                .isEqualTo(p.date().orElseThrow().toString());
    }

    @Test
    void keepsTheFirstRecordOfEachPaper() {
        List<String> keys = table("papers", "paper_key").stream()
                .map(r -> r.<String>getAs("paper_key"))
                .toList();
        // an id-less record first: the later record with the id and the same title is dropped
        assertThat(keys)
                .contains("title:" + titleOnly.normalizedTitle())
                .doesNotContain(titleOnly.id().orElseThrow());
        // the record with the id first: the later id-less one is dropped
        assertThat(keys).contains(firstKept.id().orElseThrow()).doesNotContain("title:" + firstKept.normalizedTitle());
        // two ids, one title: two papers
        assertThat(keys).contains("2999.00001", otherId.id().orElseThrow());
    }

    @Test
    void writesEveryMetricOfEveryDistinctPaper() {
        List<List<Object>> expectedRows = new ArrayList<>();
        Benchmarks b = Benchmarks.standard();
        for (Paper p : expected) {
            for (int i = 0; i < p.metrics().size(); i++) {
                ReportedMetric m = p.metrics().get(i);
                expectedRows.add(List.of(
                        Rows.paperKey(p),
                        i,
                        m.text(),
                        m.value(),
                        m.unit(),
                        m.kind().jsonName(),
                        m.benchmark().orElse("-"),
                        m.benchmark().map(b::key).orElse("-"),
                        m.start(),
                        m.end()));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : table("metrics", "paper_key,metric_index")) {
            rows.add(List.of(
                    r.getAs("paper_key"),
                    r.getAs("metric_index"),
                    r.getAs("text"),
                    r.getAs("value"),
                    r.getAs("unit"),
                    r.getAs("kind"),
                    r.getAs("benchmark") == null ? "-" : r.getAs("benchmark"),
                    r.getAs("benchmark_key") == null ? "-" : r.getAs("benchmark_key"),
                    r.getAs("start"),
                    r.getAs("end")));
        }
        assertThat(expectedRows).hasSizeGreaterThan(100);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expectedRows);
    }

    @Test
    void writesEveryClaimWithItsTypesAndMetricIndexes() {
        List<List<Object>> expectedRows = new ArrayList<>();
        for (Paper p : expected) {
            for (int i = 0; i < p.claims().size(); i++) {
                Claim c = p.claims().get(i);
                expectedRows.add(List.of(
                        Rows.paperKey(p),
                        i,
                        c.sentence(),
                        c.start(),
                        c.types().stream().map(ClaimType::jsonName).toList(),
                        c.metricIndexes(),
                        c.cues()));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : table("claims", "paper_key,claim_index")) {
            rows.add(List.of(
                    r.getAs("paper_key"),
                    r.getAs("claim_index"),
                    r.getAs("sentence"),
                    r.getAs("start"),
                    r.getList(r.fieldIndex("types")),
                    r.getList(r.fieldIndex("metric_indexes")),
                    r.getList(r.fieldIndex("cues"))));
        }
        assertThat(expectedRows).hasSizeGreaterThan(100);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expectedRows);
    }

    @Test
    void ranksTheLeaderboardRowsOfCoreInItsOrder() {
        List<String> want =
                Leaderboard.of(expected).rows().stream().map(Boards::json).toList();
        List<Row> rows = table("leaderboard", "position");
        assertThat(want).hasSizeGreaterThan(20);
        assertThat(rows.stream().map(r -> r.<String>getAs("row_json")).toList()).containsExactlyElementsOf(want);
        LeaderboardRow top = Leaderboard.of(expected).rows().get(0);
        Row first = rows.get(0);
        assertThat(first.<Integer>getAs("paper_count")).isEqualTo(top.paperCount());
        assertThat(first.<String>getAs("name")).isEqualTo(top.name());
        assertThat(first.getList(first.fieldIndex("entries")))
                .hasSize(top.entries().size());
    }

    @Test
    void countsPapersPerMonthAsCoreGroupsThem() {
        Map<String, Long> want = new LinkedHashMap<>();
        for (GroupRow r :
                expected.groupBy(GroupKey.MONTH).aggregate(Aggregates.count()).rows()) {
            want.put(r.key().map(Object::toString).orElse(null), r.count());
        }
        Map<String, Long> got = new LinkedHashMap<>();
        for (Row r : table("papers_per_month", "month")) {
            got.put(r.getAs("month"), r.getAs("papers"));
        }
        assertThat(want).hasSizeGreaterThan(3);
        assertThat(got).containsExactlyInAnyOrderEntriesOf(want);
    }

    @Test
    void reportsEachProblemAtItsLineInTheWholeFile() {
        List<String> want =
                expectedDiagnostics.stream().map(Diagnostic::toString).toList();
        List<String> got = new ArrayList<>();
        for (Row r : table("diagnostics", "file_index,split_index,record_index")) {
            got.add(r.getAs("source_name") + ":" + r.getAs("line") + ":" + r.getAs("column") + ": " + r.getAs("code")
                    + ": " + r.getAs("message"));
        }
        assertThat(want).anyMatch(d -> d.startsWith("papers.jsonl:"));
        assertThat(got).containsExactlyElementsOf(want);
    }
}
