package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperdex.Paper;
import dev.paperdex.analysis.AbstractAnalyzer;
import dev.paperdex.json.PaperdexJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The whole output of the analysis, pinned: every abstract of the seeds, of the dev gold papers and
 * of the HF and arXiv samples is analysed, as written and in three variants that reach other
 * branches (lower-cased without a title, cut at a third of its length, on one line), and the JSON of
 * each {@code AbstractAnalysis} is compared with {@code analysis/snapshot.jsonl.gz}, recorded from
 * the code before the analysis was made faster. The analysed seed {@link Paper}s are compared whole.
 *
 * <p>A change that means to change the output records a new snapshot with {@code
 * -Dpaperdex.snapshot.write=<path of the .jsonl.gz>} and says why in its commit.
 */
final class AnalysisSnapshotTest {
    private static final String SNAPSHOT = "/analysis/snapshot.jsonl.gz";
    private static final List<String> SEED_FILES = List.of("000_ac4d8aa2034e5b5f.txt", "003_94c5f68b1bf7e18c.txt");
    private static final List<String> HF = List.of(
            "daily_papers-2024-07-22.json",
            "daily_papers-2025-03-05.json",
            "daily_papers-2025-10-15.json",
            "daily_papers-2026-04-02.json");
    private static final List<String> ARXIV = List.of("id_list-1601.00001.xml", "query-cat-cs-RO.xml");

    private final ObjectMapper mapper = PaperdexJson.mapper();

    @Test
    void analysesEveryKnownAbstractExactlyAsRecorded() throws IOException {
        List<String> actual = records();
        String write = System.getProperty("paperdex.snapshot.write");
        if (write != null) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(Path.of(write)));
                    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                for (String line : actual) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }
        List<String> expected = snapshot();
        assertThat(actual).as("records analysed").hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("record %d of the snapshot", i).isEqualTo(expected.get(i));
        }
        // the inputs are all there: 151 seeds, 150 dev papers, the samples, each in four variants
        // plus the analysed seed papers
        assertThat(expected.size()).isGreaterThan(4 * 301 + 151);
    }

    private List<String> records() throws IOException {
        List<String> out = new ArrayList<>();
        for (String file : SEED_FILES) {
            Path path = Path.of(System.getProperty("paperdex.seeds"), file);
            for (Paper p : Papers.read(
                            path, ParseOptions.defaults().withYear(2025).withAnalyze(false))
                    .papers()) {
                add(out, "seed " + file + " " + p.id().orElse(p.title()), Optional.of(p.title()), p.abstractText());
            }
            for (Paper p :
                    Papers.read(path, ParseOptions.defaults().withYear(2025)).papers()) {
                ObjectNode record = mapper.createObjectNode();
                record.put("key", "seed paper " + file + " " + p.id().orElse(p.title()));
                record.set("paper", mapper.valueToTree(p));
                out.add(mapper.writeValueAsString(record));
            }
        }
        try (InputStream in = AnalysisSnapshotTest.class.getResourceAsStream("/gold/dev-papers.jsonl");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode p = mapper.readTree(line);
                add(
                        out,
                        "dev " + p.get("id").asText(),
                        Optional.of(p.get("title").asText()),
                        p.get("abstract").asText());
            }
        }
        for (String file : HF) {
            for (Paper p : Samples.read(
                            HfApiReader::stream, Samples.text("samples/hf/" + file), file, Samples.noMetrics())
                    .papers()) {
                add(out, "hf " + file + " " + p.id().orElse(p.title()), Optional.of(p.title()), p.abstractText());
            }
        }
        for (String file : ARXIV) {
            for (Paper p : Samples.read(
                            ArxivAtomReader::stream, Samples.text("samples/arxiv/" + file), file, Samples.noMetrics())
                    .papers()) {
                add(out, "arxiv " + file + " " + p.id().orElse(p.title()), Optional.of(p.title()), p.abstractText());
            }
        }
        return out;
    }

    private void add(List<String> out, String key, Optional<String> title, String text) throws IOException {
        out.add(record(key, title, text));
        out.add(record(key + " lower", Optional.empty(), text.toLowerCase(Locale.ROOT)));
        out.add(record(key + " cut", title, text.substring(text.length() / 3)));
        out.add(record(key + " one line", title, text.replace('\n', ' ')));
    }

    private String record(String key, Optional<String> title, String text) throws IOException {
        ObjectNode record = mapper.createObjectNode();
        record.put("key", key);
        record.set("analysis", mapper.valueToTree(AbstractAnalyzer.analyze(title, text)));
        return mapper.writeValueAsString(record);
    }

    private static List<String> snapshot() throws IOException {
        InputStream raw = AnalysisSnapshotTest.class.getResourceAsStream(SNAPSHOT);
        assertThat(raw).as(SNAPSHOT + " on the test class path").isNotNull();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
