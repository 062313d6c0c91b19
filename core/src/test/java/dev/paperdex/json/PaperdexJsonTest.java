package dev.paperdex.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Direction;
import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.Qualifier;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import dev.paperdex.Span;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class PaperdexJsonTest {
    private static final ObjectMapper MAPPER = PaperdexJson.mapper();

    static ReportedMetric metric() {
        return ReportedMetric.builder()
                .text("+34.08%")
                .value(34.08)
                .unit("%")
                .kind(MetricKind.CHANGE)
                .direction(Direction.UP)
                .qualifier(Qualifier.EXACT)
                .benchmark("MathVista")
                .baseline("the baseline model")
                .start(10)
                .end(17)
                .benchmarkSpan(Span.of(21, 30))
                .build();
    }

    static Paper fullPaper() {
        return Paper.builder()
                .id("2506.05331")
                .title("MINT-CoT: Enabling Interleaved Visual Tokens")
                .authorCount(2)
                .addAuthors("A. One", "B. Two")
                .team("HIT-TMG Lychee Team")
                .date(LocalDate.of(2025, 6, 5))
                .dateText("Jun 5")
                .commentCount(1)
                .upvotes(12)
                .stars(48)
                .addKeywords("visual tokens", "multimodal reasoning")
                .listedOn(LocalDate.of(2025, 6, 6))
                .abstractText("We gain +34.08% on MathVista. Code: https://github.com/a/b")
                .addLinks(Link.of("https://github.com/a/b", LinkKind.CODE, 36, 58))
                .addLinks(Link.of("https://a.github.io", LinkKind.PROJECT_PAGE))
                .addMetrics(metric())
                .source(Source.of("000.txt", 13, SourceKind.LISTING))
                .addOtherSources(Source.of("api.json", 2, SourceKind.HF_API))
                .build();
    }

    @Test
    void roundTripsAFullPaper() throws IOException {
        Paper p = fullPaper();
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(p), Paper.class)).isEqualTo(p);
    }

    @Test
    void roundTripsAMinimalPaperAndOmitsAbsentFields() throws IOException {
        Paper p = Paper.builder().title("T").abstractText("A.").build();
        String json = MAPPER.writeValueAsString(p);
        assertThat(json).isEqualTo("{\"title\":\"T\",\"abstract\":\"A.\",\"links\":[],\"metrics\":[]}");
        assertThat(MAPPER.readValue(json, Paper.class)).isEqualTo(p);
    }

    @Test
    void writesTheContractFieldNames() throws IOException {
        JsonNode n = MAPPER.readTree(MAPPER.writeValueAsString(fullPaper()));
        assertThat(n.fieldNames())
                .toIterable()
                .containsExactly(
                        "id",
                        "title",
                        "authorCount",
                        "authors",
                        "team",
                        "date",
                        "dateText",
                        "commentCount",
                        "upvotes",
                        "stars",
                        "keywords",
                        "listedOn",
                        "abstract",
                        "links",
                        "metrics",
                        "source",
                        "otherSources");
        assertThat(n.get("date").asText()).isEqualTo("2025-06-05");
        assertThat(n.get("listedOn").asText()).isEqualTo("2025-06-06");
        assertThat(n.get("keywords").toString()).isEqualTo("[\"visual tokens\",\"multimodal reasoning\"]");
        assertThat(n.get("links").get(0).toString())
                .isEqualTo("{\"url\":\"https://github.com/a/b\",\"kind\":\"code\",\"start\":36,\"end\":58}");
        assertThat(n.get("source").toString()).isEqualTo("{\"name\":\"000.txt\",\"line\":13,\"kind\":\"listing\"}");
        JsonNode m = n.get("metrics").get(0);
        assertThat(m.fieldNames())
                .toIterable()
                .containsExactly(
                        "text",
                        "value",
                        "unit",
                        "kind",
                        "direction",
                        "qualifier",
                        "benchmark",
                        "baseline",
                        "start",
                        "end",
                        "benchmarkSpan");
        assertThat(m.get("kind").asText()).isEqualTo("change");
        assertThat(m.get("direction").asText()).isEqualTo("up");
        assertThat(m.get("qualifier").asText()).isEqualTo("exact");
    }

    @Test
    void roundTripsEveryValue() throws IOException {
        ReportedMetric range = ReportedMetric.builder()
                .text("3-13%")
                .value(3)
                .upper(13)
                .unit("%")
                .kind(MetricKind.CHANGE)
                .qualifier(Qualifier.MAX)
                .metric("accuracy")
                .start(0)
                .end(5)
                .build();
        Claim claim = Claim.builder()
                .sentence("We beat X by 3-13%.")
                .start(0)
                .end(19)
                .addTypes(ClaimType.SOTA, ClaimType.PERFORMANCE)
                .subject("Ours")
                .addMetrics(range)
                .baseline("X")
                .addCues("performance:beat")
                .build();
        for (Object v : List.of(
                range,
                claim,
                Span.of(1, 4),
                Source.of("x", 1, SourceKind.ARXIV_ATOM),
                Link.of("https://arxiv.org/abs/2401.00001", LinkKind.ARXIV, 0, 5))) {
            assertThat(MAPPER.readValue(
                            MAPPER.writeValueAsString(v), v.getClass().getSuperclass()))
                    .as(v.getClass().getSimpleName())
                    .isEqualTo(v);
        }
        assertThat(MAPPER.writeValueAsString(claim)).contains("\"types\":[\"performance\",\"sota\"]");
        assertThat(MAPPER.writeValueAsString(range)).contains("\"upper\":13.0");
    }

    @Test
    void writesAndReadsJsonLines() throws IOException {
        Paper a = fullPaper();
        Paper b = Paper.builder().title("Second").abstractText("B.").build();
        StringWriter out = new StringWriter();
        PaperdexJson.writeLines(out, List.of(a, b));
        assertThat(out.toString().split("\n", -1)).hasSize(3);
        try (Stream<Paper> back = PaperdexJson.readLines(new StringReader(out + "\n\n"))) {
            assertThat(back.toList()).containsExactly(a, b);
        }
    }

    @Test
    void enumsReadTheirJsonNamesInAnyCase() throws IOException {
        assertThat(MAPPER.readValue("\"project_page\"", LinkKind.class)).isEqualTo(LinkKind.PROJECT_PAGE);
        assertThat(MAPPER.readValue("\"HF_API\"", SourceKind.class)).isEqualTo(SourceKind.HF_API);
    }
}
