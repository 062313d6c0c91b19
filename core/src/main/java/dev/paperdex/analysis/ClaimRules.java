package dev.paperdex.analysis;

import dev.paperdex.ClaimType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The decision whether one sentence is a claim and of which types (core/EXTRACTION.md section 2). */
final class ClaimRules {
    /** Rule name recorded when a number with a unit shows an outcome. */
    static final String METRIC_NUMBER = "outcome:metric-number";

    /** The efficiency cue of a multiplicative factor ("3x", "5 times"). */
    private static final String FACTOR_CUE = "efficiency:<num> x|times|fold";

    /** The comparison cue of "than the baselines", which a speed or cost advantage also uses. */
    private static final String THAN_CUE = "comparison:than ~";

    /** The sota cue of a comparison with the state of the art, which parity does not win. */
    private static final String COMPARED_TO_SOTA_CUE = "sota:compared|relative to|with ~ state of the art";

    /** The types and the names of the rules that gave them. */
    record Decision(Set<ClaimType> types, List<String> cues) {}

    /**
     * What the sentences before tell about one sentence: whether it stands before the abstract turns
     * to the paper's work, whether it names the paper's method, whether the paper is an analysis or a
     * benchmark of existing models, whether the abstract has already turned to its evaluation,
     * whether it has already reported a result (a claim, evidence or a finding: what a concluding
     * sentence needs before it), and whether the sentence before was a finding (or announced findings).
     */
    record Context(
            boolean beforeIntro,
            boolean mentionsSubject,
            boolean studyIntro,
            Title title,
            boolean evaluated,
            boolean resultsSeen,
            boolean afterFinding) {
        /** Whether the paper is an analysis or a benchmark of existing models, by its intro or title. */
        boolean analysisPaper() {
            return studyIntro || title.isAnalysis();
        }
    }

    /**
     * Whether a paper's title is that of an analysis or a benchmark paper ({@link
     * #ANALYSIS_TITLE_WORDS}), worked out when a rule first asks: most sentences never do. Belongs
     * to one call, on one thread.
     */
    static final class Title {
        private final Optional<String> title;
        private byte known;

        Title(Optional<String> title) {
            this.title = title;
        }

        boolean isAnalysis() {
            if (known == 0) {
                known = title.map(ClaimRules::analysisTitle).orElse(false) ? (byte) 1 : (byte) 2;
            }
            return known == 1;
        }
    }

    /** Title words of analysis and benchmark papers. */
    private static final List<String> ANALYSIS_TITLE_WORDS = List.of(
            "?",
            "bench",
            "evaluat",
            "empirical",
            "study",
            "analysis",
            "analyzing",
            "analysing",
            "towards understanding",
            "survey",
            "revisiting",
            "investigat",
            "probing",
            "lessons",
            "lost in",
            "mechanism of",
            "unveiling",
            "demystifying");

