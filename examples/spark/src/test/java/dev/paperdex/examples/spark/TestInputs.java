package dev.paperdex.examples.spark;

import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.parser.Diagnostic;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The inputs of the Spark tests and their single-JVM reading. */
final class TestInputs {
    /** The year of the seeds' yearless dates, as in the README. */
    static final int YEAR = 2025;

    static final ParseOptions OPTIONS = ParseOptions.defaults().withYear(YEAR);

    /**
     * The sample files of every format, from the test resources, in the order the job gets them.
     * Samples of a new format go here (copied under {@code src/test/resources/samples/}).
     */
    static final List<String> SAMPLES = List.of(
            "samples/hf/daily_papers-2024-07-22.json",
            "samples/hf/daily_papers-2025-03-05.json",
            "samples/hf/daily_papers-2025-10-15.json",
            "samples/hf/daily_papers-2026-04-02.json",
            "samples/arxiv/id_list-1601.00001.xml",
            "samples/arxiv/query-cat-cs-RO.xml",
            "samples/arxiv-snapshot/arxiv-metadata-oai-snapshot.sample.json",
            "samples/openalex/works-api-page.json",
            "samples/openalex/works-part_000.gz");

    private TestInputs() {}

    /** The seed listings, from the project's {@code seeds/} folder. */
    static List<Path> seeds() throws IOException {
        Path dir = Path.of(System.getProperty("paperdex.seeds", "seeds"));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static List<Path> samples() {
        return SAMPLES.stream().map(TestInputs::resource).toList();
    }

    static Path resource(String name) {
        URL url = TestInputs.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record of {@code files} in order, read in this JVM. */
    static List<Paper> read(List<Path> files, List<Diagnostic> diagnostics) throws IOException {
        List<Paper> papers = new ArrayList<>();
        for (Path f : files) {
            try (Stream<Paper> s = Papers.stream(f, OPTIONS, diagnostics::add)) {
                s.forEach(papers::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return papers;
    }

    /**
     * Writes {@code papers} as paperdex JSON Lines with a malformed line after the first {@code
     * badAfter} records, so a reader reports it and reads on.
     */
    static void writeJsonLines(Path file, List<Paper> papers, int badAfter) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < papers.size(); i++) {
                if (i == badAfter) {
                    out.write("{\"title\": \"a line cut short\", \"abstract\": \n");
                }
                PaperdexJson.writeLine(out, papers.get(i));
            }
        }
    }
}
