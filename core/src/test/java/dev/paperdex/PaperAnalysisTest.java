package dev.paperdex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdex.analysis.AbstractAnalysis;
import dev.paperdex.analysis.AbstractAnalyzer;
import dev.paperdex.analysis.ClaimExtractor;
import dev.paperdex.analysis.MetricExtractor;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.query.PaperQuery;
import dev.paperdex.query.PaperSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class PaperAnalysisTest {
    private static final ObjectMapper MAPPER = PaperdexJson.mapper();
    private static final String TITLE = "FooNet: Fast Reasoning";
    private static final String ABSTRACT = "Large models reason slowly. We propose FooNet, a sparse decoder. "
            + "FooNet achieves 81.2% accuracy on GSM8K, outperforming GPT-4o by 3.4%. "
            + "It is also 2x faster than dense decoding. Code is available at https://github.com/foo/foonet.";

    @Test
    void paperOfAnalysesTheAbstractInOnePass() {
        Paper p = Paper.of(TITLE, ABSTRACT);
        AbstractAnalysis a = AbstractAnalyzer.analyze(Optional.of(TITLE), ABSTRACT);

        assertThat(p.analyzed()).isTrue();
        assertThat(p.links()).isEqualTo(a.links());
        assertThat(p.links()).extracting(Link::url).containsExactly("https://github.com/foo/foonet");
        assertThat(p.metrics()).isEqualTo(a.metrics()).isEqualTo(MetricExtractor.extract(ABSTRACT));
        assertThat(p.metrics()).extracting(ReportedMetric::text).containsExactly("81.2%", "3.4%", "2x");
        assertThat(p.claims()).isEqualTo(a.claims());
        assertThat(p.claims())
                .extracting(Claim::sentence)
                .containsExactly(
                        "FooNet achieves 81.2% accuracy on GSM8K, outperforming GPT-4o by 3.4%.",
                        "It is also 2x faster than dense decoding.",
                        "Code is available at https://github.com/foo/foonet.");
        Claim first = p.claims().get(0);
        assertThat(first.metricIndexes()).containsExactly(0, 1);
        assertThat(first.metrics())
                .containsExactly(p.metrics().get(0), p.metrics().get(1));
        assertThat(first.subject()).contains("FooNet");
        assertThat(first.is(ClaimType.PERFORMANCE)).isTrue();
        assertThat(p.claims().get(1).metricIndexes()).containsExactly(2);
        assertThat(p.claims().get(2).types()).containsExactly(ClaimType.RELEASE);
        assertThat(PaperQuery.reportsOn("GSM8K").test(p)).isTrue();
    }

    @Test
    void aPlainBuildAnalysesNothingAndSaysSo() {
        Paper plain = Paper.builder().title(TITLE).abstractText(ABSTRACT).build();
        assertThat(plain.analyzed()).isFalse();
        assertThat(plain.links()).isEmpty();
        assertThat(plain.metrics()).isEmpty();
        assertThat(plain.claims()).isEmpty();
        assertThat(PaperQuery.reportsOn("GSM8K").test(plain)).isFalse();

        Paper analysed = Paper.builder().title(TITLE).abstractText(ABSTRACT).buildAnalyzed();
        assertThat(analysed).isEqualTo(Paper.of(TITLE, ABSTRACT)).isEqualTo(plain.withAnalysis());
    }

    @Test
    void withAnalysisKeepsTheSourcesOwnLinksAfterTheAbstractsOnes() {
        Paper p = Paper.builder()
                .title(TITLE)
                .abstractText(ABSTRACT)
                .addLinks(Link.of("https://github.com/foo/foonet", LinkKind.CODE))
                .addLinks(Link.of("https://foonet.dev", LinkKind.PROJECT_PAGE))
                .build()
                .withAnalysis();
        assertThat(p.links())
                .extracting(Link::url)
                .containsExactly("https://github.com/foo/foonet", "https://foonet.dev");
        assertThat(p.links().get(0).span()).isPresent();
        // analysing twice gives the same paper
        assertThat(p.withAnalysis()).isEqualTo(p);
    }

    @Test
    void claimsRoundTripWithMetricsByIndex() throws Exception {
        Paper p = Paper.of(TITLE, ABSTRACT);
        String json = MAPPER.writeValueAsString(p);
        JsonNode tree = MAPPER.readTree(json);
        assertThat(tree.get("analyzed").asBoolean()).isTrue();
        JsonNode claim = tree.get("claims").get(0);
        assertThat(claim.get("metricIndexes").toString()).isEqualTo("[0,1]");
        assertThat(claim.has("metrics")).isFalse();
        assertThat(claim.get("start").asInt()).isEqualTo(ABSTRACT.indexOf("FooNet achieves"));
        assertThat(claim.get("types").toString()).isEqualTo("[\"performance\"]");

        Paper back = MAPPER.readValue(json, Paper.class);
        assertThat(back).isEqualTo(p);
        assertThat(back.claims().get(0).metrics())
                .containsExactly(p.metrics().get(0), p.metrics().get(1));
        // a paper read back is not analysed again
        assertThat(ClaimExtractor.extract(back)).isSameAs(back.claims());
    }

    @Test
    void aClaimBuiltWithMetricsOnlyGetsTheirPositions() {
        Paper analysed = Paper.of(TITLE, ABSTRACT);
        ReportedMetric second = analysed.metrics().get(1);
        Claim handMade = Claim.builder()
                .sentence("outperforming GPT-4o by 3.4%")
                .start(0)
                .end(10)
                .addTypes(ClaimType.PERFORMANCE)
                .addMetrics(second)
                .build();
        Paper p = Paper.builder().from(analysed).claims(List.of(handMade)).build();
        assertThat(p.claims().get(0).metricIndexes()).containsExactly(1);

        ReportedMetric foreign =
                ReportedMetric.builder().from(second).text("9.9%").value(9.9).build();
        Claim wrong = Claim.builder().from(handMade).metrics(List.of(foreign)).build();
        assertThatThrownBy(() ->
                        Paper.builder().from(analysed).claims(List.of(wrong)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claim metrics must be metrics of the paper, found '9.9%'");
        Claim outOfRange = Claim.builder()
                .from(handMade)
                .metrics(List.of())
                .metricIndexes(List.of(7))
                .build();
        assertThatThrownBy(() -> Paper.builder()
                        .from(analysed)
                        .claims(List.of(outOfRange))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("claim metricIndexes must be < 3 (the number of metrics), found 7");
    }

    @Test
    void aPaperSetNeverExtractsClaimsOfAnalysedPapers() {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            papers.add(Paper.builder()
                    .from(Paper.of(TITLE, ABSTRACT))
                    .title("FooNet " + i)
                    .build());
        }
        papers.add(Paper.builder().title("Not analysed").abstractText(ABSTRACT).build());
        AtomicInteger calls = new AtomicInteger();
        PaperSet set = PaperSet.of(papers, p -> {
            calls.incrementAndGet();
            return ClaimExtractor.extract(p);
        });
        assertThat(calls.get()).as("extractor calls").isEqualTo(1);
        assertThat(set.size()).isEqualTo(10_001);
        assertThat(set.filter(PaperQuery.hasClaim(ClaimType.RELEASE)).size()).isEqualTo(10_001);
    }
}
