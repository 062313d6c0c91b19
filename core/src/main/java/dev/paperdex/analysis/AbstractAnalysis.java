package dev.paperdex.analysis;

import dev.paperdex.Claim;
import dev.paperdex.Link;
import dev.paperdex.ReportedMetric;
import java.util.List;

/**
 * What {@link AbstractAnalyzer} found in one abstract: its links, reported metrics and claims, each
 * in text order. Immutable.
 *
 * @param links the links written in the abstract, with their spans
 * @param metrics the reported metrics (core/EXTRACTION.md section 1)
 * @param claims the claim sentences (core/EXTRACTION.md section 2), linked to the metrics inside them
 */
public record AbstractAnalysis(List<Link> links, List<ReportedMetric> metrics, List<Claim> claims) {
    /** Copies the lists, so the value stays immutable. */
    public AbstractAnalysis {
        links = List.copyOf(links);
        metrics = List.copyOf(metrics);
        claims = List.copyOf(claims);
    }
}
