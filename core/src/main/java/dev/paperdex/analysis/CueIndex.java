package dev.paperdex.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every claim lexicon in one index, so that one walk over a sentence's tokens finds the cues of all
 * of them: each token tries only the cues (of any lexicon) that can start with it, found by its
 * {@link CueVocabulary} word id, its prefixes or its being a number. The result for each lexicon is
 * its cues that match, in file order, each at the first token where it matches; none when one of
 * its vetoes matches. Immutable after construction.
 *
 * <p>Most cues tried at a common first word ("we", "the") cannot match because a later part of
 * theirs occurs nowhere in the sentence: a first walk notes the words, prefixes and numbers the
 * sentence has, and a cue is matched only when each of its parts has one of its alternatives
 * there ({@link Walk#possible}), decided once per cue and sentence.
 *
 * <p>The parts of every cue are written one after another in one array of ints ({@link #code}),
 * which the walk reads for both the test and the match, and the cues and the lists of cues by first
 * word are arrays of ints too: a few kilobytes that stay in the cache, where objects per cue, part
 * and alternative would be spread over the heap. A part is its number
 * of alternatives followed by them, a word as its id, {@link #NUMBER} for any number and a prefix
 * as {@link #prefix}; a gap is the single int {@link #GAP}.
 */
final class CueIndex {
    // each cue of the index ("entry") as six ints in entries: its lexicon, its index in the lexicon,
    // its flags, and where its parts are in code: from START, the second from SECOND, up to END
    private static final int LEXICON = 0;
    private static final int INDEX = 1;
    private static final int FLAGS = 2;
    private static final int START = 3;
    private static final int SECOND = 4;
    private static final int END = 5;
    private static final int STRIDE = 6;
    private static final int ANCHORED = 1;
    private static final int VETO = 2;

    /** The alternative "any number" in {@link #code}. */
    private static final int NUMBER = -1;

    /** A gap in {@link #code}, in place of a count of alternatives. */
    private static final int GAP = -1;

    private final int[] code;

    private final List<Lexicon> lexicons;
    private final int[] entries;
    /** The cue of each entry, read only for a match. */
    private final Lexicon.Cue[] cues;
    /** The entries whose first part has word {@code w}: {@code byFirstWord[wordStarts[w], wordStarts[w + 1])}. */
    private final int[] wordStarts;

    private final int[] byFirstWord;
    private final int[] prefixStarts;
    private final int[] byFirstPrefix;
    private final int[] byFirstNumber;
    private final int[] startingWithGap;
    private final int wordCount;
    private final int prefixCount;

    CueIndex(List<Lexicon> lexicons, CueVocabulary vocabulary) {
        this.lexicons = List.copyOf(lexicons);
        this.wordCount = vocabulary.wordCount();
        this.prefixCount = vocabulary.prefixCount();
        List<List<Integer>> words = lists(wordCount);
        List<List<Integer>> prefixes = lists(prefixCount);
        List<Integer> numbers = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        List<Lexicon.Cue> all = new ArrayList<>();
        IntList data = new IntList();
        IntList code = new IntList();
        for (int l = 0; l < lexicons.size(); l++) {
            for (Lexicon.Cue cue : lexicons.get(l).cues()) {
                int entry = all.size();
                all.add(cue);
                int start = code.size();
                int second = -1;
                for (Lexicon.Part part : cue.parts()) {
                    second = second < 0 && code.size() > start ? code.size() : second;
                    write(part, code);
                }
                data.add(l);
                data.add(cue.index());
                data.add((cue.anchored() ? ANCHORED : 0) | (cue.veto() ? VETO : 0));
                data.add(start);
                data.add(second < 0 ? code.size() : second);
                data.add(code.size());
                Lexicon.Part first = cue.parts().get(0);
                if (first.gap()) {
                    gaps.add(entry);
                    continue;
                }
                if (first.number()) {
                    numbers.add(entry);
                }
                for (int w : first.words()) {
                    words.get(w).add(entry);
                }
                for (int p : first.prefixes()) {
                    prefixes.get(p).add(entry);
                }
            }
        }
        this.code = code.toArray();
        this.entries = data.toArray();
        this.cues = all.toArray(new Lexicon.Cue[0]);
        this.wordStarts = starts(words);
        this.byFirstWord = concatenated(words);
        this.prefixStarts = starts(prefixes);
        this.byFirstPrefix = concatenated(prefixes);
        this.byFirstNumber = concatenated(List.of(numbers));
        this.startingWithGap = concatenated(List.of(gaps));
    }

    /** Where each list starts in {@link #concatenated}, and at the end where the last ends. */
    private static int[] starts(List<List<Integer>> lists) {
        int[] starts = new int[lists.size() + 1];
        for (int i = 0; i < lists.size(); i++) {
            starts[i + 1] = starts[i] + lists.get(i).size();
        }
        return starts;
    }

    private static int[] concatenated(List<List<Integer>> lists) {
        return lists.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
    }

    /** Writes {@code part} at the end of the code. */
    private static void write(Lexicon.Part part, IntList code) {
        if (part.gap()) {
            code.add(GAP);
            return;
        }
        code.add(part.words().length + part.prefixes().length + (part.number() ? 1 : 0));
        for (int w : part.words()) {
            code.add(w);
        }
        for (int p : part.prefixes()) {
            code.add(prefix(p));
        }
        if (part.number()) {
            code.add(NUMBER);
        }
    }

    /** The prefix of id {@code p} as an alternative in {@link #code}: below {@link #NUMBER}. */
    private static int prefix(int p) {
        return -p - 2;
    }

    /** A growing array of ints, for building {@link #code}. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(0));
        }
        return out;
    }

    /**
     * The state of one walk over a sentence: what the sentence has, whether each cue may match in
     * it, the matches so far and the vetoed lexicons.
     */
    private static final class Walk {
        final CueTokens tokens;
        final long[] words;
        final long[] prefixes;
        boolean number;
        /** For each entry: 0 not yet decided, 1 possible, 2 impossible in this sentence. */
        final byte[] possible;

        final Lexicon.Match[][] found;
        final int[] counts;
        final boolean[] vetoed;

        Walk(CueTokens tokens, int lexicons, int entries, int wordCount, int prefixCount) {
            this.tokens = tokens;
            words = new long[(wordCount + 63) >>> 6];
            prefixes = new long[(prefixCount + 63) >>> 6];
            possible = new byte[entries];
            found = new Lexicon.Match[lexicons][];
            counts = new int[lexicons];
            vetoed = new boolean[lexicons];
            for (int t = 0; t < tokens.size(); t++) {
                int id = tokens.id(t);
                if (id >= 0 && id < wordCount) {
                    words[id >>> 6] |= 1L << id;
                }
                for (int p : tokens.prefixes(t)) {
                    if (p < prefixCount) {
                        prefixes[p >>> 6] |= 1L << p;
                    }
                }
                number |= tokens.isNumber(t);
            }
        }

        /**
         * Whether every part of {@code e} after its first has an alternative somewhere in the
         * sentence, a condition for it to match (its first part matches where it is tried).
         */
        boolean possible(int entry, int[] entries, int[] code) {
            byte known = possible[entry];
            if (known == 0) {
                int at = entry * STRIDE;
                known = allPartsPresent(code, entries[at + SECOND], entries[at + END]) ? (byte) 1 : (byte) 2;
                possible[entry] = known;
            }
            return known == 1;
        }

        private boolean allPartsPresent(int[] code, int from, int to) {
            int at = from;
            while (at < to) {
                int count = code[at++];
                if (count == GAP) {
                    continue;
                }
                if (!anyPresent(code, at, at + count)) {
                    return false;
                }
                at += count;
            }
            return true;
        }

        /** Whether one of the alternatives {@code code[from, to)} occurs in the sentence. */
        private boolean anyPresent(int[] code, int from, int to) {
            for (int i = from; i < to; i++) {
                int alt = code[i];
                if (alt >= 0
                        ? (words[alt >>> 6] & 1L << alt) != 0
                        : alt == NUMBER ? number : (prefixes[(-alt - 2) >>> 6] & 1L << (-alt - 2)) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The matches of every lexicon, indexed as the lexicons were given. */
    List<List<Lexicon.Match>> findAll(CueTokens tokens) {
        int n = lexicons.size();
        Walk walk = new Walk(tokens, n, cues.length, wordCount, prefixCount);
        for (int t = 0; t < tokens.size(); t++) {
            int id = tokens.id(t);
            if (id >= 0 && id < wordCount) {
                tryAll(byFirstWord, wordStarts[id], wordStarts[id + 1], t, 1, walk);
            }
            if (tokens.isNumber(t)) {
                tryAll(byFirstNumber, 0, byFirstNumber.length, t, 1, walk);
            }
            for (int p : tokens.prefixes(t)) {
                if (p < prefixCount) {
                    tryAll(byFirstPrefix, prefixStarts[p], prefixStarts[p + 1], t, 1, walk);
                }
            }
            tryAll(startingWithGap, 0, startingWithGap.length, t, 0, walk);
        }
        List<List<Lexicon.Match>> out = new ArrayList<>(n);
        for (int l = 0; l < n; l++) {
            if (walk.vetoed[l] || walk.counts[l] == 0) {
                out.add(List.of());
                continue;
            }
            List<Lexicon.Match> matches = new ArrayList<>(walk.counts[l]);
            for (Lexicon.Match m : walk.found[l]) {
                if (m != null) {
                    matches.add(m);
                }
            }
            out.add(matches);
        }
        return out;
    }

    /**
     * Tries each candidate whose first {@code from} parts are known to match at {@code t}: the
     * candidates of a token's word, prefix or number match their first part by construction.
     */
    private void tryAll(int[] candidates, int first, int last, int t, int from, Walk walk) {
        Lexicon.Match[][] found = walk.found;
        for (int c = first; c < last; c++) {
            int entry = candidates[c];
            int at = entry * STRIDE;
            int l = entries[at + LEXICON];
            int index = entries[at + INDEX];
            int flags = entries[at + FLAGS];
            if (walk.vetoed[l] || ((flags & ANCHORED) != 0 && t != 0)) {
                continue;
            }
            Lexicon.Match[] mine = found[l];
            if (mine != null && mine[index] != null) {
                continue;
            }
            if (!walk.possible(entry, entries, code)) {
                continue;
            }
            int end = matchFrom(entries[at + (from == 0 ? START : SECOND)], entries[at + END], walk.tokens, t + from);
            if (end < 0) {
                continue;
            }
            if ((flags & VETO) != 0) {
                walk.vetoed[l] = true;
                continue;
            }
            if (mine == null) {
                mine = found[l] = new Lexicon.Match[lexicons.get(l).cues().size()];
            }
            mine[index] = new Lexicon.Match(cues[entry], t, end);
            walk.counts[l]++;
        }
    }

    /**
     * The token index just past a match of the parts {@code code[at, end)} at token {@code t}, or
     * -1. A gap takes the fewest tokens with which the rest matches, so the match of a cue is the
     * same wherever it is asked.
     */
    private int matchFrom(int at, int end, CueTokens tokens, int t) {
        if (at == end) {
            return t;
        }
        int count = code[at];
        if (count == GAP) {
            for (int skip = 0; skip <= Lexicon.GAP && t + skip <= tokens.size(); skip++) {
                int found = matchFrom(at + 1, end, tokens, t + skip);
                if (found >= 0) {
                    return found;
                }
            }
            return -1;
        }
        if (t >= tokens.size() || !matches(at + 1, at + 1 + count, tokens, t)) {
            return -1;
        }
        return matchFrom(at + 1 + count, end, tokens, t + 1);
    }

    /** Whether token {@code t} is one of the alternatives {@code code[from, to)}. */
    private boolean matches(int from, int to, CueTokens tokens, int t) {
        int id = tokens.id(t);
        for (int i = from; i < to; i++) {
            int alt = code[i];
            if (alt >= 0 ? alt == id : alt == NUMBER ? tokens.isNumber(t) : tokens.hasPrefix(t, -alt - 2)) {
                return true;
            }
        }
        return false;
    }
}
