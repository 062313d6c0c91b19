package dev.paperdex.claims;

import dev.paperdex.Claim;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import java.util.List;

/**
 * Finds the claim sentences of an abstract (EXTRACTION.md section 2), typed and linked to the
 * metrics inside them. Thread-safe.
 */
public final class ClaimExtractor {
    private ClaimExtractor() {}

    /** The claims of a paper's abstract, using the paper's metrics. */
    public static List<Claim> extract(Paper paper) {
        return extract(paper.abstractText(), paper.metrics());
    }

    /** The claims of an abstract, given the metrics found in it. */
    public static List<Claim> extract(String abstractText, List<ReportedMetric> metrics) {
        return List.of();
    }
}
