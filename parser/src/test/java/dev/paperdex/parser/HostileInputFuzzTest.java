package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paperdex.Paper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz targets for every reader, lenient and strict. Contract: a lenient read throws nothing and
 * every record it returns has its spans inside its abstract and matching it; a strict read throws
 * nothing but {@link PaperFormatException}, and throws exactly when the lenient read of the same
 * input reports a problem, else returns the same records. The listing's byte and text paths agree.
 * The corpus in {@code HostileInputFuzzTestInputs/<target>/} (seeds, samples, the reproducers of
 * issue 11) runs as ordinary tests; {@code JAZZER_FUZZ=1} fuzzes (see the README, "Fuzzing").
 */
final class HostileInputFuzzTest {
    private static final ParseOptions LENIENT = ParseOptions.defaults().withYear(2025);
    private static final ParseOptions STRICT = LENIENT.withStrict(true);

    @FuzzTest
    void listing(byte[] data) {
        ParseResult bytes = readListingBytes(data, LENIENT);
        assertRecordsConsistent(bytes);
        // the text path sees already-decoded characters, so it cannot report malformed bytes
        String text = new String(data, StandardCharsets.UTF_8);
        ParseResult chars = Samples.read(ListingParser::stream, text, "fuzz", LENIENT);
        assertThat(chars.papers()).isEqualTo(bytes.papers());
        assertStrictAgrees(bytes, () -> readListingBytes(data, STRICT));
    }

    @FuzzTest
    void hfJson(byte[] data) {
        readerContract(HfApiReader::stream, data);
    }

    @FuzzTest
    void atom(byte[] data) {
        readerContract(ArxivAtomReader::stream, data);
    }

    @FuzzTest
    void jsonLines(byte[] data) {
        readerContract(JsonLinesReader::stream, data);
    }

    /** Detection plus whichever reader it picks, over bytes as for a file. */
    @FuzzTest
    void papers(byte[] data) throws java.io.IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        try (var s = Papers.stream(new ByteArrayInputStream(data), "fuzz", LENIENT, diagnostics::add)) {
            s.forEachOrdered(papers::add);
        }
        ParseResult lenient = ParseResult.of(papers, diagnostics);
        assertRecordsConsistent(lenient);
        assertStrictAgrees(lenient, () -> {
            List<Paper> strict = new ArrayList<>();
            try (var s = Papers.stream(new ByteArrayInputStream(data), "fuzz", STRICT, d -> {})) {
                s.forEachOrdered(strict::add);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ParseResult.of(strict, List.of());
        });
    }

    private static void readerContract(Samples.StreamFunction reader, byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        ParseResult lenient = Samples.read(reader, text, "fuzz", LENIENT);
        assertRecordsConsistent(lenient);
        assertStrictAgrees(lenient, () -> Samples.read(reader, text, "fuzz", STRICT));
    }

    static ParseResult readListingBytes(byte[] data, ParseOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Paper> papers = new ArrayList<>();
        try (var s = ListingParser.stream(new ByteArrayInputStream(data), "fuzz", options, diagnostics::add)) {
            s.forEachOrdered(papers::add);
        }
        return ParseResult.of(papers, diagnostics);
    }

    static void assertRecordsConsistent(ParseResult result) {
        for (Paper p : result.papers()) {
            Optional<String> problem = AnalysisCheck.problem(p);
            assertThat(problem).as("spans of '%s'", p.title()).isEmpty();
        }
    }

    private static void assertStrictAgrees(ParseResult lenient, java.util.function.Supplier<ParseResult> strict) {
        ParseResult s;
        try {
            s = strict.get();
        } catch (PaperFormatException e) {
            assertThat(lenient.diagnostics())
                    .as("strict threw %s", e.getMessage())
                    .isNotEmpty();
            assertThat(e.diagnostic().code())
                    .isEqualTo(lenient.diagnostics().get(0).code());
            return;
        }
        assertThat(lenient.diagnostics()).isEmpty();
        assertThat(s.papers()).isEqualTo(lenient.papers());
    }
}
