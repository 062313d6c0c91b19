package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class OpenAlexReaderTest {
    static final String PART = "samples/openalex/works-part_000.gz";
    static final String PAGE = "samples/openalex/works-api-page.json";

    private static InputStream resource(String path) {
        return OpenAlexReaderTest.class.getClassLoader().getResourceAsStream(path);
    }

    private static ParseResult read(String text, boolean pages, ParseOptions options) {
        return Samples.read(
                (in, name, o, d) -> OpenAlexReader.stream(new BufferedReader(in), pages, name, o, d),
                text,
                "works",
                options);
    }

    @Test
    void readsTheFirstWorkOfTheGzipPartInFull() throws IOException {
        ParseResult r = Papers.read(resource(PART), "part_000.gz", Samples.noMetrics());

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers().get(0))
                .isEqualTo(Paper.builder()
                        .id("2507.18103")
                        .title("A New Pair of GloVes")
                        .addAuthors("Riley Carlson", "John Bauer", "Christopher D. Manning")
                        .authorCount(3)
                        .date(LocalDate.of(2025, 7, 24))
                        .dateText("2025-07-24")
                        .abstractText("This report documents, describes, and evaluates new 2024 English GloVe (Global"
                                + " Vectors for Word Representation) models. While the original GloVe models built in 2014"
                                + " have been widely used and found useful, languages and the world continue to evolve and"
                                + " we thought that current usage could benefit from updated models. Moreover, the 2014"
                                + " models were not carefully documented as to the exact data versions and preprocessing"
                                + " that were used, and we rectify this by documenting these new models. We trained two"
                                + " sets of word embeddings using Wikipedia, Gigaword, and a subset of Dolma. Evaluation"
                                + " through vocabulary comparison, direct testing, and NER tasks shows that the 2024"
                                + " vectors incorporate new culturally and linguistically relevant words, perform"
                                + " comparably on structural tasks like analogy and similarity, and demonstrate improved"
                                + " performance on recent, temporally dependent NER datasets such as non-Western newswire"
                                + " data.")
                        .addLinks(
                                Link.of("https://arxiv.org/abs/2507.18103", LinkKind.ARXIV),
                                Link.of("https://doi.org/10.48550/arxiv.2507.18103", LinkKind.DOI))
                        .source(Source.of("part_000.gz", 1, SourceKind.OPENALEX))
                        .build());
    }

    @Test
    void readsTheFirstWorkOfTheApiPage() throws IOException {
        Paper p = Papers.read(Samples.reader(PAGE), "page.json", Samples.noMetrics())
                .papers()
                .get(0);

        assertThat(p.id()).hasValue("2607.19011");
        assertThat(p.title())
                .isEqualTo("Computational Humor with Multimodal LLMs: Methods, Datasets, Evaluation, and Challenges");
        assertThat(p.authors()).containsExactly("Tuo Liang", "Zhe Hu", "Disheng Liu", "Jing Li", "Yu Yin");
        assertThat(p.date()).hasValue(LocalDate.of(2026, 7, 21));
        assertThat(p.abstractText())
                .startsWith("Multimodal humor in memes, cartoons, and comics remains difficult for AI systems")
                .endsWith("unresolved safety and ownership concerns.");
        assertThat(p.source()).hasValue(Source.of("page.json", 1, SourceKind.OPENALEX));
    }

    @ParameterizedTest
    @CsvSource({"works-part_000, 40", "works-api-page, 20"})
    void readsEveryWorkAsThePythonOracleDoes(String name, int count) throws IOException {
        String path = "samples/openalex/" + name + (name.endsWith("page") ? ".json" : ".gz");
        ParseResult r = Papers.read(resource(path), name, Samples.noMetrics());
        List<String[]> expected = Samples.text("samples/openalex/" + name + ".expected.tsv")
                .lines()
                .filter(l -> !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .toList();

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).hasSize(count);
        assertThat(r.papers())
                .extracting(
                        p -> p.id().orElseThrow(),
                        p -> p.date().orElseThrow().toString(),
                        p -> String.valueOf(p.authorCount().orElseThrow()),
                        Paper::title,
                        Paper::abstractText)
                .containsExactlyElementsOf(
                        expected.stream().map(e -> tuple((Object[]) e)).toList());
    }

    @Test
    void readsThePartAsTheGzipOfItsLines() throws IOException {
        String lines;
        try (InputStream in = new GZIPInputStream(resource(PART))) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        ParseResult plain = Papers.read(new StringReader(lines), "part_000.gz", ParseOptions.defaults());
        ParseResult gzip = Papers.read(resource(PART), "part_000.gz", ParseOptions.defaults());

        assertThat(Papers.Format.detect(new StringReader(lines))).isEqualTo(Papers.Format.OPENALEX_WORKS);
        assertThat(gzip).isEqualTo(plain);
        assertThat(gzip.papers()).hasSize(40).allMatch(Paper::analyzed);
    }

    @Test
    void takesTheIdFromAnArxivLandingPageWhenTheDoiIsNotArxivs() {
        String work = "{\"title\":\"T\",\"doi\":\"https://doi.org/10.1000/xyz\",\"publication_date\":\"2025-13-01\","
                + "\"primary_location\":{\"landing_page_url\":\"https://publisher.example/x\"},"
                + "\"locations\":[{\"landing_page_url\":\"http://arxiv.org/abs/2501.01234v3\"}],"
                + "\"authorships\":[{\"author\":null,\"raw_author_name\":\"Raw Name\"}],"
                + "\"abstract_inverted_index\":{\"world.\":[1],\"Hello\":[0]}}\n";

        ParseResult r = read(work, false, Samples.noMetrics());

        assertThat(r.papers())
                .containsExactly(Paper.builder()
                        .id("2501.01234")
                        .title("T")
                        .abstractText("Hello world.")
                        .addAuthors("Raw Name")
                        .authorCount(1)
                        .addLinks(
                                Link.of("https://arxiv.org/abs/2501.01234", LinkKind.ARXIV),
                                Link.of("https://doi.org/10.1000/xyz", LinkKind.DOI))
                        .source(Source.of("works", 1, SourceKind.OPENALEX))
                        .build());
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.BAD_DATE);
    }

    @Test
    void dropsWorksWithoutAnAbstractAndReportsBadPositions() {
        String works = "{\"title\":\"T\",\"abstract_inverted_index\":null}\n"
                + "{\"title\":\"U\",\"abstract_inverted_index\":{\"a\":[0,\"x\"],\"b\":[1]}}\n"
                + "{\"title\":\"V\",\n";

        ParseResult r = read(works, false, Samples.noMetrics());

        assertThat(r.papers()).extracting(Paper::title, Paper::abstractText).containsExactly(tuple("U", "a b"));
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, d -> d.position().line())
                .containsExactly(
                        tuple(ProblemCode.MISSING_FIELD, 1),
                        tuple(ProblemCode.WRONG_TYPE, 2),
                        tuple(ProblemCode.BAD_JSON, 3));
    }

    @Test
    void readsPagesUntilMalformedJson() {
        String pages =
                "{\"meta\":{\"count\":2},\"results\":[\n{\"title\":\"T\",\"abstract_inverted_index\":{\"A\":[0]}},\n"
                        + "{\"title\":\"U\",\"abstract_inverted_index\":{\"B\":[0]}}]}\n"
                        + "{\"results\":[{\"title\":\"V\",\"abstract_inverted_index\":{\"C\":[0]}}, {\"title\": ]}";

        ParseResult r = read(pages, true, Samples.noMetrics());

        assertThat(r.papers())
                .extracting(Paper::title, p -> p.source().orElseThrow().line())
                .containsExactly(tuple("T", 2), tuple("U", 3), tuple("V", 4));
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.BAD_JSON);
    }

    @Test
    void detectsAnApiPage() throws IOException {
        try (var in = new InputStreamReader(resource(PAGE), StandardCharsets.UTF_8)) {
            assertThat(Papers.Format.detect(in)).isEqualTo(Papers.Format.OPENALEX_PAGE);
        }
    }
}
