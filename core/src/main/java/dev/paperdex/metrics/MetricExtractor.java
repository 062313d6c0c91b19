package dev.paperdex.metrics;

import dev.paperdex.ReportedMetric;
import java.util.List;
import java.util.Objects;

/**
 * Finds the reported metrics of an abstract (EXTRACTION.md section 1).
 *
 * <p>Thread-safe; runs in time linear in the length of the text.
 */
public final class MetricExtractor {
    private MetricExtractor() {}

    /** The reported metrics of {@code abstractText}, in text order. */
    public static List<ReportedMetric> extract(String abstractText) {
        return List.copyOf(new Analysis(Objects.requireNonNull(abstractText, "abstractText")).run());
    }
}
