package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.paperdex.Paper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reproducers of issue 11 ("Hostile input"), one test each, asserting the fixed behaviour. */
final class HostileInputTest {
    private static final ParseOptions LENIENT = ParseOptions.defaults().withYear(2025);

    private static ParseResult listing(String text) {
        return HostileInputFuzzTest.readListingBytes(text.getBytes(StandardCharsets.UTF_8), LENIENT);
    }

    @Test
    void aWhitespaceOnlyTitleIsABlankLineNotACrash() {
        for (char c : "\u001c\u001d\u001e\u001f\u1680\u2000\u2005\u200a\u2028\u2029\u205f\u3000".toCharArray()) {
            ParseResult r = listing(c + "\n\nTitle A\n\nSome abstract.\n\n" + c + c + "\n\nTitle B\n\nAbstract B.\n");
            assertThat(r.papers()).extracting(Paper::title).containsExactly("Title A", "Title B");
            assertThat(r.diagnostics()).isEmpty();
            PaperFormatException e = catchThrowableOfType(
                    PaperFormatException.class,
                    () -> HostileInputFuzzTest.readListingBytes(
                            (c + "\nSome abstract.\n").getBytes(StandardCharsets.UTF_8), LENIENT.withStrict(true)));
            assertThat(e.code()).isEqualTo(ProblemCode.MISSING_ABSTRACT);
        }
    }

    @Test
    void aStrayLineBetweenCardsIsReportedAndSkipped() {
        String abs = "This abstract has sentences. It reports results of a method on a benchmark, "
                + "and it is long enough to read as a paragraph rather than as a title line.";
        ParseResult r = listing(
                "Title A\n\n" + abs + " A.\n\nstray line\n\nTitle B\n\n" + abs + " B.\n\nTitle C\n\n" + abs + " C.\n");
        assertThat(r.papers())
                .extracting(Paper::title, Paper::abstractText)
                .containsExactly(
                        tuple("Title A", abs + " A."), tuple("Title B", abs + " B."), tuple("Title C", abs + " C."));
        // the issue's own shape, with one-sentence abstracts
        ParseResult shortOnes = listing(
                "Title A\n\nAbstract A.\n\nstray line\n\nTitle B\n\nAbstract B.\n\nTitle C\n\n" + "Abstract C.\n");
        assertThat(shortOnes.papers())
                .extracting(Paper::title, Paper::abstractText)
                .containsExactly(
                        tuple("Title A", "Abstract A."),
                        tuple("Title B", "Abstract B."),
                        tuple("Title C", "Abstract C."));
        assertThat(r.diagnostics())
                .extracting(
                        Diagnostic::code,
                        d -> d.position().line(),
                        d -> d.found().orElse(""))
                .containsExactly(tuple(ProblemCode.UNEXPECTED_LINE, 5, "stray line"));
    }

