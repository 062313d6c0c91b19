package dev.paperdex.analysis;

import java.util.ArrayList;
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
 */
final class CueIndex {
    /** A cue with the position of its lexicon, its parts as an array and its number in the index. */
    private record Entry(int lexicon, Lexicon.Cue cue, Lexicon.Part[] parts, int number) {}

    private static final Entry[] NONE = new Entry[0];

    private final List<Lexicon> lexicons;
    private final Entry[][] byFirstWord;
    private final Entry[][] byFirstPrefix;
    private final Entry[] byFirstNumber;
    private final Entry[] startingWithGap;
    private final int entries;
    private final int wordCount;
    private final int prefixCount;

    CueIndex(List<Lexicon> lexicons, CueVocabulary vocabulary) {
        this.lexicons = List.copyOf(lexicons);
        this.wordCount = vocabulary.wordCount();
        this.prefixCount = vocabulary.prefixCount();
        List<List<Entry>> words = lists(wordCount);
        List<List<Entry>> prefixes = lists(prefixCount);
        List<Entry> numbers = new ArrayList<>();
        List<Entry> gaps = new ArrayList<>();
        int number = 0;
        for (int l = 0; l < lexicons.size(); l++) {
            for (Lexicon.Cue cue : lexicons.get(l).cues()) {
                Entry e = new Entry(l, cue, cue.parts().toArray(new Lexicon.Part[0]), number++);
                Lexicon.Part first = cue.parts().get(0);
                if (first.gap()) {
                    gaps.add(e);
                    continue;
                }
                if (first.number()) {
                    numbers.add(e);
                }
                for (int w : first.words()) {
                    words.get(w).add(e);
                }
                for (int p : first.prefixes()) {
                    prefixes.get(p).add(e);
                }
            }
        }
        this.entries = number;
        this.byFirstWord = arrays(words);
        this.byFirstPrefix = arrays(prefixes);
        this.byFirstNumber = numbers.toArray(NONE);
        this.startingWithGap = gaps.toArray(NONE);
    }

    private static List<List<Entry>> lists(int n) {
        List<List<Entry>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(0));
        }
        return out;
    }

    private static Entry[][] arrays(List<List<Entry>> lists) {
        Entry[][] out = new Entry[lists.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = lists.get(i).isEmpty() ? NONE : lists.get(i).toArray(NONE);
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
        boolean possible(Entry e) {
            byte known = possible[e.number()];
            if (known == 0) {
                known = allPartsPresent(e.parts()) ? (byte) 1 : (byte) 2;
                possible[e.number()] = known;
            }
            return known == 1;
        }

        private boolean allPartsPresent(Lexicon.Part[] parts) {
            for (int p = 1; p < parts.length; p++) {
                if (!parts[p].gap() && !present(parts[p])) {
                    return false;
                }
            }
            return true;
        }

        private boolean present(Lexicon.Part part) {
            if (part.number() && number) {
                return true;
            }
            for (int w : part.words()) {
                if ((words[w >>> 6] & 1L << w) != 0) {
                    return true;
                }
            }
            for (int p : part.prefixes()) {
                if ((prefixes[p >>> 6] & 1L << p) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The matches of every lexicon, indexed as the lexicons were given. */
    List<List<Lexicon.Match>> findAll(CueTokens tokens) {
        int n = lexicons.size();
        Walk walk = new Walk(tokens, n, entries, wordCount, prefixCount);
        for (int t = 0; t < tokens.size(); t++) {
            int id = tokens.id(t);
            if (id >= 0 && id < byFirstWord.length) {
                tryAll(byFirstWord[id], t, 1, walk);
            }
            if (tokens.isNumber(t)) {
                tryAll(byFirstNumber, t, 1, walk);
            }
            for (int p : tokens.prefixes(t)) {
                if (p < byFirstPrefix.length) {
                    tryAll(byFirstPrefix[p], t, 1, walk);
                }
            }
            tryAll(startingWithGap, t, 0, walk);
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
    private void tryAll(Entry[] candidates, int t, int from, Walk walk) {
        Lexicon.Match[][] found = walk.found;
        for (Entry e : candidates) {
            int l = e.lexicon();
            Lexicon.Cue cue = e.cue();
            if (walk.vetoed[l] || (cue.anchored() && t != 0)) {
                continue;
            }
            Lexicon.Match[] mine = found[l];
            if (mine != null && mine[cue.index()] != null) {
                continue;
            }
            if (!walk.possible(e)) {
                continue;
            }
            int end = Lexicon.matchFrom(e.parts(), from, walk.tokens, t + from);
            if (end < 0) {
                continue;
            }
            if (cue.veto()) {
                walk.vetoed[l] = true;
                continue;
            }
            if (mine == null) {
                mine = found[l] = new Lexicon.Match[lexicons.get(l).cues().size()];
            }
            mine[cue.index()] = new Lexicon.Match(cue, t, end);
            walk.counts[l]++;
        }
    }
}
