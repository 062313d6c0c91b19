package dev.paperdex.analysis;

import dev.paperdex.ReportedMetric;
import java.util.List;
import java.util.Optional;

/**
 * What a claim compares against: a metric's baseline, else the phrase after "than", "over", ...
 * ({@link RuleWords#BASELINE_TRIGGERS}) up to a word that ends it ({@link RuleWords#BASELINE_STOPS}).
 */
final class Baselines {
    private static final int MAX_TOKENS = 8;

    private Baselines() {}

    /** The baseline of a sentence whose tokens are classed as {@code classes}, given its metrics. */
    static Optional<String> of(SentenceCues cues, RuleWords.Classes classes, List<ReportedMetric> metrics) {
        for (ReportedMetric m : metrics) {
            if (m.baseline().isPresent()) {
                return m.baseline();
            }
        }
        if (!classes.any(RuleWords.BASELINE_TRIGGER | RuleWords.COMPARED)) {
            return Optional.empty();
        }
        CueTokens t = cues.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            int from = -1;
            if (classes.is(i, RuleWords.BASELINE_TRIGGER)) {
                from = i + 1;
            } else if (classes.is(i, RuleWords.COMPARED) && classes.is(i + 1, RuleWords.TO_OR_WITH)) {
                from = i + 2;
            }
            if (from < 0 || from >= t.size() || t.isNumber(from) || classes.is(from, RuleWords.BASELINE_STOP)) {
                continue;
            }
            int to = from;
            while (to < t.size() && to - from < MAX_TOKENS && !classes.is(to, RuleWords.BASELINE_STOP)) {
                to++;
            }
            return Optional.of(cues.sentence().substring(t.start(from), t.end(to - 1)));
        }
        return Optional.empty();
    }
}
