package dev.paperdex.analysis;

import dev.paperdex.ClaimType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The decision whether one sentence is a claim and of which types (EXTRACTION.md section 2). */
final class ClaimRules {
    /** Rule name recorded when a number with a unit shows an outcome. */
    static final String METRIC_NUMBER = "outcome:metric-number";

    /** The types and the names of the rules that gave them. */
    record Decision(Set<ClaimType> types, List<String> cues) {}

    private ClaimRules() {}

    /**
     * The index of the first sentence that speaks of the paper's own work: an intro cue ("we
     * propose", "this paper presents"), else the first sentence in the first person, else 0.
     */
    static int introIndex(List<SentenceCues> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            if (!ClaimLexicons.INSTANCE.intro.find(sentences.get(i).tokens()).isEmpty()) {
                return i;
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).firstPerson()) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Decides one sentence. A release cue alone makes a release claim. Any other claim needs a type
     * cue and a sign of an evaluated outcome (a strong cue, an evidence cue or a number with a
     * unit), and is refused when it hedges, stands before the abstract turns to the paper's work
     * without naming it, is background without the paper's own work, describes the method or the
     * set-up without an outcome, or only states what an experiment is for.
     */
    static Optional<Decision> decide(SentenceCues s, boolean beforeIntro, boolean mentionsSubject) {
        Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
        List<String> cues = new ArrayList<>();
        if (!s.release.isEmpty()) {
            types.add(ClaimType.RELEASE);
            names(s.release, cues);
        }
        List<Lexicon.Match> performance = new ArrayList<>();
        List<Lexicon.Match> comparison = new ArrayList<>();
        for (Lexicon.Match m : s.performance) {
            // "improves throughput" is an efficiency gain, not a quality result
            if (s.efficiency.stream().noneMatch(m::overlaps)) {
                performance.add(m);
            }
        }
        for (Lexicon.Match m : s.comparison) {
            if (s.efficiency.stream().noneMatch(m::overlaps)) {
                comparison.add(m);
            }
        }
        boolean metric = s.hasMetricNumber();
        boolean evidence = !s.evidence.isEmpty();
        boolean outcome = metric || evidence || !s.sota.isEmpty() || anyStrong(s.finding);
        boolean strong = outcome || !comparison.isEmpty() || anyStrong(performance) || anyStrong(s.efficiency);
        boolean typed = !performance.isEmpty()
                || !comparison.isEmpty()
                || !s.sota.isEmpty()
                || !s.efficiency.isEmpty()
                || !s.finding.isEmpty();
        boolean ownMethod = s.ownMethod() || mentionsSubject;
        boolean own = s.ownWork() || mentionsSubject;
        boolean hedge = !s.hedge.isEmpty() && !metric;
        boolean background =
                beforeIntro && !s.firstPerson() && !mentionsSubject || !s.background.isEmpty() && !own && !metric;
        boolean description = !s.method.isEmpty() && !outcome && comparison.isEmpty();
        boolean purposeOnly = !s.purpose.isEmpty() && !metric && s.sota.isEmpty() && !anyStrong(s.finding);
        boolean blocked = hedge || background || description || purposeOnly || !strong;
        if (blocked || !(typed || evidence && ownMethod)) {
            return types.isEmpty() ? Optional.empty() : Optional.of(new Decision(types, List.copyOf(cues)));
        }
        if (metric) {
            cues.add(METRIC_NUMBER);
        }
        names(s.evidence, cues);
        if (!s.sota.isEmpty()) {
            types.add(ClaimType.SOTA);
            types.add(ClaimType.PERFORMANCE);
            names(s.sota, cues);
        }
        if (!performance.isEmpty() || !comparison.isEmpty()) {
            types.add(ClaimType.PERFORMANCE);
            names(comparison, cues);
            names(performance, cues);
        }
        if (!s.efficiency.isEmpty()) {
            types.add(ClaimType.EFFICIENCY);
            names(s.efficiency, cues);
        }
        if (!s.finding.isEmpty()) {
            if (!types.contains(ClaimType.PERFORMANCE)) {
                types.add(ClaimType.FINDING);
                names(s.finding, cues);
            } else if (ownMethod) {
                // the paper's own method winning is a performance claim, not a finding
                cues.add("consistency:own-method-result-is-performance");
            } else if (!comparison.isEmpty()
                    || !s.sota.isEmpty()
                    || Baselines.of(s, List.of()).isPresent()) {
                // an analysis that compares things is a finding and a performance result
                types.add(ClaimType.FINDING);
                names(s.finding, cues);
                cues.add("consistency:compared-finding-is-also-performance");
            } else if (metric || anyStrong(performance)) {
                // "we find that X yields +18% accuracy": a measured gain is a performance result
                cues.add("consistency:measured-gain-is-performance");
            } else {
                // "our analysis shows that X improves Y" is an insight about a factor
                types.remove(ClaimType.PERFORMANCE);
                types.add(ClaimType.FINDING);
                names(s.finding, cues);
                cues.add("consistency:analysed-factor-is-finding");
            }
        }
        if (types.contains(ClaimType.FINDING)
                && !types.contains(ClaimType.PERFORMANCE)
                && !anyStrong(s.efficiency)
                && types.remove(ClaimType.EFFICIENCY)) {
            // a finding about efficiency as a topic ("the trade-off between depth and efficiency")
            cues.add("consistency:efficiency-topic-of-finding");
        }
        if (!typed) {
            types.add(ClaimType.PERFORMANCE);
            cues.add("default:evaluated-own-method-is-performance");
        }
        return types.isEmpty() ? Optional.empty() : Optional.of(new Decision(types, List.copyOf(cues)));
    }

    private static boolean anyStrong(List<Lexicon.Match> matches) {
        return matches.stream().anyMatch(m -> m.cue().strong());
    }

    private static void names(List<Lexicon.Match> matches, List<String> into) {
        for (Lexicon.Match m : matches) {
            into.add(m.name());
        }
    }
}
