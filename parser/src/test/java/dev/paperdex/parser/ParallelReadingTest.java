package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperdex.Paper;
import dev.paperdex.analysis.ParallelAnalysis;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several analysing threads give what one gives: the same papers in the same order, the same diagnostics. */
final class ParallelReadingTest {
    @TempDir
    Path dir;

    static final List<String> SAMPLES = List.of(
            "samples/hf/daily_papers-2024-07-22.json",
            "samples/hf/daily_papers-2025-03-05.json",
            "samples/hf/daily_papers-2025-10-15.json",
            "samples/hf/daily_papers-2026-04-02.json",
            "samples/arxiv/query-cat-cs-RO.xml",
            "samples/arxiv/id_list-1601.00001.xml",
            "samples/arxiv-snapshot/arxiv-metadata-oai-snapshot.sample.json",
            "samples/openalex/works-api-page.json");

    static List<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("paperdex.seeds", "seeds")))) {
            return files.sorted().toList();
        }
    }

    /** Every seed and sample as files, and paperdex JSON Lines of them without their analysis. */
    private List<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>(seeds());
        for (String s : SAMPLES) {
            inputs.add(Files.writeString(dir.resolve(Samples.name(s)), Samples.text(s)));
        }
        inputs.add(Path.of(getClass()
                .getClassLoader()
                .getResource("samples/openalex/works-part_000.gz")
                .getPath()));
        List<Paper> bare = new ArrayList<>();
        for (Path seed : seeds()) {
            bare.addAll(Papers.read(seed, ParseOptions.defaults().withYear(2025).withAnalyze(false))
                    .papers());
        }
        StringWriter lines = new StringWriter();
        PaperdexJson.writeLines(lines, bare);
        inputs.add(Files.writeString(dir.resolve("bare.jsonl"), lines.toString()));
        return inputs;
    }

    @Test
    void readsEverySeedAndSampleAsOneThreadDoes() throws IOException {
        int papers = 0;
        for (Path input : inputs()) {
            ParseOptions one = ParseOptions.defaults().withYear(2025);
            ParseResult sequential = Papers.read(input, one);
            ParseResult parallel = Papers.read(input, one.withThreads(3));
            ParseResult byReader = Papers.read(
                    new StringReader(input.toString().endsWith(".gz") ? "" : Files.readString(input)),
                    input.getFileName().toString(),
                    one.withThreads(2));

            assertThat(parallel).as(input.toString()).isEqualTo(sequential);
            if (!input.toString().endsWith(".gz")) {
                assertThat(byReader).as(input.toString()).isEqualTo(sequential);
            }
            assertThat(sequential.papers()).as(input.toString()).allMatch(Paper::analyzed);
            papers += sequential.papers().size();
        }
        assertThat(papers).isGreaterThan(500);
    }

    @Test
    void reportsTheSameDiagnosticsInTheSameOrder() throws IOException {
        String lines =
                "{\"id\":\"2401.00001\",\"submitter\":\"S\",\"title\":\"T\",\"abstract\":\"We gain 5% on GSM8K.\"}\n"
                        + "{\"id\":\"2401.00002\",\"title\":\"U\"}\n"
                        + "{\"id\":\"2401.00003\",\"title\":\"V\",\"abstract\":\"W\",\"versions\":[{\"created\":\"x\"}]}\n"
                        + "{\"id\":\"2401.00004\",\"title\":\n"
                        + "{\"id\":\"2401.00005\",\"title\":\"X\",\"abstract\":\"Y\",\"submitter\":\"Z\"}\n";

        ParseResult one = Papers.read(new StringReader(lines), "s.json", ParseOptions.defaults());
        ParseResult four = Papers.read(
                new StringReader(lines), "s.json", ParseOptions.defaults().withThreads(4));

        assertThat(one.diagnostics()).hasSize(3);
        assertThat(one.papers()).extracting(Paper::title).containsExactly("T", "V", "X");
        assertThat(four).isEqualTo(one);
    }

    @Test
    void strictModeDeliversTheRecordsBeforeTheProblemThenThrowsIt() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            lines.append("{\"id\":\"2401.0")
                    .append(1000 + i)
                    .append("\",\"title\":\"T")
                    .append(i)
                    .append("\",\"abstract\":\"A\",\"update_date\":\"2024-01-01\"}\n");
        }
        lines.append("{\"id\":\"2401.09999\",\"title\":\"bad\"}\n");
        List<String> seen = new ArrayList<>();
        ParseOptions strict = ParseOptions.defaults().withStrict(true).withThreads(2);

        assertThatThrownBy(() -> {
                    try (Stream<Paper> s = Papers.stream(new StringReader(lines.toString()), "s", strict, d -> {})) {
                        s.forEach(p -> seen.add(p.title()));
                    }
                })
                .isInstanceOfSatisfying(PaperFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.MISSING_FIELD);
                    assertThat(e.position().line()).isEqualTo(101);
                });
        assertThat(seen).hasSize(100).startsWith("T0", "T1").endsWith("T99");
    }

    @Test
    void buildsTheSamePaperSetOnSeveralThreads() throws IOException {
        List<Paper> bare = new ArrayList<>();
        for (Path input : inputs()) {
            bare.addAll(
                    Papers.read(input, ParseOptions.defaults().withYear(2025).withAnalyze(false))
                            .papers());
        }
        bare.addAll(bare.subList(0, 50)); // duplicates are dropped the same way

        PaperSet one = PaperSet.of(bare);
        PaperSet two = PaperSet.of(bare, 2);
        PaperSet analysed;
        try (Stream<Paper> s = ParallelAnalysis.analyze(bare.stream(), 2)) {
            analysed = PaperSet.of(s, 1);
        }
        PaperSet analysedOne = PaperSet.of(bare.stream().map(Paper::withAnalysis), 1);

        assertThat(one.size()).isGreaterThan(300).isLessThan(bare.size());
        assertThat(two.toList()).isEqualTo(one.toList());
        assertThat(two.toList().stream().map(two::claims).collect(Collectors.toList()))
                .isEqualTo(one.toList().stream().map(one::claims).collect(Collectors.toList()))
                .anyMatch(c -> !c.isEmpty());
        assertThat(analysed.toList()).isEqualTo(analysedOne.toList());
        assertThat(analysed.toList()).allMatch(Paper::analyzed);
    }
}
