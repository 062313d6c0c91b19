package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperdex.analysis.AbstractAnalysis;
import dev.paperdex.analysis.AbstractAnalyzer;
import dev.paperdex.json.PaperdexJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the one-pass analysis on the 150 real abstracts of {@code gold/dev-papers.jsonl} against
 * {@code gold/dev-metrics.jsonl} and {@code gold/dev-claims.jsonl} (EXTRACTION.md section 4). These
 * abstracts are not the seeds: they are the check that the rules hold on text they were not
 * written from. Set {@code -Dpaperdex.verbose} to print every miss.
 */
final class DevGoldTest {
    private static final Map<String, JsonNode> PAPERS = new LinkedHashMap<>();
    private static final Map<String, AbstractAnalysis> ANALYSES = new LinkedHashMap<>();

    @BeforeAll
    static void analyse() throws IOException {
        for (JsonNode p : lines("/gold/dev-papers.jsonl")) {
            String id = p.get("id").asText();
            PAPERS.put(id, p);
            ANALYSES.put(
                    id,
                    AbstractAnalyzer.analyze(
                            Optional.of(p.get("title").asText()),
                            p.get("abstract").asText()));
        }
    }

    @Test
    void extractsTheGoldMetricsOfTheDevAbstracts() throws IOException {
        Map<String, List<MetricsScorer.Gold>> gold;
        try (InputStream in = DevGoldTest.class.getResourceAsStream("/gold/dev-metrics.jsonl")) {
            gold = MetricsScorer.readGold(in);
        }
        assertThat(gold.keySet()).containsExactlyInAnyOrderElementsOf(PAPERS.keySet());
        MetricsScorer scorer = new MetricsScorer();
        for (Map.Entry<String, List<MetricsScorer.Gold>> e : gold.entrySet()) {
            String id = e.getKey();
            scorer.score(
                    id,
                    PAPERS.get(id).get("abstract").asText(),
                    e.getValue(),
                    ANALYSES.get(id).metrics());
        }
        System.out.print("DevGoldTest metrics on " + gold.size() + " dev papers\n"
                + scorer.report(System.getProperty("paperdex.verbose") != null));
        assertThat(scorer.f1()).as("dev metrics F1").isGreaterThanOrEqualTo(DEV_METRIC_F1);
        assertThat(scorer.benchmarkAgreement()).as("dev benchmark agreement").isGreaterThanOrEqualTo(DEV_BENCHMARK);
        assertThat(scorer.metricAgreement()).as("dev metric-name agreement").isGreaterThanOrEqualTo(DEV_METRIC_NAME);
    }

    @Test
    void findsTheGoldClaimsOfTheDevAbstracts() throws IOException {
        ClaimsScore score = new ClaimsScore();
        int papers = 0;
        for (JsonNode entry : lines("/gold/dev-claims.jsonl")) {
            String id = entry.get("id").asText();
            assertThat(ANALYSES).as("dev paper %s", id).containsKey(id);
            List<ClaimsScore.Gold> claims = ClaimsScore.goldOf(entry);
            score.add(id, ANALYSES.get(id).claims(), claims);
            papers++;
        }
        System.out.print("DevGoldTest claims on " + papers + " dev papers\n" + score.report());
        if (System.getProperty("paperdex.verbose") != null) {
            score.problems().forEach(System.out::println);
        }
        assertThat(papers).isEqualTo(150);
        assertThat(score.f1()).as("dev claim F1").isGreaterThanOrEqualTo(DEV_CLAIM_F1);
        assertThat(score.typeAgreement()).as("dev claim type agreement").isGreaterThanOrEqualTo(DEV_TYPES);
    }

    // The floors this suite holds: the bar on unseen real papers is metric F1 0.90, benchmark 0.80,
    // claim F1 0.88 and types 0.82.
    private static final double DEV_METRIC_F1 = 0.96;
    private static final double DEV_BENCHMARK = 0.86;
    // not a bar of the spec (it scores no names): a floor so that naming cannot silently get worse
    private static final double DEV_METRIC_NAME = 0.55;
    private static final double DEV_CLAIM_F1 = 0.91;
    private static final double DEV_TYPES = 0.86;

    private static List<JsonNode> lines(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = DevGoldTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("%s on the test class path", resource).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(PaperdexJson.mapper().readTree(line));
                }
            }
        }
        return out;
    }
}
