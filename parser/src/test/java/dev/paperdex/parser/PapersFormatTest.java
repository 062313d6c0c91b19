package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import dev.paperdex.json.PaperdexJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PapersFormatTest {
    @TempDir
    Path dir;

    private static Papers.Format detect(String text) throws IOException {
        return Papers.Format.detect(new BufferedReader(new StringReader(text)));
    }

    private static ParseResult read(String text) throws IOException {
        return Papers.read(new StringReader(text), "in", ParseOptions.defaults());
    }

    @ParameterizedTest
    @CsvSource({
        "samples/hf/daily_papers-2024-07-22.json, HF_JSON",
        "samples/hf/daily_papers-2025-03-05.json, HF_JSON",
        "samples/hf/daily_papers-2025-10-15.json, HF_JSON",
        "samples/hf/daily_papers-2026-04-02.json, HF_JSON",
        "samples/arxiv/query-cat-cs-RO.xml, ATOM",
        "samples/arxiv/id_list-1601.00001.xml, ATOM",
        "samples/arxiv-snapshot/arxiv-metadata-oai-snapshot.sample.json, ARXIV_SNAPSHOT",
        "samples/openalex/works-api-page.json, OPENALEX_PAGE"
    })
    void detectsEverySampleFormat(String path, Papers.Format format) throws IOException {
        assertThat(detect(Samples.text(path))).isEqualTo(format);
    }

    @ParameterizedTest
    @CsvSource({
        "samples/hf/daily_papers-2024-07-22.json, 16",
        "samples/hf/daily_papers-2025-03-05.json, 12",
        "samples/hf/daily_papers-2025-10-15.json, 26",
        "samples/hf/daily_papers-2026-04-02.json, 22",
        "samples/arxiv/query-cat-cs-RO.xml, 2",
        "samples/arxiv/id_list-1601.00001.xml, 1",
        "samples/arxiv-snapshot/arxiv-metadata-oai-snapshot.sample.json, 60",
        "samples/openalex/works-api-page.json, 20"
    })
    void readsEverySampleThroughDetection(String path, int count) throws IOException {
        ParseResult r = Papers.read(Samples.reader(path), Samples.name(path), ParseOptions.defaults());

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).hasSize(count);
    }

    @Test
    void readsASampleFileByPath() throws IOException {
        Path file = Files.writeString(dir.resolve("day.json"), Samples.text("samples/hf/daily_papers-2025-03-05.json"));

        ParseResult r = Papers.read(file, ParseOptions.defaults());

        assertThat(r.papers()).hasSize(12);
        assertThat(r.papers().get(0).source()).hasValue(Source.of("day.json", 2, SourceKind.HF_API));
    }

    @Test
    void detectsTheSeedsAsListings() throws IOException {
        Path seeds = Path.of(System.getProperty("paperdex.seeds", "seeds"));
        try (var files = Files.list(seeds)) {
            for (Path f : files.toList()) {
                assertThat(detect(Files.readString(f))).as(f.toString()).isEqualTo(Papers.Format.LISTING);
            }
        }
    }

    @Test
    void readsNothingFromEmptyOrBlankInput() throws IOException {
        assertThat(detect("")).isEqualTo(Papers.Format.EMPTY);
        assertThat(detect("\uFEFF \n\t\r\n")).isEqualTo(Papers.Format.EMPTY);
        assertThat(read("")).isEqualTo(ParseResult.of(List.of(), List.of()));
        assertThat(read("\uFEFF\n\n  \n")).isEqualTo(ParseResult.of(List.of(), List.of()));
    }

    @Test
    void detectsJsonObjectsArraysAndSearchResultsAsHfJson() throws IOException {
        assertThat(detect("[]")).isEqualTo(Papers.Format.HF_JSON);
        assertThat(detect("\n  [{\"abstract\": \"x\"}]")).isEqualTo(Papers.Format.HF_JSON);
        assertThat(detect("{\"paper\": {\"id\": \"1\"}, \"abstract\": \"x\"}")).isEqualTo(Papers.Format.HF_JSON);
        assertThat(detect("{\"id\": \"2401.00001\", \"title\": \"T\", \"summary\": \"S\"}"))
                .isEqualTo(Papers.Format.HF_JSON);
        assertThat(detect("{\"title\": \"T\", \"abstract\": \"A\", \"summary\": \"S\"}"))
                .isEqualTo(Papers.Format.HF_JSON);
    }

    @Test
    void detectsXmlAfterAByteOrderMarkAndBlankLinesAndKeepsLineNumbers() throws IOException {
        String xml = "\uFEFF\n\n" + Samples.text("samples/arxiv/id_list-1601.00001.xml");

        ParseResult r = read(xml);

        assertThat(detect(xml)).isEqualTo(Papers.Format.ATOM);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).extracting(p -> p.source().orElseThrow().line()).containsExactly(12);
    }

    @Test
    void readsJsonAfterAByteOrderMark() throws IOException {
        ParseResult r = read("\uFEFF[{\"title\": \"T\", \"summary\": \"S\"}]");

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).extracting(Paper::title).containsExactly("T");
    }

    @Test
    void readsPaperdexJsonLinesBack() throws IOException {
        List<Paper> papers = Papers.read(
                        Samples.reader("samples/hf/daily_papers-2025-10-15.json"), "d.json", ParseOptions.defaults())
                .papers();
        StringWriter out = new StringWriter();
        PaperdexJson.writeLines(out, papers);

        ParseResult back = read(out.toString());

        assertThat(detect(out.toString())).isEqualTo(Papers.Format.JSON_LINES);
        assertThat(back.diagnostics()).isEmpty();
        assertThat(back.papers()).isEqualTo(papers);
    }

    @Test
    void reportsABadJsonLineAndKeepsTheLinesAroundIt() throws IOException {
        String lines = "{\"title\": \"T\", \"abstract\": \"A\", \"links\": [], \"metrics\": []}\n"
                + "{\"title\": \"U\", \"abstract\": \"B\", \"authorCount\": \"many\"}\n"
                + "{\"title\": \"V\", \"abstract\": \n"
                + "{\"title\": \"W\", \"abstract\": \"C\", \"analyzed\": true, \"claims\": [{\"sentence\": \"C\","
                + " \"start\": 0, \"end\": 1, \"types\": [\"performance\"], \"metricIndexes\": [4]}]}\n"
                + "{\"title\": \"X\", \"abstract\": \"D\"}\n";

        ParseResult r = read(lines);

        assertThat(r.papers()).extracting(Paper::title).containsExactly("T", "X");
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, d -> d.position().line())
                .containsExactly(
                        tuple(ProblemCode.BAD_JSON, 2), tuple(ProblemCode.BAD_JSON, 3), tuple(ProblemCode.BAD_JSON, 4));
        assertThat(r.diagnostics().get(2).message())
                .contains("claim metricIndexes must be < 0 (the number of metrics), found 4 for 'W'");
    }

    @Test
    void sendsOtherTextToTheListingParser() throws IOException {
        assertThat(detect("Title\n\nAbstract.\n")).isEqualTo(Papers.Format.LISTING);
        assertThat(read("A title\n\nAn abstract.\n").papers())
                .extracting(Paper::title)
                .containsExactly("A title");
    }

    @Test
    void strictModeThrowsAtABadJsonLine() {
        String lines = "{\"title\": \"T\", \"abstract\": \"A\"}\n{\"title\": \"U\", \"abstract\": \n";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Papers.read(
                        new StringReader(lines), "in", ParseOptions.defaults().withStrict(true)))
                .isInstanceOfSatisfying(PaperFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.BAD_JSON);
                    assertThat(e.position().line()).isEqualTo(2);
                });
    }

    /** A paperdex record with 3,000 authors (about 100 KB) before its abstract: issue 11 item 6. */
    private static String bigFirstRecord() throws IOException {
        Paper.Builder b = Paper.builder().title("Many hands").abstractText("We report 12.5% gains on GSM8K.");
        for (int i = 0; i < 3000; i++) {
            b.addAuthors("Author Number " + i + " of a very large collaboration");
        }
        Paper big = b.authorCount(3000).build();
        String json = PaperdexJson.mapper().writeValueAsString(big);
        assertThat(json.indexOf("\"abstract\"")).isGreaterThan(1 << 16);
        return json + "\n" + PaperdexJson.mapper().writeValueAsString(Paper.of("Second", "An abstract.")) + "\n";
    }

    @Test
    void detectsPaperdexJsonLinesWhoseFirstRecordHasMoreThan64KbBeforeItsAbstract() throws IOException {
        String lines = bigFirstRecord();

        ParseResult byReader = read(lines);
        ParseResult byPath = Papers.read(Files.writeString(dir.resolve("big.jsonl"), lines), ParseOptions.defaults());

        assertThat(detect(lines)).isEqualTo(Papers.Format.JSON_LINES);
        assertThat(byReader.diagnostics()).isEmpty();
        assertThat(byReader.papers()).extracting(Paper::title).containsExactly("Many hands", "Second");
        assertThat(byReader.papers().get(0).authors()).hasSize(3000);
        assertThat(byReader.papers().get(0).metrics()).hasSize(1);
        assertThat(byPath.papers()).isEqualTo(byReader.papers());
    }

    @Test
    void decidesByKeysNotByTheirOrder() throws IOException {
        assertThat(detect("{\"abstract\": \"x\", \"title\": \"t\", \"summary\": \"s\"}"))
                .isEqualTo(Papers.Format.HF_JSON);
        assertThat(detect("{\"title\": \"t\", \"x\": [1, {\"paper\": 1}], \"abstract\": \"a\"}"))
                .isEqualTo(Papers.Format.JSON_LINES);
        assertThat(detect("{\"id\": \"W1\", \"title\": \"t\", \"authorships\": []}"))
                .isEqualTo(Papers.Format.OPENALEX_WORKS);
        assertThat(detect("{\"title\": \"t\", \"abstract\": \"a\", \"x\": [")).isEqualTo(Papers.Format.JSON_LINES);
    }

    @Test
    void readsGzipOfEveryFormatByPathAndByStream() throws IOException {
        for (String sample : List.of(
                "samples/hf/daily_papers-2025-03-05.json",
                "samples/arxiv/query-cat-cs-RO.xml",
                "samples/arxiv-snapshot/arxiv-metadata-oai-snapshot.sample.json",
                "samples/openalex/works-api-page.json")) {
            String text = Samples.text(sample);
            Path gz = dir.resolve(Samples.name(sample));
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }

            ParseResult plain = Papers.read(new StringReader(text), Samples.name(sample), ParseOptions.defaults());
            ParseResult byPath = Papers.read(gz, ParseOptions.defaults());
            ParseResult byStream;
            try (var in = Files.newInputStream(gz)) {
                byStream = Papers.read(in, Samples.name(sample), ParseOptions.defaults());
            }

            assertThat(plain.papers()).as(sample).isNotEmpty();
            assertThat(byPath).as(sample).isEqualTo(plain);
            assertThat(byStream).as(sample).isEqualTo(plain);
        }
        Path seed;
        try (var files = Files.list(Path.of(System.getProperty("paperdex.seeds", "seeds")))) {
            seed = files.sorted().findFirst().orElseThrow();
        }
        Path gz = dir.resolve(seed.getFileName().toString());
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(seed));
        }
        ParseOptions year = ParseOptions.defaults().withYear(2025);
        assertThat(Papers.read(gz, year)).isEqualTo(Papers.read(seed, year));
    }

    @Test
    void reportsACutGzipStreamAndKeepsTheRecordsBeforeIt() throws IOException {
        String text = Samples.text("samples/arxiv-snapshot/arxiv-metadata-oai-snapshot.sample.json");
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);

        ParseResult r = Papers.read(new java.io.ByteArrayInputStream(cut), "cut.gz", Samples.noMetrics());

        assertThat(r.papers()).hasSizeBetween(10, 59);
        assertThat(r.diagnostics()).extracting(Diagnostic::code).contains(ProblemCode.UNREADABLE);
        assertThat(r.papers())
                .isEqualTo(Papers.read(new StringReader(text), "cut.gz", Samples.noMetrics())
                        .papers()
                        .subList(0, r.papers().size()));
    }
}
