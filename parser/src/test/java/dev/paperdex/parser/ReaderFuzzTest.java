package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutations of real samples: truncations, replaced, inserted, deleted and repeated pieces.
 * Lenient reading must throw nothing; strict reading nothing but {@link PaperFormatException}.
 */
final class ReaderFuzzTest {
    private static final String JSON = Samples.text("samples/hf/daily_papers-2025-03-05.json");
    private static final String XML = Samples.text("samples/arxiv/query-cat-cs-RO.xml");
    private static final String[] JSON_PIECES = {
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
        "\"upvotes\": \"many\"",
        "\"paper\": 1",
        "\"authors\": {}",
        "\u0000",
        "\uFEFF",
        "\n",
        "/*",
        "NaN"
    };
    private static final String[] XML_PIECES = {
        "<",
        ">",
        "</",
        "/>",
        "&",
        "&amp;",
        "&bomb;",
        "&#0;",
        "&#x10FFFF;",
        "<![CDATA[",
        "]]>",
        "<!--",
        "-->",
        "<?pi x?>",
        "<!DOCTYPE feed [<!ENTITY a \"b\">]>",
        "<entry>",
        "</entry>",
        "<summary>",
        "\"",
        "\u0000",
        "\uFEFF",
        "xmlns=\"\"",
        "<title>",
        "</title>"
    };

    static Stream<Integer> seeds() {
        return IntStream.range(0, 20).boxed();
    }

    private static List<String> mutations(String base, String[] pieces, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String s = base;
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && !s.isEmpty(); e++) {
                int at = random.nextInt(s.length());
                int len = Math.min(s.length() - at, 1 + random.nextInt(40));
                s = switch (random.nextInt(5)) {
                    case 0 -> s.substring(0, at);
                    case 1 -> s.substring(0, at) + pieces[random.nextInt(pieces.length)] + s.substring(at + len);
                    case 2 -> s.substring(0, at) + pieces[random.nextInt(pieces.length)] + s.substring(at);
                    case 3 -> s.substring(0, at) + s.substring(at + len);
                    default -> s.substring(0, at + len) + s.substring(at);
                };
            }
            out.add(s);
        }
        return out;
    }

    private static void check(Samples.StreamFunction reader, String text) {
        assertThatCode(() -> Samples.read(reader, text, "f", ParseOptions.defaults()))
                .as("lenient on %s", Diagnostic.printable(text))
                .doesNotThrowAnyException();
        assertThatCode(() -> Papers.read(new StringReader(text), "f", ParseOptions.defaults()))
                .as("detected lenient on %s", Diagnostic.printable(text))
                .doesNotThrowAnyException();
        Throwable strict = catchThrowable(
                () -> Samples.read(reader, text, "f", ParseOptions.defaults().withStrict(true)));
        if (strict != null) {
            assertThat(strict).as("strict on %s", Diagnostic.printable(text)).isInstanceOf(PaperFormatException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedJsonThrowsNothingButPaperFormatException(int seed) {
        for (String text : mutations(JSON, JSON_PIECES, seed)) {
            check(HfApiReader::stream, text);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedXmlThrowsNothingButPaperFormatException(int seed) {
        for (String text : mutations(XML, XML_PIECES, seed)) {
            check(ArxivAtomReader::stream, text);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyTruncationOfASmallRecordIsHandled(int seed) throws IOException {
        String one =
                "[{\"paper\": {\"id\": \"2401.00001\", \"title\": \"T\", \"summary\": \"S\", \"authors\": [{\"name\": \"A\"}],"
                        + " \"upvotes\": 3, \"publishedAt\": \"2024-01-01T00:00:00Z\"}, \"numComments\": 1}]";
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2401.00001v1</id>"
                + "<title>T</title><summary>S</summary><author><name>A</name></author>"
                + "<link title=\"pdf\" href=\"http://arxiv.org/pdf/2401.00001v1\"/></entry></feed>";
        for (int cut = seed; cut <= one.length(); cut += 20) {
            check(HfApiReader::stream, one.substring(0, cut));
        }
        for (int cut = seed; cut <= atom.length(); cut += 20) {
            check(ArxivAtomReader::stream, atom.substring(0, cut));
        }
    }
}
