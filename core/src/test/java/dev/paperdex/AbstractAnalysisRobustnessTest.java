package dev.paperdex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.analysis.AbstractAnalysis;
import dev.paperdex.analysis.AbstractAnalyzer;
import dev.paperdex.analysis.ClaimExtractor;
import dev.paperdex.analysis.MetricExtractor;
import dev.paperdex.analysis.SentenceSplitter;
import dev.paperdex.links.LinkFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Random text built from the pieces real abstracts are made of never makes the analysers throw,
 * every span they return points at the text they say it holds, the one pass equals the separate
 * calls, and analysing on many threads at once gives the same values as on one.
 */
final class AbstractAnalysisRobustnessTest {
    private static final String[] PIECES = {
        "We",
        " propose",
        " X-1",
        ",",
        " which",
        " outperforms",
        " GPT-4o",
        " by",
        " +3.5%",
        " on",
        " GSM8K",
        ".",
        " 3-13%",
        " 2x",
        " ~18\\%",
        " up to",
        " 5$\\times$",
        " respectively",
        " (",
        ")",
        " [",
        "]",
        " e.g.",
        " i.e.",
        " et al.",
        " https://github.com/a/b",
        ".",
        " \\url{https://x.y/z.}",
        " arXiv:2410.15027",
        " www.",
        "://",
        " 1.2.3",
        " from",
        " 57.2%",
        " to",
        " 65%",
        " faster",
        " state-of-the-art",
        " Code",
        " is",
        " available",
        "!",
        "?",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00A0",
        "\u2022",
        "\u00B7",
        "\uD83D\uDE00",
        "\\",
        "{",
        "}",
        "$",
        "%",
        "x",
        "-fold",
        " eight-fold",
        " twice",
        " an order of magnitude",
        " 7B",
        " 54K",
        " 2024",
        " v2",
        " Fig.",
        " 0.",
        " .5",
        " 1e-3",
        " -15.25",
        " \u00D7",
        " \u2265",
        " <",
        " >"
    };

    @Test
    void randomAbstractsNeverThrowAndSpansHoldTheirText() {
        Random random = new Random(7);
        for (int i = 0; i < 4000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = s.toString();
            List<Link> links = LinkFinder.find(text);
            for (Link l : links) {
                assertThat(l.url()).isNotBlank();
                assertThat(l.end().getAsInt()).isLessThanOrEqualTo(text.length());
            }
            List<ReportedMetric> metrics = MetricExtractor.extract(text);
            for (ReportedMetric m : metrics) {
                assertThat(text.substring(m.start(), m.end())).as(text).isEqualTo(m.text());
            }
            for (Span span : SentenceSplitter.split(text)) {
                assertThat(span.end()).isLessThanOrEqualTo(text.length());
            }
            List<Claim> claims = ClaimExtractor.extract(text, metrics);
            for (Claim c : claims) {
                assertThat(text.substring(c.start(), c.end())).isEqualTo(c.sentence());
                assertThat(c.types()).isNotEmpty();
                for (int k = 0; k < c.metricIndexes().size(); k++) {
                    assertThat(metrics.get(c.metricIndexes().get(k)))
                            .isEqualTo(c.metrics().get(k));
                }
            }
            // the one pass gives what the separate calls give
            AbstractAnalysis one = AbstractAnalyzer.analyze(Optional.empty(), text);
            assertThat(one.links()).isEqualTo(links);
            assertThat(one.metrics()).isEqualTo(metrics);
            assertThat(one.claims()).isEqualTo(claims);
        }
    }

    @Test
    void analysingOnManyThreadsGivesWhatOneThreadGives() throws Exception {
        Random random = new Random(11);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(80); k > 0; k--) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(s.toString());
        }
        List<AbstractAnalysis> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(AbstractAnalyzer.analyze(Optional.of("T: " + t.length()), t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<AbstractAnalysis>> parallel = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String t : texts) {
                    parallel.add(pool.submit(() -> AbstractAnalyzer.analyze(Optional.of("T: " + t.length()), t)));
                }
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
