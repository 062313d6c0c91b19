package dev.paperdex.analysis;

import java.util.Set;

/**
 * A set of words that a sentence test names ("our", the method nouns), as {@link CueVocabulary}
 * ids: its words are registered in the vocabulary while {@link ClaimLexicons} loads, so a cue
 * token is in the set exactly when its id is ({@link CueTokens#in}), one bit test instead of a
 * hash lookup of the word. A set of prefixes holds prefix ids instead. Immutable.
 */
final class CueWords {
    private final long[] bits;

    private CueWords(long[] bits) {
        this.bits = bits;
    }

    /** The set of {@code words}, registering each in {@code vocabulary}. */
    static CueWords of(Set<String> words, CueVocabulary vocabulary) {
        return of(words, vocabulary, false);
    }

    /**
     * The set of the beginnings {@code prefixes}, registering each as a prefix in {@code
     * vocabulary}: a cue token starts with one of them exactly when one of its prefix ids is in the
     * set ({@link CueTokens#startsWithAny}).
     */
    static CueWords ofPrefixes(Set<String> prefixes, CueVocabulary vocabulary) {
        return of(prefixes, vocabulary, true);
    }

    private static CueWords of(Set<String> words, CueVocabulary vocabulary, boolean prefixes) {
        int[] ids = new int[words.size()];
        int max = 0;
        int n = 0;
        for (String w : words) {
            ids[n] = prefixes ? vocabulary.prefix(w) : vocabulary.word(w);
            max = Math.max(max, ids[n++]);
        }
        long[] bits = new long[max / 64 + 1];
        for (int id : ids) {
            bits[id >>> 6] |= 1L << id;
        }
        return new CueWords(bits);
    }

    /** Whether the word (or prefix) of vocabulary id {@code id} (-1 for none) is in the set. */
    boolean contains(int id) {
        return id >= 0 && id >>> 6 < bits.length && (bits[id >>> 6] & 1L << id) != 0;
    }
}
