package dev.paperdex.analysis;

import java.util.List;
import java.util.Set;

/** One sentence with its tokens and the cues of every lexicon found in it. */
final class SentenceCues {
    private static final Set<String> METRIC_UNITS = Set.of("%", "x", "times", "fold", "points", "pp", "percent");
    private static final Set<String> QUANTITIES = Set.of(
            "million",
            "billion",
            "trillion",
            "thousand",
            "k",
            "m",
            "b",
            "years",
            "hours",
            "days",
            "minutes",
            "seconds",
            "tokens",
            "samples",
            "parameters",
            "images",
            "examples");
    private static final Set<String> FIRST_PERSON = Set.of("we", "our", "us", "ours");

    private final String sentence;
    private final CueTokens tokens;
    /** The matches of every lexicon, found in one walk ({@link CueIndex}). */
    private final List<List<Lexicon.Match>> all;

    final List<Lexicon.Match> performance;
    final List<Lexicon.Match> comparison;
    final List<Lexicon.Match> sota;
    final List<Lexicon.Match> efficiency;
    final List<Lexicon.Match> release;
    final List<Lexicon.Match> finding;
    final List<Lexicon.Match> evidence;
    final List<Lexicon.Match> background;
    final List<Lexicon.Match> method;
    final List<Lexicon.Match> hedge;
    final List<Lexicon.Match> purpose;

    private SentenceCues(String sentence, CueTokens tokens) {
        this.sentence = sentence;
        this.tokens = tokens;
        ClaimLexicons lexicons = ClaimLexicons.INSTANCE;
        this.all = lexicons.index.findAll(tokens);
        this.performance = matches(lexicons.performance);
        this.comparison = matches(lexicons.comparison);
        this.sota = matches(lexicons.sota);
        this.efficiency = matches(lexicons.efficiency);
        this.release = matches(lexicons.release);
        this.finding = matches(lexicons.finding);
        this.evidence = matches(lexicons.evidence);
        this.background = matches(lexicons.background);
        this.method = matches(lexicons.method);
        this.hedge = matches(lexicons.hedge);
        this.purpose = matches(lexicons.purpose);
    }

    /** Sentence {@code s} of an analysed text, read from its tokens. */
    static SentenceCues of(AnalyzedText text, int s) {
        return new SentenceCues(text.sentences.get(s).textIn(text.text), CueTokens.of(text, s));
    }

    String sentence() {
        return sentence;
    }

    // the sentence-level tests below are asked several times by the rules: each is worked out once
    // (a SentenceCues belongs to one call of the extractor, on one thread)
    private byte metricNumber;
    private byte firstPerson;
    private byte ownMethod;
    private byte ownWork;

    private static boolean memo(byte known) {
        return known == 1;
    }

    /**
     * Whether the sentence has a number that reads as an outcome (see {@link
     * #computeHasMetricNumber}).
     */
    boolean hasMetricNumber() {
        if (metricNumber == 0) {
            metricNumber = computeHasMetricNumber() ? (byte) 1 : (byte) 2;
        }
        return memo(metricNumber);
    }

    /** Whether the sentence speaks in the first person (we, our, us). */
    boolean firstPerson() {
        if (firstPerson == 0) {
            firstPerson = computeFirstPerson() ? (byte) 1 : (byte) 2;
        }
        return memo(firstPerson);
    }

    /** Whether the sentence speaks of the paper's own method or model (see {@link #computeOwnMethod}). */
    boolean ownMethod() {
        if (ownMethod == 0) {
            ownMethod = computeOwnMethod() ? (byte) 1 : (byte) 2;
        }
        return memo(ownMethod);
    }

    /** Whether the sentence refers to the paper's own work (see {@link #computeOwnWork}). */
    boolean ownWork() {
        if (ownWork == 0) {
            ownWork = computeOwnWork() ? (byte) 1 : (byte) 2;
        }
        return memo(ownWork);
    }

