package dev.paperdex.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Every claim lexicon in one index, so that one walk over a sentence's tokens finds the cues of all
 * of them: each token tries only the cues (of any lexicon) that can start with it, found by its
 * {@link CueVocabulary} word id, its prefixes or its being a number. The result for each lexicon is
 * what {@link Lexicon#find} gives. Immutable after construction.
 */
final class CueIndex {
    /** A cue with the position of its lexicon. */
    private record Entry(int lexicon, Lexicon.Cue cue) {}

    private static final Entry[] NONE = new Entry[0];

    private final List<Lexicon> lexicons;
    private final Entry[][] byFirstWord;
    private final Entry[][] byFirstPrefix;
    private final Entry[] byFirstNumber;
    private final Entry[] startingWithGap;

    CueIndex(List<Lexicon> lexicons, CueVocabulary vocabulary) {
        this.lexicons = List.copyOf(lexicons);
        List<List<Entry>> words = lists(vocabulary.wordCount());
        List<List<Entry>> prefixes = lists(vocabulary.prefixCount());
        List<Entry> numbers = new ArrayList<>();
        List<Entry> gaps = new ArrayList<>();
        for (int l = 0; l < lexicons.size(); l++) {
            for (Lexicon.Cue cue : lexicons.get(l).cues()) {
                Entry e = new Entry(l, cue);
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
        this.byFirstWord = arrays(words);
        this.byFirstPrefix = arrays(prefixes);
        this.byFirstNumber = numbers.toArray(NONE);
        this.startingWithGap = gaps.toArray(NONE);
    }

    /** The state of one walk over a sentence: the matches so far and the vetoed lexicons. */
    private static final class Walk {
        final Lexicon.Match[][] found;
        final int[] counts;
        final boolean[] vetoed;

        Walk(int lexicons) {
            found = new Lexicon.Match[lexicons][];
            counts = new int[lexicons];
            vetoed = new boolean[lexicons];
        }
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

    /** The matches of every lexicon, indexed as the lexicons were given. */
    List<List<Lexicon.Match>> findAll(CueTokens tokens) {
        int n = lexicons.size();
        Walk walk = new Walk(n);
        Lexicon.Match[][] found = walk.found;
        int[] counts = walk.counts;
        boolean[] vetoed = walk.vetoed;
        for (int t = 0; t < tokens.size(); t++) {
            int id = tokens.id(t);
            if (id >= 0 && id < byFirstWord.length) {
                tryAll(byFirstWord[id], tokens, t, 1, walk);
            }
            if (tokens.isNumber(t)) {
                tryAll(byFirstNumber, tokens, t, 1, walk);
            }
            for (int p : tokens.prefixes(t)) {
                if (p < byFirstPrefix.length) {
                    tryAll(byFirstPrefix[p], tokens, t, 1, walk);
                }
            }
            tryAll(startingWithGap, tokens, t, 0, walk);
        }
        List<List<Lexicon.Match>> out = new ArrayList<>(n);
        for (int l = 0; l < n; l++) {
            if (vetoed[l] || counts[l] == 0) {
                out.add(List.of());
                continue;
            }
            List<Lexicon.Match> matches = new ArrayList<>(counts[l]);
            for (Lexicon.Match m : found[l]) {
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
    private void tryAll(Entry[] candidates, CueTokens tokens, int t, int from, Walk walk) {
        Lexicon.Match[][] found = walk.found;
        int[] counts = walk.counts;
        boolean[] vetoed = walk.vetoed;
        for (Entry e : candidates) {
            int l = e.lexicon();
            Lexicon.Cue cue = e.cue();
            if (vetoed[l] || (cue.anchored() && t != 0)) {
                continue;
            }
            Lexicon.Match[] mine = found[l];
            if (mine != null && mine[cue.index()] != null) {
                continue;
            }
            int end = Lexicon.matchFrom(cue.parts(), from, tokens, t + from);
            if (end < 0) {
                continue;
            }
            if (cue.veto()) {
                vetoed[l] = true;
                continue;
            }
            if (mine == null) {
                mine = found[l] = new Lexicon.Match[lexicons.get(l).cues().size()];
            }
            mine[cue.index()] = new Lexicon.Match(cue, t, end);
            counts[l]++;
        }
    }
}
