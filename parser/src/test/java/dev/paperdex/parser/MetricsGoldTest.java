package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Paper;
import dev.paperdex.analysis.MetricExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link MetricExtractor} on the seed abstracts against {@code gold/seed-metrics.jsonl}
 * (EXTRACTION.md section 4) and prints precision, recall and F1 overall and per phenomenon. Set
 * the system property {@code paperdex.verbose} to also print false positives, false negatives and
 * disagreements.
 */
final class MetricsGoldTest {
    private static final List<String> SEED_FILES = List.of("000_ac4d8aa2034e5b5f.txt", "003_94c5f68b1bf7e18c.txt");

    private static Map<String, List<MetricsScorer.Gold>> gold() throws IOException {
        try (InputStream in = MetricsGoldTest.class.getResourceAsStream("/gold/seed-metrics.jsonl")) {
            assertThat(in).as("gold/seed-metrics.jsonl on the test class path").isNotNull();
            return MetricsScorer.readGold(in);
        }
    }

    @Test
    void extractsTheGoldMetricsOfTheSeedAbstracts() throws IOException {
        Map<String, List<MetricsScorer.Gold>> gold = gold();
        MetricsScorer scorer = new MetricsScorer();
        int papers = 0;
        for (String file : SEED_FILES) {
            String prefix = file.substring(0, 3);
            ParseResult r = Papers.read(
                    Path.of(System.getProperty("paperdex.seeds"), file),
                    ParseOptions.defaults().withYear(2025));
            for (int i = 0; i < r.papers().size(); i++) {
                Paper p = r.papers().get(i);
                String id = String.format("%s-%03d", prefix, i);
                assertThat(gold).as("gold entry for %s", id).containsKey(id);
                scorer.score(id, p.abstractText(), gold.get(id), MetricExtractor.extract(p.abstractText()));
                papers++;
            }
        }
        assertThat(papers).as("papers read from the seeds").isEqualTo(gold.size());

        System.out.print(scorer.report(System.getProperty("paperdex.verbose") != null));

        assertThat(scorer.f1()).as("metrics F1").isGreaterThanOrEqualTo(0.95);
        assertThat(scorer.benchmarkAgreement())
                .as("benchmark agreement on matched pairs")
                .isGreaterThanOrEqualTo(0.90);
        // not a bar of the spec (it scores no names): a floor so that naming cannot silently get worse
        assertThat(scorer.metricAgreement()).as("metric-name agreement").isGreaterThanOrEqualTo(0.55);
    }

    @Test
    void normalisesBenchmarksAsTheSpecSays() {
        assertThat(MetricsScorer.normalizeBenchmark("the GenEval benchmark")).isEqualTo("geneval");
        assertThat(MetricsScorer.normalizeBenchmark("MATH500, AIME24, and GPQA_diamond benchmarks"))
                .isEqualTo("math500, aime24, and gpqa_diamond");
        assertThat(MetricsScorer.normalizeBenchmark("the DROP dataset.")).isEqualTo("drop");
        assertThat(MetricsScorer.normalizeBenchmark("MATH test set")).isEqualTo("math");
        assertThat(MetricsScorer.normalizeBenchmark(null)).isNull();
    }
}
