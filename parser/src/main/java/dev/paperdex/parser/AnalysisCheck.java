package dev.paperdex.parser;

import dev.paperdex.Claim;
import dev.paperdex.Link;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Span;
import java.util.Optional;

/**
 * Checks that the analysis a record carries fits its abstract: every link, metric, benchmark,
 * baseline and claim offset lies inside the abstract, each metric's text and each claim's sentence
 * is the text at its offsets. A paperdex JSON line is trusted for nothing else.
 */
final class AnalysisCheck {
    private AnalysisCheck() {}

    /** What is wrong with the offsets of {@code p}, or empty when they all fit its abstract. */
    static Optional<String> problem(Paper p) {
        String text = p.abstractText();
        int n = text.length();
        for (Link l : p.links()) {
            if (l.start().isPresent() != l.end().isPresent()) {
                return Optional.of("link '" + l.url() + "' has only one of start and end");
            }
            Optional<Span> span = l.span();
            if (span.isPresent() && span.get().end() > n) {
                return Optional.of(outside("link '" + l.url() + "'", span.get(), n));
            }
        }
        for (ReportedMetric m : p.metrics()) {
            Span span = m.span();
            if (span.end() > n) {
                return Optional.of(outside("metric '" + m.text() + "'", span, n));
            }
            if (!span.textIn(text).equals(m.text())) {
                return Optional.of("metric '" + m.text() + "' does not match the abstract at " + span.start() + "-"
                        + span.end() + " ('" + span.textIn(text) + "')");
            }
            for (Optional<Span> other : java.util.List.of(m.benchmarkSpan(), m.baselineSpan())) {
                if (other.isPresent() && other.get().end() > n) {
                    return Optional.of(outside("benchmark or baseline of metric '" + m.text() + "'", other.get(), n));
                }
            }
        }
        for (Claim c : p.claims()) {
            if (c.end() > n) {
                return Optional.of(outside("claim", c.span(), n));
            }
            if (!c.span().textIn(text).equals(c.sentence())) {
                return Optional.of("claim sentence does not match the abstract at " + c.start() + "-" + c.end());
            }
        }
        return Optional.empty();
    }

    private static String outside(String what, Span span, int length) {
        return what + " at " + span.start() + "-" + span.end() + " lies outside the abstract (length " + length + ")";
    }
}
