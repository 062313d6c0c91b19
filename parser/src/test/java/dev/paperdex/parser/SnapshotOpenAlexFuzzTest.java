package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutations of the arXiv snapshot and OpenAlex samples, plain and gzipped: lenient reading
 * throws nothing, strict reading nothing but {@link PaperFormatException}.
 */
final class SnapshotOpenAlexFuzzTest {
    private static final String SNAPSHOT = String.join(
                    "\n",
                    Samples.text("samples/arxiv-snapshot/arxiv-metadata-oai-snapshot.sample.json")
                            .lines()
                            .limit(8)
                            .toList())
            + "\n";
    private static final String PAGE = Samples.text("samples/openalex/works-api-page.json");
    private static final String PART = part();
    private static final String[] PIECES = {
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\\",
        "\\u12",
        "null",
        "true",
        "-1",
        "1e999",
        "99999999999",
        "2147483648",
        "\"versions\": {}",
        "\"authors_parsed\": [[1]]",
        "\"abstract_inverted_index\": {\"a\": [99999999]}",
        "\"results\": 1",
        "\"authorships\": [null]",
        "\u0000",
        "\uFEFF",
        "\n",
        "NaN"
    };

    private static String part() {
        try (InputStream in = new GZIPInputStream(SnapshotOpenAlexFuzzTest.class
                .getClassLoader()
                .getResourceAsStream("samples/openalex/works-part_000.gz"))) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return String.join("\n", all.lines().limit(6).toList()) + "\n";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Integer> seeds() {
        return IntStream.range(0, 10).boxed();
    }

    private static List<String> mutations(String base, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String s = base;
            for (int e = 1 + random.nextInt(4); e > 0 && !s.isEmpty(); e--) {
                int at = random.nextInt(s.length());
                int len = Math.min(s.length() - at, 1 + random.nextInt(40));
                String piece = PIECES[random.nextInt(PIECES.length)];
                s = switch (random.nextInt(5)) {
                    case 0 -> s.substring(0, at);
                    case 1 -> s.substring(0, at) + piece + s.substring(at + len);
                    case 2 -> s.substring(0, at) + piece + s.substring(at);
                    case 3 -> s.substring(0, at) + s.substring(at + len);
                    default -> s.substring(0, at + len) + s.substring(at);
                };
            }
            out.add(s);
        }
        return out;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static void check(Samples.StreamFunction reader, String text, long seed) throws IOException {
        // without the analysis of abstracts, which the analysis's own robustness tests cover
        ParseOptions options = Samples.noMetrics();
        assertThatCode(() -> Samples.read(reader, text, "f", options))
                .as("lenient on %s", Diagnostic.printable(text))
                .doesNotThrowAnyException();
        ParseOptions detected = seed % 4 == 0 ? ParseOptions.defaults().withThreads(2) : options;
        assertThatCode(() -> Papers.read(new StringReader(text), "f", detected))
                .as("detected on %s", Diagnostic.printable(text))
                .doesNotThrowAnyException();
        byte[] gz = gzip(text);
        byte[] cut = java.util.Arrays.copyOf(gz, (int) (gz.length * (0.3 + (seed % 7) / 10.0)));
        assertThatCode(() -> Papers.read(new ByteArrayInputStream(cut), "f.gz", options))
                .as("cut gzip of %s", Diagnostic.printable(text))
                .doesNotThrowAnyException();
        Throwable strict = catchThrowable(() -> Samples.read(reader, text, "f", options.withStrict(true)));
        if (strict != null) {
            assertThat(strict).as("strict on %s", Diagnostic.printable(text)).isInstanceOf(PaperFormatException.class);
        }
        Throwable strictGz =
                catchThrowable(() -> Papers.read(new ByteArrayInputStream(cut), "f.gz", detected.withStrict(true)));
        if (strictGz != null) {
            assertThat(strictGz).as("strict cut gzip").isInstanceOf(PaperFormatException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedSnapshotLinesThrowNothingButPaperFormatException(int seed) throws IOException {
        for (String text : mutations(SNAPSHOT, seed)) {
            check((in, n, o, d) -> ArxivSnapshotReader.stream(new BufferedReader(in), n, o, d), text, seed);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedOpenAlexThrowsNothingButPaperFormatException(int seed) throws IOException {
        for (String text : mutations(PART, seed)) {
            check((in, n, o, d) -> OpenAlexReader.stream(new BufferedReader(in), false, n, o, d), text, seed);
        }
        for (String text : mutations(PAGE, seed + 100)) {
            check((in, n, o, d) -> OpenAlexReader.stream(new BufferedReader(in), true, n, o, d), text, seed);
        }
    }
}
