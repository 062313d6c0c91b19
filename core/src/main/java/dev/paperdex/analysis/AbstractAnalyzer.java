package dev.paperdex.analysis;

import dev.paperdex.Claim;
import dev.paperdex.Link;
import dev.paperdex.ReportedMetric;
import dev.paperdex.links.LinkFinder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an abstract once and finds its links, reported metrics and claims together. Thread-safe
 * and linear in the length of the text.
 */
public final class AbstractAnalyzer {
    private AbstractAnalyzer() {}

    /** The analysis of {@code abstractText}; the title, when given, helps name the claims' subject. */
    public static AbstractAnalysis analyze(Optional<String> title, String abstractText) {
        Objects.requireNonNull(abstractText, "abstractText");
        AnalyzedText analyzed = AnalyzedText.of(abstractText);
        List<Link> links = LinkFinder.find(abstractText);
        List<ReportedMetric> metrics = MetricExtractor.extract(analyzed);
        List<Claim> claims = ClaimExtractor.extract(analyzed, metrics, title);
        return new AbstractAnalysis(links, metrics, claims);
    }
}
