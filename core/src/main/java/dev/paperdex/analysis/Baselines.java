package dev.paperdex.analysis;

import dev.paperdex.ReportedMetric;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a claim compares against: a metric's baseline, else the phrase after "than", "over", ... */
final class Baselines {
    private static final Set<String> TRIGGERS = Set.of("than", "over", "against", "versus", "vs");
    private static final Set<String> STOPS = Set.of(
            ",",
            ";",
            ":",
            ".",
            "(",
            ")",
            "by",
            "on",
            "in",
            "across",
            "while",
            "with",
            "at",
            "for",
            "when",
            "under",
            "using",
            "without",
            "despite",
            "respectively",
            "and",
            "to",
            "of",
            "from",
            "through",
            "via",
            "as",
            "which",
            "that",
            "or",
            "both",
            "even",
            "is",
            "are",
            "trained",
            "[");
    private static final int MAX_TOKENS = 8;

    private Baselines() {}

    static Optional<String> of(SentenceCues cues, List<ReportedMetric> metrics) {
        for (ReportedMetric m : metrics) {
            if (m.baseline().isPresent()) {
                return m.baseline();
            }
        }
        CueTokens t = cues.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.word(i);
            int from = -1;
            if (TRIGGERS.contains(w)) {
                from = i + 1;
            } else if ((w.equals("compared") || w.equals("relative"))
                    && (t.word(i + 1).equals("to") || t.word(i + 1).equals("with"))) {
                from = i + 2;
            }
            if (from < 0 || from >= t.size() || t.isNumber(from) || STOPS.contains(t.word(from))) {
                continue;
            }
            int to = from;
            while (to < t.size() && to - from < MAX_TOKENS && !STOPS.contains(t.word(to))) {
                to++;
            }
            return Optional.of(cues.sentence().substring(t.start(from), t.end(to - 1)));
        }
        return Optional.empty();
    }
}
