package dev.paperdex.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classes of cue tokens that the claim rules, {@link Subjects} and {@link Baselines} ask about
 * (an introducing verb, a word that starts a baseline, ...), one bit each. A sentence's tokens are
 * classed once ({@link #of}) and every rule then tests bits, instead of each rule asking a set of
 * strings about every token. A word of the {@link CueVocabulary} is classed by its id, any other
 * through one hash table. Built once, then only read: thread-safe.
 */
final class RuleWords {
    /** Verbs that introduce a name: "we propose X", "a method called X". */
    static final Set<String> INTRO_VERBS = Set.of(
            "propose",
            "proposes",
            "proposed",
            "introduce",
            "introduces",
            "introduced",
            "describes",
            "present",
            "presents",
            "presented",
            "develop",
            "develops",
            "developed",
            "formulate",
            "build",
            "design",
            "construct",
            "constructed",
            "curate",
            "curated",
            "namely",
            "named",
            "called",
            "termed",
            "dubbed",
            "call",
            "term",
            "dub");

    /**
     * The introducing verbs that name the paper's own work only after "we" ("we construct the
     * Multi-Turn Intent Dataset (MTID)"): "LLaVA-1.5 ... construct LLaVA-mix-665k" and "carefully
     * curated Long Chain of Thoughts (CoT)" introduce nothing of the paper's.
     */
    static final Set<String> FIRST_PERSON_INTRO_VERBS = Set.of("construct", "constructed", "curate", "curated");

    /** Words that announce the findings of a study: "our evaluation yields three findings". */
    static final Set<String> FINDINGS_NOUNS = Set.of("findings", "observations", "insights", "takeaways");

    /** Words after which the phrase of a baseline follows: "better than X". */
    static final Set<String> BASELINE_TRIGGERS = Set.of("than", "over", "against", "versus", "vs");

    /** Words and marks that end the phrase of a baseline. */
    static final Set<String> BASELINE_STOPS = Set.of(
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

    static final int INTRO_VERB = 1;
    static final int COLON = 1 << 1;
    static final int COMMA = 1 << 2;
    /** "a" or "an". */
    static final int ARTICLE = 1 << 3;
    /** "it" or "its". */
    static final int PRONOUN = 1 << 4;

    static final int FINDINGS_NOUN = 1 << 5;
    static final int BASELINE_TRIGGER = 1 << 6;
    static final int BASELINE_STOP = 1 << 7;
    /** "compared" or "relative", which start a baseline before "to" or "with". */
    static final int COMPARED = 1 << 8;
    /** "to" or "with". */
    static final int TO_OR_WITH = 1 << 9;
    /** A noun that names a method ({@link ClaimLexicons#methodNouns}). */
    static final int METHOD_NOUN = 1 << 10;

    /** The classes of each vocabulary id. */
    private static final int[] BY_ID;
    /** The classes of the words that no lexicon uses. */
    private static final Map<String, Integer> OTHERS = new HashMap<>();
    /**
     * The {@link #sign}s of the words of {@link #OTHERS}, a bit each: most words no lexicon uses
     * are then classed without hashing the whole word.
     */
    private static final long[] OTHER_SIGNS = new long[1 << 10];

    static {
        Map<String, Integer> classes = new HashMap<>();
        add(classes, INTRO_VERBS, INTRO_VERB);
        add(classes, Set.of(":"), COLON);
        add(classes, Set.of(","), COMMA);
        add(classes, Set.of("a", "an"), ARTICLE);
        add(classes, Set.of("it", "its"), PRONOUN);
        add(classes, FINDINGS_NOUNS, FINDINGS_NOUN);
        add(classes, BASELINE_TRIGGERS, BASELINE_TRIGGER);
        add(classes, BASELINE_STOPS, BASELINE_STOP);
        add(classes, Set.of("compared", "relative"), COMPARED);
        add(classes, Set.of("to", "with"), TO_OR_WITH);
        add(classes, ClaimLexicons.INSTANCE.methodNouns, METHOD_NOUN);
        CueVocabulary vocabulary = ClaimLexicons.INSTANCE.vocabulary;
        BY_ID = new int[vocabulary.wordCount()];
        for (Map.Entry<String, Integer> e : classes.entrySet()) {
            int id = vocabulary.lookup(e.getKey());
            if (id >= 0) {
                BY_ID[id] = e.getValue();
            } else {
                OTHERS.put(e.getKey(), e.getValue());
                int sign = sign(e.getKey());
                OTHER_SIGNS[sign >>> 6] |= 1L << sign;
            }
        }
    }

    /** A 16-bit digest of a word: its first and last characters and its length. */
    private static int sign(String word) {
        int n = word.length();
        return ((word.charAt(0) * 31 + word.charAt(n - 1)) * 61 + n) & 0xffff;
    }

    private RuleWords() {}

    private static void add(Map<String, Integer> classes, Set<String> words, int bit) {
        for (String w : words) {
            classes.merge(w, bit, (a, b) -> a | b);
        }
    }

    /** The classes of cue token {@code i}. */
    static int classOf(CueTokens t, int i) {
        int id = t.id(i);
        if (id >= 0) {
            return id < BY_ID.length ? BY_ID[id] : 0;
        }
        String w = t.word(i);
        int sign = sign(w);
        if ((OTHER_SIGNS[sign >>> 6] & 1L << sign) == 0) {
            return 0;
        }
        Integer classes = OTHERS.get(w);
        return classes == null ? 0 : classes;
    }

    /** The classes of each cue token of one sentence, and of the sentence as a whole. */
    static final class Classes {
        private final int[] of;
        /** The union of the classes of the tokens. */
        final int all;

        private Classes(int[] of, int all) {
            this.of = of;
            this.all = all;
        }

        /** Whether token {@code i} has class {@code bit}; false past the last token. */
        boolean is(int i, int bit) {
            return i < of.length && (of[i] & bit) != 0;
        }

        int size() {
            return of.length;
        }

        /** Whether "it" or "its" is among the first three tokens. */
        boolean ledByPronoun() {
            return is(0, PRONOUN) || is(1, PRONOUN) || is(2, PRONOUN);
        }

        /** Whether some token has class {@code bit}. */
        boolean any(int bit) {
            return (all & bit) != 0;
        }
    }

    /** The classes of the tokens of a sentence. */
    static Classes of(CueTokens t) {
        int[] of = new int[t.size()];
        int all = 0;
        for (int i = 0; i < of.length; i++) {
            of[i] = classOf(t, i);
            all |= of[i];
        }
        return new Classes(of, all);
    }

    /** The classes of every sentence, in order. */
    static Classes[] of(List<SentenceCues> sentences) {
        Classes[] out = new Classes[sentences.size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = of(sentences.get(s).tokens());
        }
        return out;
    }
}
