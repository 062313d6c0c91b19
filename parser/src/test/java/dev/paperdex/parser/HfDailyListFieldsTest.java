package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.json.PaperdexModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The daily-list fields of the API ({@code githubStars}, {@code ai_keywords}, {@code submittedOnDailyAt}) and JSON round trips. */
final class HfDailyListFieldsTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperdex.seeds", "seeds"));

    static List<Paper> sample(String day) {
        String name = "samples/hf/daily_papers-" + day + ".json";
        ParseResult r =
                Samples.read(HfApiReader::stream, Samples.text(name), Samples.name(name), ParseOptions.defaults());
        assertThat(r.diagnostics()).isEmpty();
        return r.papers();
    }

    @ParameterizedTest
    @CsvSource({
        // day, papers, with stars, sum of stars, with keywords, listed on that day
        "2024-07-22, 16, 0, 0, 0, 0",
        "2025-03-05, 12, 0, 0, 0, 0",
        "2025-10-15, 26, 14, 197, 7, 26",
        "2026-04-02, 22, 11, 343, 22, 22",
    })
    void readsStarsKeywordsAndTheDayOnTheList(
            String day, int papers, int withStars, int starSum, int withKeywords, int listed) {
        List<Paper> all = sample(day);
        assertThat(all).hasSize(papers);
        assertThat(all.stream().filter(p -> p.stars().isPresent())).hasSize(withStars);
        assertThat(all.stream().map(Paper::stars).mapToInt(s -> s.orElse(0)).sum())
                .isEqualTo(starSum);
        assertThat(all.stream().filter(p -> !p.keywords().isEmpty())).hasSize(withKeywords);
        assertThat(all.stream().filter(p -> p.listedOn().equals(java.util.Optional.of(LocalDate.parse(day)))))
                .hasSize(listed);
    }

    @Test
    void readsTheFieldsOfOneRecord() {
        Paper p = sample("2026-04-02").get(0);
        assertThat(p.id()).hasValue("2603.24414");
        assertThat(p.stars()).isEqualTo(OptionalInt.of(285));
        assertThat(p.keywords())
                .hasSize(24)
                .startsWith("autonomous agent runtime", "tool integration", "local file access");
        assertThat(p.listedOn()).hasValue(LocalDate.of(2026, 4, 2));
    }

    @Test
    void badListDateIsADiagnosticAndTheRecordIsKept() {
        String json = "{\"paper\":{\"id\":\"2501.00001\",\"title\":\"T\",\"summary\":\"S.\",\"githubStars\":\"many\","
                + "\"ai_keywords\":[\"a\",7,\" a \",\"\"],\"submittedOnDailyAt\":\"yesterday\"}}";
        ParseResult r = Samples.read(HfApiReader::stream, json, "x.json", ParseOptions.defaults());
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly(ProblemCode.WRONG_TYPE, ProblemCode.WRONG_TYPE, ProblemCode.BAD_DATE);
        Paper p = r.papers().get(0);
        assertThat(p.stars()).isEmpty();
        assertThat(p.keywords()).containsExactly("a");
        assertThat(p.listedOn()).isEmpty();
    }

    @Test
    void mergeKeepsTheLargestStarCountAndTheFirstListDay() {
        Paper a = Paper.builder()
                .id("2501.00001")
                .title("T")
                .abstractText("S.")
                .stars(3)
                .listedOn(LocalDate.of(2025, 1, 3))
                .build();
        Paper b = Paper.builder()
                .id("2501.00001")
                .title("T")
                .abstractText("S.")
                .stars(9)
                .addKeywords("k")
                .listedOn(LocalDate.of(2025, 1, 2))
                .build();
        Paper m = PaperMerger.merge(List.of(a, b)).get(0);
        assertThat(m.stars()).isEqualTo(OptionalInt.of(9));
        assertThat(m.keywords()).containsExactly("k");
        assertThat(m.listedOn()).hasValue(LocalDate.of(2025, 1, 2));
    }

    @Test
    void mergeKeepsTheClaimsOfTheTextRecord() {
        String abstractText = "We present FastDec. FastDec achieves a 3.2x speedup over vanilla decoding on MT-Bench.";
        Paper card = Paper.builder()
                .title("Faster Decoding")
                .abstractText(abstractText + " More.")
                .source(dev.paperdex.Source.of("list.txt", 3, dev.paperdex.SourceKind.LISTING))
                .buildAnalyzed();
        Paper api = Paper.builder()
                .id("2501.00001")
                .title("Faster Decoding")
                .abstractText(abstractText)
                .source(dev.paperdex.Source.of("api.json", 1, dev.paperdex.SourceKind.HF_API))
                .buildAnalyzed();
        Paper m = PaperMerger.merge(List.of(card, api)).get(0);
        assertThat(m.abstractText()).isEqualTo(abstractText);
        assertThat(m.analyzed()).isTrue();
        assertThat(m.claims()).isEqualTo(api.claims()).hasSize(1);
        assertThat(m.claims().get(0).metrics()).isEqualTo(api.metrics());
    }

    @Test
    void everySeedAndSamplePaperRoundTripsThroughAPlainMapperWithTheModule() throws IOException {
        ObjectMapper plain = new ObjectMapper().registerModule(new PaperdexModule());
        List<Paper> papers = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.sorted().toList()) {
                papers.addAll(
                        Papers.read(f, ParseOptions.defaults().withYear(2025)).papers());
            }
        }
        int seeds = papers.size();
        for (String day : List.of("2024-07-22", "2025-03-05", "2025-10-15", "2026-04-02")) {
            papers.addAll(sample(day));
        }
        assertThat(seeds).isEqualTo(151);
        assertThat(papers).hasSize(151 + 76);
        assertThat(papers.stream().mapToInt(p -> p.claims().size()).sum()).isPositive();
        for (Paper p : papers) {
            String json = plain.writeValueAsString(p);
            assertThat(json).isEqualTo(PaperdexJson.mapper().writeValueAsString(p));
            assertThat(plain.readValue(json, Paper.class)).isEqualTo(p);
            assertThat(PaperdexJson.mapper().readValue(json, Paper.class)).isEqualTo(p);
        }
    }
}
