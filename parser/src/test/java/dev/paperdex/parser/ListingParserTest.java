package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class ListingParserTest {
    static final Path SEEDS = Path.of(System.getProperty("paperdex.seeds", "seeds"));
    static final ParseOptions Y2025 = ParseOptions.defaults().withYear(2025);
    static final ParseOptions NO_METRICS = Y2025.withAnalyze(false);

    static ParseResult seed(String name) throws IOException {
        return Papers.read(SEEDS.resolve(name), Y2025);
    }

    /**
     * Parses {@code text} both ways a listing is read, from characters and from a file's UTF-8 bytes,
     * checks that the two agree record for record and diagnostic for diagnostic, and returns it.
     */
    static ParseResult parse(String text) throws IOException {
        return parse(text, NO_METRICS);
    }

    static ParseResult parse(String text, ParseOptions options) throws IOException {
        ParseResult fromChars = Papers.read(new StringReader(text), "t.txt", options);
        Path dir = Files.createTempDirectory("listing");
        Path file = dir.resolve("t.txt");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            ParseResult fromBytes = Papers.read(file, options);
            assertThat(fromBytes)
                    .as("bytes and characters agree on %s", Diagnostic.printable(text))
                    .isEqualTo(fromChars);
        } catch (PaperFormatException e) {
            assertThatThrownBy(() -> Papers.read(new StringReader(text), "t.txt", options))
                    .isInstanceOfSatisfying(
                            PaperFormatException.class,
                            c -> assertThat(c.diagnostic()).isEqualTo(e.diagnostic()));
            throw e;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
        return fromChars;
    }

    static Paper only(ParseResult r) {
        assertThat(r.papers()).hasSize(1);
        return r.papers().get(0);
    }

    private static final String HEADER = "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\n"
            + "Daily Papers\n\nbyAK and the research community\n\nDec 9\n\n";

    @Test
    void readsEveryCardOfTheListingWithMetadata() throws IOException {
        ParseResult r = seed("000_ac4d8aa2034e5b5f.txt");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).hasSize(59);
        assertThat(r.papers().stream().filter(p -> p.authorCount().isPresent())).hasSize(52);
        assertThat(r.papers().stream().flatMap(p -> p.team().stream())).containsExactly("HIT-TMG Lychee Team");
        assertThat(r.papers().stream()
                        .filter(p -> p.authorCount().isEmpty() && p.team().isEmpty()))
                .hasSize(6);
    }

    @Test
    void readsTheListingWithoutMetadata() throws IOException {
        ParseResult r = seed("003_94c5f68b1bf7e18c.txt");
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).hasSize(92);
        assertThat(r.papers()).allSatisfy(p -> {
            assertThat(p.authorCount()).isEmpty();
            assertThat(p.team()).isEmpty();
            assertThat(p.date()).isEmpty();
            assertThat(p.commentCount()).isEmpty();
        });
        assertThat(r.papers().get(0).title()).isEqualTo("Community Research Earth Digital Intelligence Twin (CREDIT)");
    }

    @Test
    void findsThePapersBothSeedsShare() throws IOException {
        Set<String> a = seed("000_ac4d8aa2034e5b5f.txt").papers().stream()
                .map(Paper::normalizedTitle)
                .collect(Collectors.toSet());
        Set<String> b = seed("003_94c5f68b1bf7e18c.txt").papers().stream()
                .map(Paper::normalizedTitle)
                .collect(Collectors.toSet());
        a.retainAll(b);
        assertThat(a).hasSize(3);
    }

    @Test
    void readsMintCotCardWholly() throws IOException {
        Paper p = seed("000_ac4d8aa2034e5b5f.txt").papers().get(0);
        assertThat(p.title())
                .isEqualTo("MINT-CoT: Enabling Interleaved Visual Tokens in Mathematical Chain-of-Thought Reasoning");
        assertThat(p.authorCount()).hasValue(7);
        assertThat(p.team()).isEmpty();
        assertThat(p.date()).contains(LocalDate.of(2025, 6, 5));
        assertThat(p.dateText()).contains("Jun 5");
        assertThat(p.commentCount()).hasValue(1);
        assertThat(p.source()).contains(Source.of("000_ac4d8aa2034e5b5f.txt", 13, SourceKind.LISTING));
        assertThat(p.abstractText())
                .startsWith("Chain-of-Thought (CoT) has widely enhanced")
                .endsWith("https://github.com/xinyan-cxy/MINT-CoT");
        int at = p.abstractText().indexOf("https://github.com/xinyan-cxy/MINT-CoT");
        assertThat(p.links())
                .containsExactly(Link.of("https://github.com/xinyan-cxy/MINT-CoT", LinkKind.CODE, at, at + 38));
    }

    @Test
    void readsWrittenYearsAndTheLastCard() throws IOException {
        List<Paper> papers = seed("000_ac4d8aa2034e5b5f.txt").papers();
        Paper third = papers.get(2);
        assertThat(third.dateText()).contains("Aug 8, 2023");
        assertThat(third.date()).contains(LocalDate.of(2023, 8, 8));
        assertThat(third.commentCount()).isEmpty();
        Paper last = papers.get(58);
        assertThat(last.title()).startsWith("SHERL:");
        assertThat(last.authorCount()).hasValue(7);
        assertThat(last.date()).contains(LocalDate.of(2024, 7, 10));
        assertThat(last.commentCount()).hasValue(2);
    }

    @Test
    void cleansLatexWrappedAndSpacedLinks() throws IOException {
        List<String> urls = seed("000_ac4d8aa2034e5b5f.txt").papers().stream()
                .flatMap(p -> p.links().stream())
                .map(Link::url)
                .toList();
        assertThat(urls)
                .contains(
                        "https://github.com/DAMO-NLP-SG/multimodal_textbook",
                        "https://github.com/Osilly/Interleaving-Reasoning-Generation");
        assertThat(urls)
                .allSatisfy(u ->
                        assertThat(u).doesNotContain("\\url", "{", "}", " ").doesNotEndWith("."));
    }

    @Test
    void startsAgainAtARepeatedHeader() throws IOException {
        String text = HEADER + "A\n\nAbstract a.\n\n  • 2 authors\n·\nJun 5\n\n" + HEADER.replace("Dec 9", "Mar 3")
                + "B\n\nAbstract b.\n\n  • 3 authors\n·\nJun 5 4\n";
        ParseResult r = parse(text);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).extracting(Paper::title).containsExactly("A", "B");
        // the second page copy is dated Mar 3: a yearless Jun 5 there is the year before
        assertThat(r.papers().get(0).date()).contains(LocalDate.of(2025, 6, 5));
        assertThat(r.papers().get(1).date()).contains(LocalDate.of(2024, 6, 5));
        assertThat(r.papers().get(1).commentCount()).hasValue(4);
        assertThat(r.papers().get(1).source().orElseThrow().line()).isEqualTo(33);
    }

    @Test
    void reportsATitleWithoutAbstractAtTheTail() throws IOException {
        ParseResult r = parse(HEADER + "A\n\nAbstract a.\n\nB cut here\n");
        assertThat(r.papers()).extracting(Paper::title).containsExactly("A");
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(ProblemCode.MISSING_ABSTRACT);
            assertThat(d.position()).isEqualTo(SourcePosition.of(17, 1, 128));
            assertThat(d.message())
                    .isEqualTo("expected an abstract after the title 'B cut here', found the end of input");
        });
    }

    @Test
    void keepsACardWhoseMetadataIsCutBeforeItsDate() throws IOException {
        ParseResult r = parse(HEADER + "A\n\nAbstract a.\n\n  • 7 authors\n·\n");
        Paper p = only(r);
        assertThat(p.authorCount()).hasValue(7);
        assertThat(p.date()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(ProblemCode.TRUNCATED_METADATA);
            assertThat(d.position().line()).isEqualTo(18);
            assertThat(d.message()).isEqualTo("expected a date after '·' at line 18, found the end of input");
        });
        ParseResult r2 = parse(HEADER + "A\n\nAbstract a.\n\n  • 7 authors\n");
        assertThat(only(r2).authorCount()).hasValue(7);
        assertThat(r2.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(ProblemCode.TRUNCATED_METADATA);
            assertThat(d.position()).isEqualTo(SourcePosition.of(17, 3, 130));
        });
    }

    @Test
    void readsCrlfCrBomTabsAndNoBreakSpaces() throws IOException {
        String lf = HEADER
                + "A  title\t here \n\n Abstract\u00A0one. \n\n  • 7 authors\n·\nJun 5 1\n\nB\n\nAbstract two.\n";
        ParseResult base = parse(lf);
        assertThat(base.diagnostics()).isEmpty();
        assertThat(base.papers()).hasSize(2);
        assertThat(base.papers().get(0).title()).isEqualTo("A title here");
        assertThat(base.papers().get(0).abstractText()).isEqualTo("Abstract one.");
        for (String variant : List.of(lf.replace("\n", "\r\n"), lf.replace("\n", "\r"), "\uFEFF" + lf)) {
            ParseResult r = parse(variant);
            assertThat(r.diagnostics()).isEmpty();
            assertThat(r.papers())
                    .usingRecursiveFieldByFieldElementComparatorIgnoringFields("source")
                    .isEqualTo(base.papers());
            assertThat(r.papers())
                    .extracting(p -> p.source().orElseThrow().line())
                    .containsExactly(13, 21);
        }
    }

    @Test
    void joinsAnAbstractSplitOverLinesAndSkipsRunsOfBlankLines() throws IOException {
        ParseResult r = parse("\n\n\nT\n\n\n\nFirst half\nsecond half.\n\n\n\n  • 1 author\n\n·\n\nOct 14\n\n\n");
        Paper p = only(r);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(p.abstractText()).isEqualTo("First half second half.");
        assertThat(p.authorCount()).hasValue(1);
        assertThat(p.date()).contains(LocalDate.of(2025, 10, 14));
    }

    @Test
    void reportsAnImpossibleDateAndKeepsTheCard() throws IOException {
        ParseResult r = parse("T\n\nA.\n\n  • 3 authors\n·\nJul 32, 2024\n");
        Paper p = only(r);
        assertThat(p.authorCount()).hasValue(3);
        assertThat(p.date()).isEmpty();
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(ProblemCode.BAD_DATE);
            assertThat(d.position()).isEqualTo(SourcePosition.of(7, 1, 23));
            assertThat(d.message()).isEqualTo("expected a date after '·' at line 7, column 1, found 'Jul 32, 2024'");
            assertThat(d.found()).contains("Jul 32, 2024");
        });
    }

    @Test
    void strictModeThrowsAtTheFirstProblem() {
        assertThatThrownBy(() -> parse("T\n\nA.\n\n  • 0 authors\n·\nJul 3, 2024\n", NO_METRICS.withStrict(true)))
                .isInstanceOfSatisfying(PaperFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.BAD_AUTHOR_COUNT);
                    assertThat(e.position()).isEqualTo(SourcePosition.of(5, 3, 9));
                    assertThat(e.getMessage())
                            .isEqualTo(
                                    "t.txt:5:3: BAD_AUTHOR_COUNT: expected a positive author count after '•', found '0'");
                });
    }

    @Test
    void readsTeamNameInPlaceOfAuthorCount() throws IOException {
        Paper p = only(parse("T\n\nA.\n\nHIT-TMG Lychee Team\n·\nOct 15 3\n"));
        assertThat(p.team()).contains("HIT-TMG Lychee Team");
        assertThat(p.authorCount()).isEmpty();
        assertThat(p.commentCount()).hasValue(3);
        assertThat(p.date()).contains(LocalDate.of(2025, 10, 15));
    }

    @Test
    void reportsTextGluedToTheDateLine() throws IOException {
        ParseResult r = parse("T\n\nA.\n\n  • 3 authors\n·\nJul 10, 2024 2ower-law tail\n");
        Paper p = only(r);
        assertThat(p.date()).contains(LocalDate.of(2024, 7, 10));
        assertThat(p.commentCount()).hasValue(2);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(ProblemCode.UNEXPECTED_LINE);
            assertThat(d.position()).isEqualTo(SourcePosition.of(7, 15, 37));
        });
    }

    @Test
    void yearlessDateAfterTheListingDayBelongsToTheYearBefore() throws IOException {
        ParseResult r = parse(HEADER.replace("Dec 9", "Mar 11") + "T\n\nA.\n\n  • 3 authors\n·\nDec 24\n");
        assertThat(only(r).date()).contains(LocalDate.of(2024, 12, 24));
        assertThat(only(r).dateText()).contains("Dec 24");
    }

    @Test
    void emptyInputHasNoRecords() throws IOException {
        assertThat(parse("").papers()).isEmpty();
        assertThat(parse("\n\n \n").diagnostics()).isEmpty();
        assertThat(parse(HEADER).papers()).isEmpty();
    }

    @Test
    void streamsOneRecordAtATime() throws IOException {
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i < 1000; i++) {
            big.append("Title ").append(i).append("\n\nAbstract ").append(i).append(".\n\n  • 2 authors\n·\nJun 5\n\n");
        }
        try (var s = ListingParser.stream(new StringReader(big.toString()), "big", NO_METRICS, d -> {})) {
            assertThat(s.map(Paper::title).skip(999).findFirst()).isEqualTo(Optional.of("Title 999"));
        }
    }

    @Test
    void neverThrowsAnythingButItsExceptionOnMangledInput() throws IOException {
        String text = HEADER + "A\n\nAbstract a.\n\n  • 7 authors\n·\nJun 5 1\n\nB\n\nAbs.\n\nTeam X\n·\nAug 8, 2023\n";
        java.util.Random random = new java.util.Random(42);
        char[] alphabet = "\n\r \t·•,0123456789Jun5authors{}\\\uFEFF\u00A0x".toCharArray();
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder(text);
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, alphabet[random.nextInt(alphabet.length)]);
                    default -> s.setLength(at);
                }
                if (s.length() == 0) {
                    break;
                }
            }
            String mangled = s.toString();
            ParseResult r =
                    i % 10 == 0 ? parse(mangled, Y2025) : Papers.read(new StringReader(mangled), "t.txt", Y2025);
            assertThat(r.papers().size() + r.diagnostics().size()).isLessThanOrEqualTo(mangled.length());
            try {
                if (i % 10 == 0) {
                    parse(mangled, Y2025.withStrict(true));
                } else {
                    Papers.read(new StringReader(mangled), "t.txt", Y2025.withStrict(true));
                }
            } catch (PaperFormatException expected) {
                assertThat(expected.diagnostic().sourceName()).isEqualTo("t.txt");
            }
        }
    }

    @Test
    void defaultYearIsTheCurrentOneAndNeverInTheFuture() throws IOException {
        ParseResult r = parse("T\n\nA.\n\n  • 3 authors\n·\nJan 1\n", ParseOptions.defaults());
        LocalDate d = only(r).date().orElseThrow();
        assertThat(d).isBeforeOrEqualTo(LocalDate.now());
        assertThat(d.getYear()).isEqualTo(LocalDate.now().getYear());
        assertThat(only(r).authorCount()).isEqualTo(OptionalInt.of(3));
    }
}
