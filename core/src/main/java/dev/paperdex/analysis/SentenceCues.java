package dev.paperdex.analysis;

import java.util.List;

/** One sentence with its tokens and the cues of every lexicon found in it. */
final class SentenceCues {
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
        int[] classes = new int[tokens.size()];
        int any = 0;
        for (int i = 0; i < classes.length; i++) {
            int id = tokens.id(i);
            classes[i] = id >= 0 && id < CLASSES_BY_ID.length ? CLASSES_BY_ID[id] : 0;
            any |= classes[i];
        }
        this.metricNumber = computeHasMetricNumber(classes);
        this.firstPerson = (any & FIRST_PERSON) != 0;
        this.ownMethod = (any & (OWN_METHOD_LEAD | WE)) != 0 && computeOwnMethod(classes, lexicons);
        this.ownWork = firstPerson || (any & (OWN_WORK_WORD | DEMONSTRATIVE | PRONOUN)) != 0 && computeOwnWork(classes);
    }

    // the word sets of ClaimLexicons that the sentence-level tests ask about, a bit each, so that a
    // token is classed once by its vocabulary id
    private static final int FIRST_PERSON = 1;
    private static final int OWN_METHOD_LEAD = 1 << 1;
    private static final int METHOD_NOUN = 1 << 2;
    private static final int WE = 1 << 3;
    private static final int OWN_WORK_WORD = 1 << 4;
    private static final int DEMONSTRATIVE = 1 << 5;
    private static final int OWN_NOUN = 1 << 6;
    private static final int PRONOUN = 1 << 7;
    private static final int METRIC_UNIT = 1 << 8;
    private static final int QUANTITY = 1 << 9;

    /** The bits of each vocabulary id: those of the sets above that hold its word. */
    private static final int[] CLASSES_BY_ID = classesById(ClaimLexicons.INSTANCE);

    private static int[] classesById(ClaimLexicons l) {
        int[] classes = new int[l.vocabulary.wordCount()];
        for (int id = 0; id < classes.length; id++) {
            classes[id] = (l.firstPerson.contains(id) ? FIRST_PERSON : 0)
                    | (l.ownMethodLeads.contains(id) ? OWN_METHOD_LEAD : 0)
                    | (l.methodNounIds.contains(id) ? METHOD_NOUN : 0)
                    | (l.we.contains(id) ? WE : 0)
                    | (l.ownWorkWords.contains(id) ? OWN_WORK_WORD : 0)
                    | (l.demonstratives.contains(id) ? DEMONSTRATIVE : 0)
                    | (l.ownNounIds.contains(id) ? OWN_NOUN : 0)
                    | (l.pronouns.contains(id) ? PRONOUN : 0)
                    | (l.metricUnits.contains(id) ? METRIC_UNIT : 0)
                    | (l.quantities.contains(id) ? QUANTITY : 0);
        }
        return classes;
    }

    /** Sentence {@code s} of an analysed text, read from its tokens. */
    static SentenceCues of(AnalyzedText text, int s) {
        return new SentenceCues(text.sentences.get(s).textIn(text.text), CueTokens.of(text, s));
    }

    String sentence() {
        return sentence;
    }

    // the sentence-level tests below are asked several times by the rules: each is worked out once,
    // from the tokens' vocabulary ids
    private final boolean metricNumber;
    private final boolean firstPerson;
    private final boolean ownMethod;
    private final boolean ownWork;

    /**
     * Whether the sentence has a number that reads as an outcome (see {@link
     * #computeHasMetricNumber}).
     */
    boolean hasMetricNumber() {
        return metricNumber;
    }

    /** Whether the sentence speaks in the first person (we, our, us). */
    boolean firstPerson() {
        return firstPerson;
    }

    /** Whether the sentence speaks of the paper's own method or model (see {@link #computeOwnMethod}). */
    boolean ownMethod() {
        return ownMethod;
    }

    /** Whether the sentence refers to the paper's own work (see {@link #computeOwnWork}). */
    boolean ownWork() {
        return ownWork;
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
    private boolean computeHasMetricNumber(int[] classes) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.isNumber(i)
                    || (tokens.touchesPrevious(i)
                            && Character.isLetter(tokens.word(i - 1).charAt(0)))) {
                continue;
            }
            if (i + 1 < tokens.size() && (classes[i + 1] & METRIC_UNIT) != 0) {
                return true;
            }
            // a version ("Llama 3.1 8B") or a size ("1.5 million") is no outcome
            if (tokens.word(i).indexOf('.') > 0
                    && !(i + 1 < tokens.size()
                            && (tokens.touchesPrevious(i + 1)
                                    || (classes[i + 1] & QUANTITY) != 0
                                    || tokens.isNumber(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The method nouns that end a longer phrase after "our", "proposed" or "this" as the paper's method. */
    private static final java.util.Set<String> METHOD_HEADS =
            java.util.Set.of("method", "approach", "framework", "technique", "pipeline", "algorithm", "system");

    /**
     * Whether the sentence speaks of the paper's own method or model ("our method", "the proposed
     * framework", "we achieve"), as opposed to its analysis ("our results", "our findings").
     */
    private boolean computeOwnMethod(int[] classes, ClaimLexicons lexicons) {
        for (int i = 0; i < tokens.size(); i++) {
            if ((classes[i] & OWN_METHOD_LEAD) != 0) {
                for (int j = i + 1; j < Math.min(tokens.size(), i + 4); j++) {
                    if ((classes[j] & METHOD_NOUN) != 0) {
                        return true; // "our method", "the proposed training recipe"
                    }
                }
                // further on, only a noun that names nothing but a method, within one phrase: "this
                // prompt-guided visual encoding approach"
                for (int j = i + 1; j < Math.min(tokens.size(), i + 7); j++) {
                    if (!Character.isLetterOrDigit(tokens.word(j).charAt(0))) {
                        break;
                    }
                    if (j >= i + 4 && (classes[j] & METHOD_NOUN) != 0 && METHOD_HEADS.contains(tokens.word(j))) {
                        return true;
                    }
                }
            }
            if ((classes[i] & WE) != 0
                    && i + 1 < tokens.size()
                    && tokens.startsWithAny(i + 1, lexicons.ownResultVerbs)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence refers to the paper's own work other than in the first person: "the proposed", "this method". */
    private boolean computeOwnWork(int[] classes) {
        for (int i = 0; i < tokens.size(); i++) {
            if ((classes[i] & OWN_WORK_WORD) != 0) {
                return true;
            }
            if ((classes[i] & DEMONSTRATIVE) != 0 && i + 1 < tokens.size() && (classes[i + 1] & OWN_NOUN) != 0) {
                return true;
            }
        }
        for (int i = 0; i < Math.min(3, tokens.size()); i++) {
            if ((classes[i] & PRONOUN) != 0) {
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