    /**
     * Decides every sentence of an abstract in order. {@code mentionsSubject} says for each sentence
     * whether it names one of the paper's own methods or models.
     */
    static List<Optional<Decision>> decideAll(
            List<SentenceCues> sentences,
            RuleWords.Classes[] classes,
            boolean[] mentionsSubject,
            Optional<String> title) {
        int intro = introIndex(sentences);
        Title analysisTitle = new Title(title);
        boolean studyIntro = false;
        boolean evaluated = false;
        boolean resultsSeen = false;
        boolean afterFinding = false;
        List<Optional<Decision>> decisions = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            SentenceCues s = sentences.get(i);
            // the study lexicon is only matched where it can still change something
            boolean analysisIntro = i >= intro && (i == intro || !evaluated) && s.analysisIntro();
            if (i == intro && analysisIntro && !proposesMethod(s)) {
                studyIntro = true;
            }
            Context context = new Context(
                    i < intro, mentionsSubject[i], studyIntro, analysisTitle, evaluated, resultsSeen, afterFinding);
            Optional<Decision> decision = decide(s, classes[i], context);
            decisions.add(decision);
            boolean finding = decision.isPresent() && decision.get().types().contains(ClaimType.FINDING);
            afterFinding = finding || announcesFindings(s, classes[i]);
            resultsSeen |= i >= intro
                    && (!s.evidence.isEmpty()
                            || !s.finding.isEmpty()
                            || decision.isPresent()
                                    && !onlyRelease(decision.get().types()));
            evaluated |= i >= intro
                    && (analysisIntro
                            || !s.evidence.isEmpty()
                            || !s.finding.isEmpty()
                            || decision.isPresent()
                                    && !onlyRelease(decision.get().types()));
        }
        return decisions;
    }

    private static boolean onlyRelease(Set<ClaimType> types) {
        return types.size() == 1 && types.contains(ClaimType.RELEASE);
    }

    /** "we propose a method", "we introduce a framework": the paper's work is a method. */
    private static boolean proposesMethod(SentenceCues s) {
        CueTokens t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String w = t.word(i);
            if (w.startsWith("propos") || ClaimLexicons.INSTANCE.proposalNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean analysisTitle(String title) {
        String t = title.toLowerCase(java.util.Locale.ROOT);
        for (String w : ANALYSIS_TITLE_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "Our evaluation yields three findings." or "We make three observations:" */
    private static boolean announcesFindings(SentenceCues s, RuleWords.Classes c) {
        int n = s.tokens().size();
        if (n > 0 && c.is(n - 1, RuleWords.COLON)) {
            return !s.finding.isEmpty() || !s.evidence.isEmpty();
        }
        return c.any(RuleWords.FINDINGS_NOUN);
    }

    private ClaimRules() {}

    /**
     * The index of the first sentence that speaks of the paper's own work: an intro cue ("we
     * propose", "this paper presents"), else the first sentence in the first person, else 0.
     */
    static int introIndex(List<SentenceCues> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            if (!sentences.get(i).matches(ClaimLexicons.INSTANCE.intro).isEmpty()) {
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
    static Optional<Decision> decide(SentenceCues s, RuleWords.Classes c, Context context) {
        if (!mayClaim(s)) {
            return Optional.empty();
        }
        boolean beforeIntro = context.beforeIntro();
        boolean mentionsSubject = context.mentionsSubject();
        Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
        List<String> cues = new ArrayList<>();
        if (!s.release.isEmpty()) {
            types.add(ClaimType.RELEASE);
            names(s.release, cues);
        }
        List<Lexicon.Match> manner = s.manner();
        // most sentences have few kinds of cues: a kind without any allocates nothing
        List<Lexicon.Match> efficiency = s.efficiency.isEmpty() ? List.of() : new ArrayList<>();
        boolean factor = false;
        for (Lexicon.Match m : s.efficiency) {
            if (isFactor(m)) {
                // "Step1X" or "a 2 times 2 design" is no speed-up
                if (inName(s.tokens(), m) || followedByNumber(s.tokens(), m)) {
                    continue;
                }
                factor = true;
            }
            efficiency.add(m);
        }
        // "reduces harmful outputs 10x": a factor on something that is not a resource
        List<Lexicon.Match> performance = s.performance.isEmpty() ? List.of() : new ArrayList<>();
        List<Lexicon.Match> comparison = s.comparison.isEmpty() ? List.of() : new ArrayList<>();
        for (Lexicon.Match m : s.performance) {
            // "improves throughput" is an efficiency gain, not a quality result
            if (overlapsNone(efficiency, m) && overlapsNone(manner, m)) {
                performance.add(m);
            }
        }
        for (Lexicon.Match m : s.comparison) {
            // "3x faster than the baseline": the comparison of an efficiency claim
            boolean ofEfficiency = m.name().startsWith(THAN_CUE) && !efficiency.isEmpty();
            if (!ofEfficiency && overlapsNone(efficiency, m) && overlapsNone(manner, m)) {
                comparison.add(m);
            }
        }
        // ... unless it outperforms something by that factor ("surpasses X by 3x")
        boolean factorOnly = factor && comparison.isEmpty() && allFactors(efficiency);
        if (factorOnly) {
            efficiency.clear();
        }
        // "competitive results compared to state-of-the-art methods" matches the state of the art
        List<Lexicon.Match> sota = anyParity(comparison) ? withoutComparedToSota(s.sota) : s.sota;
        boolean metric = s.hasMetricNumber();
        boolean evidence = !s.evidence.isEmpty();
        boolean outcome = metric || evidence || !sota.isEmpty() || anyStrong(s.finding);
        boolean strong = outcome || !comparison.isEmpty() || anyStrong(performance) || anyStrong(efficiency);
        boolean typed = !performance.isEmpty()
                || !comparison.isEmpty()
                || !sota.isEmpty()
                || !efficiency.isEmpty()
                || !s.finding.isEmpty()
                || factorOnly;
        boolean ownMethod = s.ownMethod() || mentionsSubject;
        boolean own = s.ownWork() || mentionsSubject;
        boolean hedge = !s.hedge.isEmpty() && !metric;
        // "our experiments reveal that current agents fail ...": a problem the paper diagnoses itself
        boolean diagnosed = !beforeIntro && (anyStrong(s.finding) || anyShowsThat(s.evidence));
        boolean background = beforeIntro && !s.firstPerson() && !mentionsSubject
                || !s.background.isEmpty() && !own && !metric && !diagnosed;
        boolean description = !s.method.isEmpty() && !outcome && comparison.isEmpty();
        boolean purposeOnly = purpose(s) && !metric && sota.isEmpty() && !anyStrong(s.finding);
        // "PCuRL guides the model through ..., substantially improving its reasoning": what the method
        // does and what that is for, told before the abstract reports any evaluation
        boolean mechanism = !context.evaluated()
                && !metric
                && !evidence
                && comparison.isEmpty()
                && sota.isEmpty()
                && s.finding.isEmpty()
                && !performance.isEmpty()
                && allImprovingParticiples(s.tokens(), performance);
        if (mechanism) {
            cues.add("description:mechanism-participle-before-evaluation");
        }
        boolean blocked = hedge || background || description || purposeOnly || mechanism || !strong;
        if (blocked || !(typed || evidence && ownMethod)) {
            if (!hedge && !beforeIntro && !purposeOnly && types.isEmpty() && !background(s)) {
                contextual(s, context, description, ownMethod, metric, types, cues);
            }
            return types.isEmpty() ? Optional.empty() : Optional.of(new Decision(types, List.copyOf(cues)));
        }
        if (metric) {
            cues.add(METRIC_NUMBER);
        }
        names(s.evidence, cues);
        if (!sota.isEmpty()) {
            types.add(ClaimType.SOTA);
            types.add(ClaimType.PERFORMANCE);
            names(sota, cues);
        }
        if (!performance.isEmpty() || !comparison.isEmpty()) {
            types.add(ClaimType.PERFORMANCE);
            names(comparison, cues);
            names(performance, cues);
        }
        if (factorOnly) {
            types.add(ClaimType.PERFORMANCE);
            cues.add("consistency:factor-on-no-resource-is-performance");
        }
        if (!efficiency.isEmpty()) {
            types.add(ClaimType.EFFICIENCY);
            names(efficiency, cues);
        }
        if (!s.finding.isEmpty()) {
            if (!types.contains(ClaimType.PERFORMANCE)) {
                types.add(ClaimType.FINDING);
                names(s.finding, cues);
            } else if (ownMethod) {
                // the paper's own method winning is a performance claim, not a finding
                cues.add("consistency:own-method-result-is-performance");
                if (exposes(s.finding)) {
                    // "HippoCamp exposes the critical limitations of current agents and provides a
                    // robust foundation": what the benchmark shows of other models is a finding too
                    types.add(ClaimType.FINDING);
                    names(s.finding, cues);
                    cues.add("consistency:exposed-weakness-is-also-finding");
                }
            } else if (!comparison.isEmpty()
                    || !sota.isEmpty()
                    || Baselines.of(s, c, List.of()).isPresent()) {
                // an analysis that compares things other than the paper's method is a finding
                types.remove(ClaimType.PERFORMANCE);
                types.remove(ClaimType.SOTA);
                types.add(ClaimType.FINDING);
                names(s.finding, cues);
                cues.add("consistency:compared-finding-is-finding");
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
        if (types.contains(ClaimType.PERFORMANCE) && !types.contains(ClaimType.FINDING) && ownMethod) {
            List<Lexicon.Match> insight = s.insight();
            if (!insight.isEmpty()) {
                // "X outperforms Y, demonstrating that pixel-space modelling can compete"
                types.add(ClaimType.FINDING);
                names(insight, cues);
                cues.add("consistency:own-result-with-general-insight-is-also-finding");
            }
        }
        if (types.contains(ClaimType.PERFORMANCE)
                && !mentionsSubject
                && !c.ledByPronoun()
                && context.analysisPaper()
                && !ownModel(s)) {
            // in a study or a benchmark of existing models, how those models fare is a finding
            types.remove(ClaimType.PERFORMANCE);
            types.remove(ClaimType.SOTA);
            if (types.contains(ClaimType.EFFICIENCY) && metric && s.comparison.isEmpty()) {
                // "the optimizations correspond to a 1.67x speedup": a measured speed-up, nothing compared
                cues.add("analysis:measured-speed-up-is-efficiency");
            } else {
                types.add(ClaimType.FINDING);
                cues.add("analysis:studied-models-result-is-finding");
            }
        }
        if (types.contains(ClaimType.FINDING)
                && !types.contains(ClaimType.PERFORMANCE)
                && !anyStrong(efficiency)
                && types.remove(ClaimType.EFFICIENCY)) {
            // a finding about efficiency as a topic ("the trade-off between depth and efficiency")
            cues.add("consistency:efficiency-topic-of-finding");
        }
        if (!typed && theoretical(s)) {
            // "theoretically, we establish that X controls the variance": a result of analysis
            types.add(ClaimType.FINDING);
            cues.add("default:theoretical-result-is-finding");
        } else if (!typed) {
            types.add(ClaimType.PERFORMANCE);
            cues.add("default:evaluated-own-method-is-performance");
        }
        return types.isEmpty() ? Optional.empty() : Optional.of(new Decision(types, List.copyOf(cues)));
    }

    /**
     * The rules for sentences without a claim of their own kind, that the abstract around them makes
     * claims: a concluding sentence; a behaviour or regularity stated once the abstract has turned to
     * its evaluation; a sentence going on from a finding; an evaluated result that is not about the
     * paper's own method.
     */
    private static void contextual(
            SentenceCues s,
            Context context,
            boolean description,
            boolean ownMethod,
            boolean metric,
            Set<ClaimType> types,
            List<String> cues) {
        List<Lexicon.Match> conclusion = s.conclusion();
        if (!conclusion.isEmpty() && (context.resultsSeen() || !s.evidence.isEmpty())) {
            names(conclusion, cues);
            if (ownMethod || ownModel(s) || ownWorkNamed(s)) {
                // "our framework sets a foundation for efficient ...": the efficiency is the claim
                boolean quality = !s.performance.isEmpty() || !s.comparison.isEmpty();
                types.add(s.efficiency.isEmpty() || quality ? ClaimType.PERFORMANCE : ClaimType.EFFICIENCY);
                cues.add("conclusion:judges-own-method");
            } else {
                types.add(ClaimType.FINDING);
                cues.add("conclusion:about-an-approach-is-finding");
            }
            return;
        }
        if (description || purpose(s)) {
            return;
        }
        if (context.evaluated()) {
            List<Lexicon.Match> phenomenon = s.phenomenon();
            if (!phenomenon.isEmpty()) {
                names(phenomenon, cues);
                if (ownMethod && !context.analysisPaper()) {
                    // "X still detects attacks when they fail to ...": how the paper's method behaves
                    types.add(ClaimType.PERFORMANCE);
                    cues.add("analysis:own-method-behaviour-is-performance");
                } else {
                    types.add(ClaimType.FINDING);
                    cues.add("analysis:regularity-after-evaluation-is-finding");
                }
                return;
            }
        }
        if (context.afterFinding() && !s.continuation().isEmpty()) {
            types.add(ClaimType.FINDING);
            cues.add("analysis:continues-finding");
            return;
        }
        if (!ownMethod && anyShowsThat(s.evidence)) {
            names(s.evidence, cues);
            if (metric && !context.analysisPaper()) {
                types.add(ClaimType.PERFORMANCE);
                cues.add("default:evaluated-number-is-performance");
            } else {
                types.add(ClaimType.FINDING);
                cues.add("default:evaluated-result-not-about-own-method-is-finding");
            }
        }
    }

    /** Whether the sentence speaks of the paper's own method in so many words ("our method", "these techniques"). */
    private static boolean ownModel(SentenceCues s) {
        if (s.ownMethod()) {
            return true;
        }
        CueTokens t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.word(i);
            String next = t.word(i + 1);
            if (w.equals("these") && ClaimLexicons.INSTANCE.methodNouns.contains(next)) {
                return true;
            }
            // "our predictor", "our 4B model": anything of ours but our analysis of others
            if (w.equals("our")
                    && Character.isLetterOrDigit(next.charAt(0))
                    && !ClaimLexicons.INSTANCE.analysisNouns.contains(next)) {
                return true;
            }
            // "we propose a strategy that reduces decoding cost by 73%": a method of the paper's own,
            // even in a benchmark paper (which introduces or presents its benchmark, and proposes methods)
            if (w.equals("we")
                    && (next.equals("train")
                            || next.equals("build")
                            || next.equals("develop")
                            || next.equals("propose")
                            || next.equals("further")
                                    && i + 2 < t.size()
                                    && t.word(i + 2).equals("propose"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether any rule can make the sentence a claim: each needs a release cue, a type cue, an
     * evidence cue, or a cue of a conclusion, a regularity or a continuation.
     */
    private static boolean mayClaim(SentenceCues s) {
        return !s.release.isEmpty()
                || !s.performance.isEmpty()
                || !s.comparison.isEmpty()
                || !s.sota.isEmpty()
                || !s.efficiency.isEmpty()
                || !s.finding.isEmpty()
                || !s.evidence.isEmpty()
                || !s.conclusion().isEmpty()
                || !s.phenomenon().isEmpty()
                || !s.continuation().isEmpty();
    }

    private static boolean anyShowsThat(List<Lexicon.Match> evidence) {
        for (Lexicon.Match m : evidence) {
            if (showsThat(m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allFactors(List<Lexicon.Match> efficiency) {
        for (Lexicon.Match m : efficiency) {
            if (!isFactor(m)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyParity(List<Lexicon.Match> comparison) {
        for (Lexicon.Match m : comparison) {
            if (isParity(m)) {
                return true;
            }
        }
        return false;
    }

    private static List<Lexicon.Match> withoutComparedToSota(List<Lexicon.Match> sota) {
        List<Lexicon.Match> kept = new ArrayList<>(sota.size());
        for (Lexicon.Match m : sota) {
            if (!m.name().equals(COMPARED_TO_SOTA_CUE)) {
                kept.add(m);
            }
        }
        return kept;
    }

    private static boolean allImprovingParticiples(CueTokens t, List<Lexicon.Match> performance) {
        for (Lexicon.Match m : performance) {
            if (!isImprovement(m) || !participle(t, m)) {
                return false;
            }
        }
        return true;
    }

    /** "experiments show ...", "... demonstrate that ...": an evaluation that states its result. */
    private static boolean showsThat(Lexicon.Match m) {
        return m.name().startsWith("evidence:experiment*") || m.name().equals("evidence:demonstrat* ~ that");
    }

    /** Background about prior work ("existing methods ..."), never a finding of the paper. */
    private static boolean background(SentenceCues s) {
        for (Lexicon.Match m : s.background) {
            if (m.name().startsWith("background:existing")) {
                return true;
            }
        }
        return false;
    }

    /** "our work", "this work", "our framework": the paper judging its own work. */
    private static boolean ownWorkNamed(SentenceCues s) {
        CueTokens t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.word(i);
            if ((w.equals("our") || w.equals("this"))
                    && (t.word(i + 1).equals("work") || t.word(i + 1).equals("paper"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean theoretical(SentenceCues s) {
        CueTokens t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String w = t.word(i);
            if (w.startsWith("theoretic") || w.equals("prove") || w.equals("proves") || w.equals("theorem")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence has a purpose clause ("to verify ..."); "transfer to Show-o2" is none, the
     * capital shows a name rather than a verb.
     */
    private static boolean purpose(SentenceCues s) {
        CueTokens t = s.tokens();
        String text = s.sentence();
        for (Lexicon.Match m : s.purpose) {
            int verb = m.from() + 1;
            if (verb < t.size()
                    && t.start(verb) < text.length()
                    && !Character.isUpperCase(text.charAt(t.start(verb)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isImprovement(Lexicon.Match m) {
        String n = m.name();
        return n.startsWith("performance:improv")
                || n.startsWith("performance:enhanc")
                || n.startsWith("performance:boost")
                || n.startsWith("performance:significantly|substantially|consistently");
    }

    /** Whether the match is an "-ing" form after a comma: ", substantially improving ...". */
    private static boolean participle(CueTokens t, Lexicon.Match m) {
        boolean ing = false;
        for (int i = m.from(); i < m.to(); i++) {
            ing |= t.word(i).endsWith("ing");
        }
        int before = m.from() - 1;
        while (before >= 0 && before >= m.from() - 2 && !t.word(before).equals(",")) {
            before--;
        }
        return ing && before >= 0 && t.word(before).equals(",");
    }

    private static boolean isParity(Lexicon.Match m) {
        String n = m.name();
        return n.startsWith("comparison:competitive")
                || n.startsWith("comparison:comparabl")
                || n.startsWith("comparison:on par")
                || n.startsWith("comparison:matches");
    }

    private static boolean isFactor(Lexicon.Match m) {
        return m.name().equals(FACTOR_CUE);
    }

    private static boolean inName(CueTokens t, Lexicon.Match m) {
        return t.touchesPrevious(m.from())
                && Character.isLetter(t.word(m.from() - 1).charAt(0));
    }

    private static boolean followedByNumber(CueTokens t, Lexicon.Match m) {
        return m.to() < t.size() && t.isNumber(m.to());
    }

    private static boolean anyStrong(List<Lexicon.Match> matches) {
        for (Lexicon.Match m : matches) {
            if (m.cue().strong()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsNone(List<Lexicon.Match> matches, Lexicon.Match m) {
        for (Lexicon.Match other : matches) {
            if (m.overlaps(other)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a finding cue is what an evaluation exposes or uncovers (failures, weaknesses, gaps):
     * the cue of finding.txt's line {@code !expose*|uncover* ~ ~ failure|...}, told by its name
     * (ClaimExtractorTest's exposed-weakness test fails if the line is renamed).
     */
    private static boolean exposes(List<Lexicon.Match> finding) {
        for (Lexicon.Match m : finding) {
            if (m.name().startsWith("finding:expose*|uncover*")) {
                return true;
            }
        }
        return false;
    }

    private static void names(List<Lexicon.Match> matches, List<String> into) {
        for (Lexicon.Match m : matches) {
            into.add(m.name());
        }
    }
}
