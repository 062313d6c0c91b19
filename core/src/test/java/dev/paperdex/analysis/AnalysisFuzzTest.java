package dev.paperdex.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paperdex.Claim;
import dev.paperdex.Link;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Span;
import dev.paperdex.links.LinkFinder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz targets for the analysis of abstracts: the one pass and each extractor. Contract: nothing is
 * thrown, and every span lies inside the text and matches it. The input is a title line, a line
 * feed and the abstract. The corpus in {@code AnalysisFuzzTestInputs/} runs as ordinary tests; with
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes (see the README, "Fuzzing").
 */
final class AnalysisFuzzTest {
    @FuzzTest
    void analyze(byte[] data) {
        String s = new String(data, StandardCharsets.UTF_8);
        int nl = s.indexOf('\n');
        Optional<String> title = nl < 0 ? Optional.empty() : Optional.of(s.substring(0, nl));
        String text = nl < 0 ? s : s.substring(nl + 1);
        AbstractAnalysis a = AbstractAnalyzer.analyze(title, text);
        assertSpans(text, a.links(), a.metrics(), a.claims());
        assertThat(AbstractAnalyzer.analyze(title, text)).isEqualTo(a);
    }

    @FuzzTest
    void extractors(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        List<ReportedMetric> metrics = MetricExtractor.extract(text);
        List<Claim> claims = ClaimExtractor.extract(text, metrics);
        List<Link> links = LinkFinder.find(text);
        assertSpans(text, links, metrics, claims);
        int last = 0;
        for (Span sentence : SentenceSplitter.split(text)) {
            assertThat(sentence.start()).isGreaterThanOrEqualTo(last);
            assertThat(sentence.end()).isLessThanOrEqualTo(text.length());
            last = sentence.end();
        }
    }

    /** Every span inside {@code text}; metric texts and claim sentences are the text they cover. */
    static void assertSpans(String text, List<Link> links, List<ReportedMetric> metrics, List<Claim> claims) {
        int n = text.length();
        for (Link l : links) {
            l.span().ifPresent(span -> assertThat(span.end()).isLessThanOrEqualTo(n));
        }
        for (ReportedMetric m : metrics) {
            assertThat(m.end()).isLessThanOrEqualTo(n);
            assertThat(m.span().textIn(text)).isEqualTo(m.text());
            m.benchmarkSpan().ifPresent(span -> assertThat(span.end()).isLessThanOrEqualTo(n));
            m.baselineSpan().ifPresent(span -> assertThat(span.end()).isLessThanOrEqualTo(n));
        }
        for (Claim c : claims) {
            assertThat(c.end()).isLessThanOrEqualTo(n);
            assertThat(c.start()).isLessThanOrEqualTo(c.end());
            for (ReportedMetric m : c.metrics()) {
                assertThat(metrics).contains(m);
            }
        }
    }
}
