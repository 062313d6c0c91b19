package dev.paperdex.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word classes of the metric extractor as bits of one {@code long}: each bit stands for one
 * table of {@link Cues}, and {@link #classes} gives every table a word is in with one look-up (an
 * array read for a word of the claims' cue vocabulary). {@link Tokens} looks a token up at most
 * once, on the first question that the small indexes in front of the table cannot answer, so the
 * scanner's and the attacher's many tests of the form "is this token one of these words" are bit
 * tests instead of set look-ups, and most tokens are never looked up. The words stay in {@link
 * Cues}; this class only indexes them. Immutable after class initialisation, shared by every call.
 */
final class MetricWords {
    private MetricWords() {}

    private static final List<Collection<String>> TABLES = new ArrayList<>();

    /** Registers {@code words} as the next class and returns its bit. */
    private static long bit(Collection<String> words) {
        TABLES.add(words);
        if (TABLES.size() >= Long.SIZE) {
            throw new IllegalStateException("more than 63 word classes (one bit is KNOWN): " + TABLES.size());
        }
        return 1L << (TABLES.size() - 1);
    }

    static final long BENCH_PREPS = bit(Cues.BENCH_PREPS);
    static final long METRIC_NAMES = bit(Cues.METRIC_NAMES);
    static final long CHANGE_WORDS = bit(Cues.CHANGE_WORDS);
    static final long QUANTITY_HEADS = bit(Cues.QUANTITY_HEADS);
    static final long CHANGE_VERBS = bit(Cues.CHANGE_VERBS);
    static final long CHANGE_NOUNS = bit(Cues.CHANGE_NOUNS);
    static final long NP_STOPS = bit(Cues.NP_STOPS);
    static final long CLAUSE_WORDS = bit(Cues.CLAUSE_WORDS);
    static final long NOT_BENCH_FIRST = bit(Cues.NOT_BENCH_FIRST);
    static final long COPULAS = bit(Cues.COPULAS);
    static final long BENCH_WORDS = bit(Cues.BENCH_WORDS);
    static final long BENCH_HEADS = bit(Cues.BENCH_HEADS);
    static final long TIME_UNITS = bit(Cues.TIME_UNITS.keySet());
    static final long DETERMINERS = bit(Cues.DETERMINERS);
    static final long BASELINE_CUES = bit(Cues.BASELINE_CUES);
    static final long UP_WORDS = bit(Cues.UP_WORDS);
    static final long DOWN_WORDS = bit(Cues.DOWN_WORDS);
    static final long SIZE_WORDS = bit(Cues.SIZE_WORDS);
    static final long SETUP_WORDS = bit(Cues.SETUP_WORDS);
    static final long SCORE_VERBS = bit(Cues.SCORE_VERBS);
    static final long QUALIFIER_PAIRS = bit(Cues.QUALIFIER_PAIRS.keySet());
    static final long PART_HEADS = bit(Cues.PART_HEADS);
    static final long NUMBER_WORDS = bit(Cues.NUMBER_WORDS.keySet());
    static final long NP_LEADING = bit(Cues.NP_LEADING);
    static final long MODEL_HEADS = bit(Cues.MODEL_HEADS);
    static final long HARDWARE = bit(Cues.HARDWARE);
    static final long GENERIC_HEADS = bit(Cues.GENERIC_HEADS);
    static final long FACTOR_SETUP_AFTER = bit(Cues.FACTOR_SETUP_AFTER);
    static final long TASK_HEADS = bit(Cues.TASK_HEADS);
    static final long SPLIT_WORDS = bit(Cues.SPLIT_WORDS);
    static final long SETUP_LINKS = bit(Cues.SETUP_LINKS);
    static final long SETUP_AFTER_UNIT = bit(Cues.SETUP_AFTER_UNIT);
    static final long RESULT_NOUNS = bit(Cues.RESULT_NOUNS);
    static final long REPORT_VERBS = bit(Cues.REPORT_VERBS);
    static final long QUALIFIER_WORDS = bit(Cues.QUALIFIER_WORDS.keySet());
    static final long PARTICIPLE_ADJECTIVES = bit(Cues.PARTICIPLE_ADJECTIVES);
    static final long OUTCOME_VERBS = bit(Cues.OUTCOME_VERBS);
    static final long NP_TRAILING = bit(Cues.NP_TRAILING);
    static final long NOT_TASK_HEADS = bit(Cues.NOT_TASK_HEADS);
    static final long NOT_BENCH_ALONE = bit(Cues.NOT_BENCH_ALONE);
    static final long NAMING_WORDS = bit(Cues.NAMING_WORDS);
    static final long MODEL_SUFFIXES = bit(Cues.MODEL_SUFFIXES);
    static final long MODALS = bit(Cues.MODALS);
    static final long FUNCTION_WORDS = bit(Cues.FUNCTION_WORDS);
    static final long EVAL_VERBS = bit(Cues.EVAL_VERBS);
    static final long EVAL_NOUNS = bit(Cues.EVAL_NOUNS);
    static final long DEMONSTRATIVES = bit(Cues.DEMONSTRATIVES);
    static final long CONDITION_HEADS = bit(Cues.CONDITION_HEADS);
    static final long COMPOSITION_VERBS = bit(Cues.COMPOSITION_VERBS);
    static final long AFTER_BARE_CHANGE = bit(Cues.AFTER_BARE_CHANGE);

    /**
     * Every word a written factor can start from ({@code twice}, {@code double}, {@code eight},
     * {@code order}): the scanner reads the factor tables only for these.
     */
    static final long FACTOR_STARTS = bit(factorStarts());

    /**
     * The punctuation that ends a phrase ({@link Tokens#isPunct}); given only to symbol tokens, so a
     * word is never punctuation.
     */
    static final long PUNCT = bit(List.of(",", ";", ":", ".", "!", "?", "(", ")", "[", "]"));

    /** The plurals of the metric names as {@link Tokens#metricName} reads them: a name and an {@code s}. */
    static final long METRIC_PLURALS = bit(plurals(Cues.METRIC_NAMES));

    /** Every word a baseline phrase can start after ({@link MetricAttacher}'s {@code baselineAt}). */
    static final long BASELINE_STARTS = bit(baselineStarts());

    /** Words that open a benchmark context besides the evaluation words ({@link BenchmarkContext}). */
    static final long CONTEXT_WORDS = bit(List.of("using", "with", "task"));

    /**
     * Every word at which the scanner or the benchmark context may start reading ({@link
     * Tokens#starts}); any other word is read only as a neighbour of one of these or of a number.
     */
    static final long STARTS = FACTOR_STARTS | EVAL_NOUNS | EVAL_VERBS | BENCH_HEADS | BENCH_PREPS | CONTEXT_WORDS;

    private static Collection<String> plurals(Collection<String> words) {
        List<String> all = new ArrayList<>();
        for (String w : words) {
            all.add(w + "s");
        }
        return all;
    }

    private static Collection<String> baselineStarts() {
        List<String> all = new ArrayList<>(Cues.BASELINE_CUES);
        all.addAll(List.of("compared", "relative", "comparison", "vs", "upon"));
        return all;
    }

    private static Collection<String> factorStarts() {
        List<String> all = new ArrayList<>();
        all.addAll(Cues.FACTOR_WORDS.keySet());
        all.addAll(Cues.FACTOR_BASE_VERBS.keySet());
        all.addAll(Cues.NUMBER_WORDS.keySet());
        all.add("order");
        return all;
    }

    /**
     * Set on the classes of a word that has been looked up, so that a word in no table is told from
     * one not yet looked up; no table has this bit.
     */
    static final long KNOWN = 1L << 63;

    /**
     * The words of up to eight Latin-1 characters, most of them, packed into a {@code long} each
     * ({@link #pack}): an open-addressing table of pairs (packed word, classes), at most half full,
     * so that a look-up reads one or two adjacent slots and no string of the table; 0 marks a free
     * slot. Look-ups are few and far apart, so the table is seldom in the cache, and each string it
     * would touch is one more miss.
     */
    private static final long[] SHORT;

    // an open-addressing table of the other words, at most a quarter full
    private static final String[] KEYS;
    private static final long[] CLASSES;

    /**
     * Every word of the tables by its {@link String#hashCode}, for a token whose hash the lexer
     * worked out ({@link Token#hash}): an open-addressing table, at most a quarter full, of the hash
     * (high half) and the word's position in {@link #WORDS} plus one (low half), 0 for a free slot.
     * A word of none of the tables, most of those asked, is told by one slot, with no character read.
     */
    private static final long[] BY_HASH;

    private static final String[] WORDS;
    private static final long[] WORD_CLASSES;

    /**
     * The classes of the words of the claims' {@link CueVocabulary}, by the id the lexer gave the
     * token ({@link Token#cueId}): most words of an abstract are found there with no look-up, and
     * without reading the vocabulary's strings, which are seldom in the cache.
     */
    private static final long[] BY_CUE_ID;

    /**
     * The first test of {@link #mayStart}, asked of every word of an abstract, so kept to a few
     * kilobytes: one bit per vocabulary id for the words of {@link #STARTS}, and for other words one
     * bit per length, first and last letter that a word of {@link #STARTS} has.
     */
    private static final long[] STARTS_BY_ID;

    private static final long[] START_SHAPES = new long[256];

    /**
     * A coarse index in front of the table: per bucket of words alike in length and in their first,
     * second, middle and last characters, the classes any word of the bucket has. A word whose bucket
     * lacks the classes asked for is in none of them, with no look-up; small enough to stay in the
     * first-level cache.
     */
    private static final long[] BUCKETS = new long[2048];

    static {
        Map<String, Long> all = new HashMap<>();
        for (int b = 0; b < TABLES.size(); b++) {
            for (String w : TABLES.get(b)) {
                all.merge(w, 1L << b, (x, y) -> x | y);
            }
        }
        int pairs = Integer.highestOneBit(Math.max(16, all.size() * 2) - 1) << 1;
        SHORT = new long[2 * pairs];
        int capacity = Integer.highestOneBit(Math.max(16, all.size() * 4) - 1) << 1;
        KEYS = new String[capacity];
        CLASSES = new long[capacity];
        for (Map.Entry<String, Long> e : all.entrySet()) {
            BUCKETS[bucket(e.getKey())] |= e.getValue();
            long packed = pack(e.getKey());
            if (packed != 0) {
                int i = shortSlot(packed);
                while (SHORT[i] != 0) {
                    i = (i + 2) & (SHORT.length - 1);
                }
                SHORT[i] = packed;
                SHORT[i + 1] = e.getValue();
                continue;
            }
            int i = slot(e.getKey().hashCode(), capacity);
            while (KEYS[i] != null) {
                i = (i + 1) & (capacity - 1);
            }
            KEYS[i] = e.getKey();
            CLASSES[i] = e.getValue();
        }
        BY_HASH = new long[capacity];
        WORDS = new String[all.size()];
        WORD_CLASSES = new long[all.size()];
        int position = 0;
        for (Map.Entry<String, Long> e : all.entrySet()) {
            int hash = e.getKey().hashCode();
            int i = slot(hash, capacity);
            while (BY_HASH[i] != 0) {
                i = (i + 1) & (capacity - 1);
            }
            BY_HASH[i] = (long) hash << 32 | (position + 1);
            WORDS[position] = e.getKey();
            WORD_CLASSES[position] = e.getValue();
            position++;
        }
        // every word of the tables is a word of the vocabulary, so the lexer's one look-up of a
        // word finds it, and a word the lexer did not find (id -1) is in no table
        CueVocabulary vocabulary = CueVocabulary.INSTANCE;
        Map<String, Integer> ids = new HashMap<>();
        int size = 0;
        for (String w : all.keySet()) {
            int id = vocabulary.word(w);
            ids.put(w, id);
            size = Math.max(size, id + 1);
        }
        BY_CUE_ID = new long[size];
        STARTS_BY_ID = new long[(size + 63) / 64];
        for (Map.Entry<String, Long> e : all.entrySet()) {
            int id = ids.get(e.getKey());
            BY_CUE_ID[id] = e.getValue();
            if ((e.getValue() & STARTS) != 0) {
                STARTS_BY_ID[id >>> 6] |= 1L << id;
                int shape = shape(e.getKey());
                START_SHAPES[shape >>> 6] |= 1L << shape;
            }
        }
    }

    /**
     * Whether the words of the tables are in the {@link CueVocabulary}: true, once this class is
     * initialised. {@link ClaimLexicons} asks it before the vocabulary is first looked up in.
     */
    static boolean registered() {
        return BY_CUE_ID != null;
    }

    private static int bucket(String word) {
        int n = word.length();
        if (n == 0) {
            return 0;
        }
        int h = ((word.charAt(0) * 31 + word.charAt(Math.min(1, n - 1))) * 31 + word.charAt(n / 2)) * 31
                + word.charAt(n - 1);
        h = h * 31 + n;
        h ^= h >>> 11;
        return (h ^ (h >>> 7)) & (BUCKETS.length - 1);
    }

    /**
     * Whether {@code word} may be in one of the classes {@code bits}: false means it is in none, true
     * that the table must tell.
     */
    static boolean mayBeIn(String word, long bits) {
        return (BUCKETS[bucket(word)] & bits) != 0;
    }

    private static int slot(int hash, int capacity) {
        return (hash ^ (hash >>> 16)) & (capacity - 1);
    }

    /**
     * {@code word} as a number when it has one to eight characters, each in 1..255: the characters
     * one byte each, the first highest, so that two such words are equal when their numbers are; else
     * 0.
     */
    private static long pack(String word) {
        int n = word.length();
        if (n == 0 || n > 8) {
            return 0;
        }
        long p = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c == 0 || c > 0xff) {
                return 0;
            }
            p = p << 8 | c;
        }
        return p;
    }

    /**
     * The length (up to 15) and the first and last characters (their low five bits) of a word, as
     * 0..16383.
     */
    private static int shape(String word) {
        int n = word.length();
        if (n == 0) {
            return 0;
        }
        return Math.min(n, 15) << 10 | (word.charAt(0) & 31) << 5 | word.charAt(n - 1) & 31;
    }

    /**
     * Whether the word of {@code k} may be one of {@link #STARTS}: false means it is not, true that
     * {@link #classes} must tell. Exact for a word of the cue vocabulary.
     */
    static boolean mayStart(Token k) {
        int id = k.cueId;
        if (id >= 0) {
            return id < BY_CUE_ID.length && (STARTS_BY_ID[id >>> 6] & 1L << id) != 0;
        }
        if (id == -1) {
            return false; // a word the lexer looked up and did not find
        }
        int shape = shape(k.norm);
        return (START_SHAPES[shape >>> 6] & 1L << shape) != 0;
    }

    /** The first slot of {@link #SHORT} to try for a packed word. */
    private static int shortSlot(long packed) {
        long h = packed * 0x9E3779B97F4A7C15L;
        return ((int) (h >>> 40) & (SHORT.length / 2 - 1)) * 2;
    }

    /** The classes of {@code word}: the bits of every table it is in, 0 for none. */
    static long classes(String word) {
        return classesOf(word, word.hashCode());
    }

    /** {@link #classes(String)} of a word whose {@link String#hashCode} is {@code hash}. */
    static long classes(String word, int hash) {
        long[] table = BY_HASH;
        int mask = table.length - 1;
        for (int i = slot(hash, table.length); ; i = (i + 1) & mask) {
            long k = table[i];
            if (k == 0) {
                return 0;
            }
            if ((int) (k >>> 32) == hash) {
                int position = (int) k - 1;
                if (WORDS[position].equals(word)) {
                    return WORD_CLASSES[position];
                }
            }
        }
    }

    /** {@link #classes(String)} through the tables of packed and of other words. */
    private static long classesOf(String word, int hash) {
        long packed = pack(word);
        if (packed != 0) {
            long[] table = SHORT;
            for (int i = shortSlot(packed); ; i = (i + 2) & (table.length - 1)) {
                long k = table[i];
                if (k == packed) {
                    return table[i + 1];
                }
                if (k == 0) {
                    return 0;
                }
            }
        }
        String[] keys = KEYS;
        int mask = keys.length - 1;
        for (int i = slot(hash, keys.length); ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return 0;
            }
            if (k.equals(word)) {
                return CLASSES[i];
            }
        }
    }

    /** The classes of a token: those of its {@link Token#norm}, punctuation only for a symbol. */
    static long classes(Token k) {
        long c;
        if (k.cueId >= 0) {
            c = k.cueId < BY_CUE_ID.length ? BY_CUE_ID[k.cueId] : 0; // a word of none of the tables
        } else if (k.cueId == -1) {
            c = 0; // looked up by the lexer and not found: every word of the tables is in the vocabulary
        } else {
            c = classes(k.norm, k.hash());
        }
        return k.kind == Token.Kind.SYM ? c : c & ~PUNCT;
    }
}