    /** The cues of {@code lexicon} (one of {@link ClaimLexicons}') in this sentence. */
    List<Lexicon.Match> matches(Lexicon lexicon) {
        return all.get(ClaimLexicons.INSTANCE.slot(lexicon));
    }

    CueTokens tokens() {
        return tokens;
    }

    /**
     * Whether the sentence has a number that reads as an outcome: followed by {@code %}, a factor
     * or points, or a decimal standing on its own (not the digits of a name such as {@code Qwen2.5}).
     */
    private boolean computeHasMetricNumber() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isNumber(i)
                    || (tokens.touchesPrevious(i)
                            && Character.isLetter(tokens.word(i - 1).charAt(0)))) {
                continue;
            }
            if (i + 1 < tokens.size() && METRIC_UNITS.contains(tokens.word(i + 1))) {
                return true;
            }
            // a version ("Llama 3.1 8B") or a size ("1.5 million") is no outcome
            if (tokens.word(i).indexOf('.') > 0
                    && !(i + 1 < tokens.size()
                            && (tokens.touchesPrevious(i + 1)
                                    || QUANTITIES.contains(tokens.word(i + 1))
                                    || tokens.isNumber(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence speaks in the first person (we, our, us). */
    private boolean computeFirstPerson() {
        for (int i = 0; i < tokens.size(); i++) {
            if (FIRST_PERSON.contains(tokens.word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence speaks of the paper's own method or model ("our method", "the proposed
     * framework", "we achieve"), as opposed to its analysis ("our results", "our findings").
     */
    private boolean computeOwnMethod() {
        Set<String> nouns = ClaimLexicons.INSTANCE.methodNouns;
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.word(i);
            if (w.equals("our") || w.equals("proposed") || w.equals("this")) {
                for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                    if (nouns.contains(tokens.word(j))) {
                        return true;
                    }
                }
            }
            if (w.equals("we") && i + 1 < tokens.size()) {
                String next = tokens.word(i + 1);
                if (next.startsWith("achiev")
                        || next.startsWith("outperform")
                        || next.startsWith("surpass")
                        || next.startsWith("obtain")
                        || next.startsWith("reduc")
                        || next.startsWith("improv")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the sentence refers to the paper's own work: first person, "the proposed", "this method". */
    private boolean computeOwnWork() {
        if (firstPerson()) {
            return true;
        }
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.word(i);
            if (w.equals("proposed") || w.equals("resulting")) {
                return true;
            }
            if ((w.equals("this") || w.equals("these"))
                    && i + 1 < tokens.size()
                    && ClaimLexicons.INSTANCE.ownNouns.contains(tokens.word(i + 1))) {
                return true;
            }
        }
        for (int i = 0; i < Math.min(3, tokens.size()); i++) {
            if (tokens.word(i).equals("it") || tokens.word(i).equals("its")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence says the paper's work is a study, an evaluation or a benchmark. */
    boolean analysisIntro() {
        return !matches(ClaimLexicons.INSTANCE.analysis).isEmpty();
    }

    /** The cues of empirical regularities and model behaviours ("remain below", "fail to"). */
    List<Lexicon.Match> phenomenon() {
        return matches(ClaimLexicons.INSTANCE.phenomenon);
    }

    /** The cues of a sentence going on from the one before ("Second,", "For instance,"). */
    List<Lexicon.Match> continuation() {
        return matches(ClaimLexicons.INSTANCE.continuation);
    }

    /** The cues of a concluding sentence ("these results position X as a ..."). */
    List<Lexicon.Match> conclusion() {
        return matches(ClaimLexicons.INSTANCE.conclusion);
    }

    /** The cues of "better" as an adverb of what the method does ("better captures"). */
    List<Lexicon.Match> manner() {
        return matches(ClaimLexicons.INSTANCE.manner);
    }

    /** The cues of a general insight drawn after a result (", demonstrating that ..."). */
    List<Lexicon.Match> insight() {
        return matches(ClaimLexicons.INSTANCE.insight);
    }
}