    @Test
    void aLineBeforeTheFirstCardOfAListingWithoutMetadataCostsNothing() throws IOException {
        byte[] seed = java.nio.file.Files.readAllBytes(ListingParserTest.SEEDS.resolve("003_94c5f68b1bf7e18c.txt"));
        String text = new String(seed, StandardCharsets.UTF_8);
        int first = text.indexOf("Community Research Earth");
        String damaged = text.substring(0, first) + "one inserted line\n\n" + text.substring(first);
        ParseOptions noAnalysis =
                ParseOptions.builder().year(2025).analyze(false).build();
        List<Paper> clean =
                HostileInputFuzzTest.readListingBytes(seed, noAnalysis).papers();
        ParseResult r = HostileInputFuzzTest.readListingBytes(damaged.getBytes(StandardCharsets.UTF_8), noAnalysis);
        assertThat(r.papers()).hasSize(92);
        assertThat(r.papers())
                .extracting(Paper::title)
                .isEqualTo(clean.stream().map(Paper::title).toList());
        assertThat(r.papers())
                .extracting(Paper::abstractText)
                .isEqualTo(clean.stream().map(Paper::abstractText).toList());
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.UNEXPECTED_LINE);
    }

    @Test
    void aFileWithoutListingCardsIsNotAListing() {
        ParseResult r = listing("# A heading\n\nSome prose: with a colon\n\n```java\nint x = 1;\n```\n\n- a bullet\n"
                + "- another\n\n| a | b |\n|---|---|\n");
        assertThat(r.papers()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.NOT_A_LISTING);
    }

    @Test
    void malformedUtf8IsReportedInEveryFormat() throws IOException {
        ParseResult r = HostileInputFuzzTest.readListingBytes(
                new byte[] {'T', 'i', 't', 'l', 'e', ' ', (byte) 0xFF, '\n', '\n', 'A', 'n', ' ', 'a', '.', '\n'},
                LENIENT);
        assertThat(r.papers()).extracting(Paper::title).containsExactly("Title \uFFFD");
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, d -> d.position().line())
                .containsExactly(tuple(ProblemCode.BAD_ENCODING, 1));
        byte[] json = "{\"title\": \"T\", \"abstract\": \"A \u00ff.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (var s = Papers.stream(new ByteArrayInputStream(json), "x.jsonl", LENIENT, diagnostics::add)) {
            assertThat(s.toList()).extracting(Paper::abstractText).containsExactly("A \uFFFD.");
        }
        assertThat(diagnostics)
                .extracting(
                        Diagnostic::code,
                        d -> d.position().line(),
                        d -> d.position().column())
                .containsExactly(tuple(ProblemCode.BAD_ENCODING, 1, 31));
    }

    @Test
    void jsonLinesOffsetsOutsideTheAbstractAreReportedAndTheRecordAnalysedAgain() {
        String lines =
                "{\"title\":\"A\",\"abstract\":\"We reach 91.2% on GSM8K.\",\"analyzed\":true,\"metrics\":[{\"text\":"
                        + "\"91.2%\",\"value\":91.2,\"unit\":\"%\",\"kind\":\"score\",\"start\":100,\"end\":105}]}\n"
                        + "{\"title\":\"B\",\"abstract\":\"Short.\",\"analyzed\":true,\"links\":[{\"url\":\"https://x.org\","
                        + "\"kind\":\"other\",\"start\":3,\"end\":99}]}\n"
                        + "{\"title\":\"C\",\"abstract\":\"Fine.\"}\n";
        ParseResult r = Samples.read(JsonLinesReader::stream, lines, "x.jsonl", LENIENT);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, d -> d.position().line())
                .containsExactly(tuple(ProblemCode.BAD_SPAN, 1), tuple(ProblemCode.BAD_SPAN, 2));
        assertThat(r.papers()).extracting(Paper::title).containsExactly("A", "B", "C");
        Paper a = r.papers().get(0);
        assertThat(a.metrics())
                .extracting(m -> m.span().textIn(a.abstractText()))
                .containsExactly("91.2%");
        assertThat(r.papers().get(1).links()).isEmpty();
        r.papers().forEach(p -> assertThat(AnalysisCheck.problem(p)).isEmpty());
        PaperFormatException e = catchThrowableOfType(
                PaperFormatException.class,
                () -> Samples.read(JsonLinesReader::stream, lines, "x.jsonl", LENIENT.withStrict(true)));
        assertThat(e.code()).isEqualTo(ProblemCode.BAD_SPAN);
    }

    @Test
    void detectsJsonLinesWhateverComesBeforeTheAbstractKey() throws IOException {
        StringBuilder authors = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            authors.append(i == 0 ? "" : ",")
                    .append("\"Author Number ")
                    .append(i)
                    .append('"');
        }
        String line = "{\"title\":\"Many authors\",\"authors\":[" + authors + "],\"authorCount\":4000,"
                + "\"abstract\":\"An abstract.\"}\n{\"title\":\"Two\",\"abstract\":\"Another.\"}\n";
        assertThat(line.indexOf("\"abstract\"")).isGreaterThan(1 << 16);
        ParseResult r = Papers.read(new java.io.StringReader(line), "big.jsonl", LENIENT);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).extracting(Paper::title).containsExactly("Many authors", "Two");
    }
}
