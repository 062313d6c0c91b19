package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ArxivSnapshotReaderTest {
    static final String SAMPLE = "samples/arxiv-snapshot/arxiv-metadata-oai-snapshot.sample.json";
    static final String NAME = "arxiv-metadata-oai-snapshot.sample.json";

    private static ParseResult read(String text, ParseOptions options) {
        return Samples.read(
                (in, name, o, d) -> ArxivSnapshotReader.stream(new BufferedReader(in), name, o, d),
                text,
                "snap.json",
                options);
    }

    private static ParseResult sample(ParseOptions options) throws IOException {
        return Papers.read(Samples.reader(SAMPLE), NAME, options);
    }

    @Test
    void readsTheFirstRecordsInFull() throws IOException {
        ParseResult r = sample(Samples.noMetrics());

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers().get(0))
                .isEqualTo(Paper.builder()
                        .id("2606.19336")
                        .title("Learning User Simulators with Turing Rewards")
                        .addAuthors(
                                "Yingshan Susan Wang",
                                "Cedegao E. Zhang",
                                "Linlu Qiu",
                                "Zexue He",
                                "Pengyuan Li",
                                "Alex Pentland",
                                "Roger P. Levy",
                                "Yoon Kim")
                        .authorCount(8)
                        .date(LocalDate.of(2026, 6, 17))
                        .dateText("Wed, 17 Jun 2026 00:00:00 GMT")
                        .abstractText("Learning to simulate human users in interactive settings could advance the"
                                + " training of agent assistants, evaluation of personalization systems, research in the"
                                + " social sciences, and more. Existing approaches generally do so by training a large"
                                + " language model (LLM) to match a single ground truth response, either by maximizing the"
                                + " log probability or by using a similarity reward. We instead propose {Turing-RL}: a"
                                + " Turing-Test-based reinforcement learning approach for training user simulator models."
                                + " {Turing-RL} uses a discriminative Turing reward with an LLM judge to score how"
                                + " indistinguishable a generated response is from the real user's given the user's"
                                + " history, and the user simulator LLM learns to produce responses indistinguishable from"
                                + " what the user could have said with such rewards. Across two different"
                                + " domains--conversational chat and Reddit forum discussion--we find that {Turing-RL}"
                                + " consistently outperforms baseline methods on both LLM and human evaluation metrics."
                                + " Our study suggests that optimizing for indistinguishability, rather than response"
                                + " matching, is effective for learning user simulators.")
                        .addLinks(Link.of("https://arxiv.org/abs/2606.19336", LinkKind.ARXIV))
                        .source(Source.of(NAME, 1, SourceKind.ARXIV_SNAPSHOT))
                        .build());
        Paper second = r.papers().get(1);
        assertThat(second.id()).hasValue("2410.15633");
        assertThat(second.title())
                .isEqualTo("Selecting Influential Samples for Long Context Alignment via Homologous Models'"
                        + " Guidance and Contextual Awareness Measurement");
        assertThat(second.authors())
                .containsExactly(
                        "Shuzheng Si",
                        "Haozhe Zhao",
                        "Gang Chen",
                        "Yunshui Li",
                        "Kangyang Luo",
                        "Chuancheng Lv",
                        "Kaikai An",
                        "Fanchao Qi",
                        "Baobao Chang",
                        "Maosong Sun");
        assertThat(second.date()).hasValue(LocalDate.of(2024, 10, 21));
        assertThat(second.dateText()).hasValue("Mon, 21 Oct 2024 04:30:53 GMT");
        assertThat(second.abstractText())
                .startsWith("The expansion of large language models to effectively handle instructions with"
                        + " extremely long contexts has yet to be fully investigated. The primary obstacle")
                .endsWith("better instruction-following and long-context understanding capabilities.")
                .doesNotContain("\n")
                .doesNotContain("  ");
        assertThat(second.source()).hasValue(Source.of(NAME, 2, SourceKind.ARXIV_SNAPSHOT));
    }

    @Test
    void readsEverySampleRecordAsThePythonOracleDoes() throws IOException {
        ParseResult r = sample(Samples.noMetrics());
        List<String[]> expected = Samples.text("samples/arxiv-snapshot/expected.tsv")
                .lines()
                .filter(l -> !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .toList();

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).hasSize(60);
        assertThat(r.papers())
                .extracting(
                        p -> String.valueOf(p.source().orElseThrow().line()),
                        p -> p.id().orElseThrow(),
                        p -> p.date().orElseThrow().toString(),
                        p -> String.valueOf(p.authorCount().orElseThrow()),
                        Paper::title)
                .containsExactlyElementsOf(
                        expected.stream().map(e -> tuple((Object[]) e)).toList());
    }

    @Test
    void analysesEveryRecordByDefault() throws IOException {
        ParseResult r = sample(ParseOptions.defaults());

        assertThat(r.papers()).hasSize(60).allMatch(Paper::analyzed);
        assertThat(r.papers()).extracting(Paper::withAnalysis).isEqualTo(r.papers());
    }

    @Test
    void takesTheLinksOfTheCommentsWithoutSpans() throws IOException {
        Paper p = sample(Samples.noMetrics()).papers().get(11);

        assertThat(p.id()).hasValue("2607.05376");
        assertThat(p.links())
                .containsExactly(
                        Link.of("https://arxiv.org/abs/2607.05376", LinkKind.ARXIV),
                        Link.of("https://galfiebelman.github.io/mv-forcing/", LinkKind.PROJECT_PAGE));
    }

    @Test
    void readsDoisOldIdsUpdateDatesAndTheAuthorsString() {
        String line = "{\"id\":\"hep-th/9901001v2\",\"title\":\"  A\\n  title\",\"abstract\":\" An\\n abstract.\","
                + "\"authors\":\"Ann Lee, Bo Chan and C. D. Smith\",\"doi\":\"10.1000/x1 10.1000/x2\","
                + "\"versions\":[],\"update_date\":\"2007-05-23\"}\n";

        ParseResult r = read(line, Samples.noMetrics());

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers())
                .containsExactly(Paper.builder()
                        .id("hep-th/9901001")
                        .title("A title")
                        .abstractText("An abstract.")
                        .addAuthors("Ann Lee", "Bo Chan", "C. D. Smith")
                        .authorCount(3)
                        .date(LocalDate.of(2007, 5, 23))
                        .dateText("2007-05-23")
                        .addLinks(
                                Link.of("https://arxiv.org/abs/hep-th/9901001", LinkKind.ARXIV),
                                Link.of("https://doi.org/10.1000/x1", LinkKind.DOI),
                                Link.of("https://doi.org/10.1000/x2", LinkKind.DOI))
                        .source(Source.of("snap.json", 1, SourceKind.ARXIV_SNAPSHOT))
                        .build());
    }

    @Test
    void reportsBadLinesFieldsAndDatesAndReadsOn() {
        String text = "{\"id\":\"2401.00001\",\"title\":\"T\",\"abstract\":\"A\"}\n"
                + "{\"id\":\"2401.00002\",\"title\":\"U\",\"abstract\":\n"
                + "\n"
                + "{\"id\":\"2401.00003\",\"abstract\":\"B\"}\n"
                + "{\"id\":\"2401.00004\",\"title\":\"V\",\"abstract\":\"C\",\"authors_parsed\":\"x\","
                + "\"versions\":[{\"version\":\"v1\",\"created\":\"yesterday\"}]}\n"
                + "[1]\n"
                + "{\"id\":\"2401.00005\",\"title\":\"W\",\"abstract\":\"D\"} {}\n"
                + "{\"id\":\"2401.00006\",\"title\":\"X\",\"abstract\":\"E\"}\n";

        ParseResult r = read(text, Samples.noMetrics());

        assertThat(r.papers()).extracting(Paper::title).containsExactly("T", "V", "X");
        assertThat(r.papers()).extracting(p -> p.source().orElseThrow().line()).containsExactly(1, 5, 8);
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, d -> d.position().line())
                .containsExactly(
                        tuple(ProblemCode.BAD_JSON, 2),
                        tuple(ProblemCode.MISSING_FIELD, 4),
                        tuple(ProblemCode.WRONG_TYPE, 5),
                        tuple(ProblemCode.BAD_DATE, 5),
                        tuple(ProblemCode.BAD_JSON, 6),
                        tuple(ProblemCode.BAD_JSON, 7));
        assertThat(r.diagnostics().get(1).message())
                .isEqualTo("expected a \"title\" in the record starting at line 4, column 1, found none");
    }

    @Test
    void strictModeThrowsAtTheFirstProblem() {
        String text = "{\"id\":\"2401.00001\",\"title\":\"T\",\"abstract\":\"A\"}\n{\"title\":\"U\"}\n";

        assertThatThrownBy(() -> read(text, Samples.noMetrics().withStrict(true)))
                .isInstanceOfSatisfying(PaperFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.MISSING_FIELD);
                    assertThat(e.position().line()).isEqualTo(2);
                });
    }

    @Test
    void detectsTheSnapshotWhateverTheOrderOfItsKeys() throws IOException {
        String reordered = "{\"title\":\"T\",\"abstract\":\"A\",\"id\":\"2401.00001\",\"update_date\":\"2024-01-02\"}";

        assertThat(Papers.Format.detect(new StringReader(Samples.text(SAMPLE))))
                .isEqualTo(Papers.Format.ARXIV_SNAPSHOT);
        assertThat(Papers.Format.detect(new StringReader(reordered))).isEqualTo(Papers.Format.ARXIV_SNAPSHOT);
    }
}
