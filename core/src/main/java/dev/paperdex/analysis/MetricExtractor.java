package dev.paperdex.analysis;

import dev.paperdex.ReportedMetric;
import java.util.List;
import java.util.Objects;

/**
 * Finds the reported metrics of an abstract (core/EXTRACTION.md section 1): the numbers that report an
 * outcome, with their unit, kind, direction, qualifier, benchmark and baseline.
 *
 * <p>What it reads: signs ({@code +34.08%}, {@code -3.2}), LaTeX escapes ({@code 72\%}, the tie
 * {@code ~}), ranges ({@code 3-13%}, {@code 3~5x}, {@code ranging from 71.5 to 77.6}, {@code
 * between 76.5 and 96.2}), qualifiers touching the number ({@code ~}, {@code about}, {@code over},
 * {@code more than}, {@code up to}, {@code within}, {@code >}, a {@code +} after it), factors
 * ({@code 4x}, {@code ×}, {@code times}, {@code -fold}, {@code eight-fold}, {@code twice}, {@code
 * halve}, {@code an order of magnitude}), points and percentage points, bare scores next to a
 * metric name ({@code FID of 2.1}, {@code 12.3 mAP}, {@code FID 3.1}), coordinated lists and {@code
 * respectively}, outcome counts ({@code solves 13 of 73 tasks}), and a benchmark named in another
 * sentence: the evaluation of the sentence before, or the one benchmark the abstract introduces.
 * It leaves out sizes and counts ({@code 7B}, {@code 54K problems}, {@code 12,000 GPUs}), years,
 * versions, identifiers and digits inside names ({@code GPT-4o}, {@code MATH500}).
 *
 * <p>Thread-safe and without shared mutable state; runs in time linear in the length of the text
 * (a hand-written scanner, no regular expressions).
 */
public final class MetricExtractor {
    private MetricExtractor() {}

    /** The reported metrics of {@code abstractText}, in text order. */
    public static List<ReportedMetric> extract(String abstractText) {
        return extract(AnalyzedText.of(Objects.requireNonNull(abstractText, "abstractText")));
    }

    static List<ReportedMetric> extract(AnalyzedText analyzed) {
        Tokens tokens = new Tokens(analyzed);
        List<Mention> mentions = new MentionScanner(tokens).scan();
        return List.copyOf(new MetricAttacher(tokens).attach(mentions));
    }
}
