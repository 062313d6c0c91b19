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

/**
 * A set of real abstracts with gold annotations, analysed once and scored (EXTRACTION.md section
 * 4): {@code papers} (id, title, abstract), {@code metrics} and {@code claims} as the gold files
 * write them, all JSON Lines resources. Set {@code -Dpaperdex.verbose} to print every miss.
 */
final class GoldSet {
    private final String name;
    private final String metrics;
    private final String claims;
    private final Map<String, JsonNode> papers = new LinkedHashMap<>();
    private final Map<String, AbstractAnalysis> analyses = new LinkedHashMap<>();

    GoldSet(String name, String papers, String metrics, String claims) throws IOException {
        this.name = name;
        this.metrics = metrics;
        this.claims = claims;
        for (JsonNode p : lines(papers)) {
            String id = p.get("id").asText();
            this.papers.put(id, p);
            analyses.put(
                    id,
                    AbstractAnalyzer.analyze(
                            Optional.of(p.get("title").asText()),
                            p.get("abstract").asText()));
        }
    }

    int size() {
        return papers.size();
    }

    /** The metric scores of every paper, printed. */
    MetricsScorer scoreMetrics() throws IOException {
        Map<String, List<MetricsScorer.Gold>> gold;
        try (InputStream in = GoldSet.class.getResourceAsStream(metrics)) {
            assertThat(in).as("%s on the test class path", metrics).isNotNull();
            gold = MetricsScorer.readGold(in);
        }
        assertThat(gold.keySet()).containsExactlyInAnyOrderElementsOf(papers.keySet());
        MetricsScorer scorer = new MetricsScorer();
        for (Map.Entry<String, List<MetricsScorer.Gold>> e : gold.entrySet()) {
            String id = e.getKey();
            scorer.score(
                    id,
                    papers.get(id).get("abstract").asText(),
                    e.getValue(),
                    analyses.get(id).metrics());
        }
        System.out.print(name + " metrics on " + gold.size() + " papers\n"
                + scorer.report(System.getProperty("paperdex.verbose") != null));
        return scorer;
    }

    /** The claim scores of every paper, printed. */
    ClaimsScore scoreClaims() throws IOException {
        ClaimsScore score = new ClaimsScore();
        int count = 0;
        for (JsonNode entry : lines(claims)) {
            String id = entry.get("id").asText();
            assertThat(analyses).as("%s paper %s", name, id).containsKey(id);
            score.add(id, analyses.get(id).claims(), ClaimsScore.goldOf(entry));
            count++;
        }
        assertThat(count).as("%s papers with gold claims", name).isEqualTo(papers.size());
        System.out.print(name + " claims on " + count + " papers\n" + score.report());
        if (System.getProperty("paperdex.verbose") != null) {
            score.problems().forEach(System.out::println);
        }
        return score;
    }

    private static List<JsonNode> lines(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = GoldSet.class.getResourceAsStream(resource)) {
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
