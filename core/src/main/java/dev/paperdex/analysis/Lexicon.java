package dev.paperdex.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * One file of cue phrases under {@code dev/paperdex/analysis/}, matched against {@link CueTokens}.
 *
 * <p>One phrase a line; {@code #} starts a comment. A phrase is a sequence of token patterns
 * separated by spaces: a word; alternatives {@code a|b|c}; a prefix {@code outperform*};
 * {@code <num>} for any number; {@code ~} for a gap of up to {@value #GAP} tokens; a leading
 * {@code ^} anchors the phrase at the start of the sentence. A leading {@code !} marks a
 * <em>strong</em> cue: it shows by itself that the sentence reports an evaluated outcome. A
 * leading {@code -} marks a <em>veto</em>: when it matches, no cue of the lexicon counts. Matching
 * a phrase costs a bounded amount of work per token, so a sentence is matched in linear time.
 */
final class Lexicon {
    static final int GAP = 3;

    /** One phrase of the lexicon, at position {@code index} in its file. */
    record Cue(String name, boolean strong, boolean veto, boolean anchored, List<Part> parts, int index) {}

    /**
     * One token pattern of a phrase: a gap, or alternatives (words, prefixes, any number), the
     * words and prefixes as their {@link CueVocabulary} ids.
     */
    record Part(boolean gap, boolean number, int[] words, int[] prefixes, BitSet wordSet, BitSet prefixSet) {
        Part(boolean gap, boolean number, int[] words, int[] prefixes) {
            this(gap, number, words, prefixes, bits(words), bits(prefixes));
        }

        private static BitSet bits(int[] ids) {
            BitSet set = new BitSet();
            for (int id : ids) {
                set.set(id);
            }
            return set;
        }
    }

    /** A cue found in a sentence, with the token range it covers. */
    record Match(Cue cue, int from, int to) {
        String name() {
            return cue.name();
        }

        boolean overlaps(Match other) {
            return from < other.to && other.from < to;
        }
    }

    private static final Cue[] NO_CUES = new Cue[0];

    private final String name;
    private final List<Cue> cues;
    // cues indexed by what their first token can be (a vocabulary word id, a prefix id, any number,
    // a gap), so that a token only tries the cues that can start there
    private final Cue[][] byFirstWord;
    private final Cue[][] byFirstPrefix;
    private final Cue[] byFirstNumber;
    private final Cue[] startingWithGap;

    private Lexicon(String name, List<Cue> cues, CueVocabulary vocabulary) {
        this.name = name;
        this.cues = cues;
        List<List<Cue>> words = new ArrayList<>();
        List<List<Cue>> prefixes = new ArrayList<>();
        List<Cue> numbers = new ArrayList<>();
        List<Cue> gaps = new ArrayList<>();
        for (Cue cue : cues) {
            Part first = cue.parts().get(0);
            if (first.gap()) {
                gaps.add(cue);
                continue;
            }
            if (first.number()) {
                numbers.add(cue);
            }
            for (int w : first.words()) {
                slot(words, w).add(cue);
            }
            for (int prefix : first.prefixes()) {
                slot(prefixes, prefix).add(cue);
            }
        }
        this.byFirstWord = table(words, vocabulary.wordCount());
        this.byFirstPrefix = table(prefixes, vocabulary.prefixCount());
        this.byFirstNumber = numbers.toArray(NO_CUES);
        this.startingWithGap = gaps.toArray(NO_CUES);
    }

    private static List<Cue> slot(List<List<Cue>> table, int id) {
        while (table.size() <= id) {
            table.add(new ArrayList<>(1));
        }
        return table.get(id);
    }

    private static Cue[][] table(List<List<Cue>> lists, int size) {
        Cue[][] out = new Cue[size][];
        for (int i = 0; i < size; i++) {
            out[i] = i < lists.size() && !lists.get(i).isEmpty() ? lists.get(i).toArray(NO_CUES) : NO_CUES;
        }
        return out;
    }

    /**
     * Loads {@code dev/paperdex/analysis/<name>.txt} from the class path, registering its words in
     * {@link CueVocabulary#INSTANCE}; only {@link ClaimLexicons}' initialisation calls it, so the
     * vocabulary is complete and no longer changes once any sentence is read.
     */
    static Lexicon load(String name) {
        CueVocabulary vocabulary = CueVocabulary.INSTANCE;
        String resource = name + ".txt";
        List<Cue> cues = new ArrayList<>();
        int index = 0;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing claim lexicon resource dev/paperdex/analysis/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String phrase =
                        (hash >= 0 ? line.substring(0, hash) : line).trim().toLowerCase(Locale.ROOT);
                if (!phrase.isEmpty()) {
                    cues.add(parse(name, phrase, index++, vocabulary));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read claim lexicon dev/paperdex/analysis/" + resource, e);
        }
        return new Lexicon(name, List.copyOf(cues), vocabulary);
    }

    private static Cue parse(String lexicon, String phrase, int index, CueVocabulary vocabulary) {
        boolean strong = phrase.startsWith("!");
        boolean veto = phrase.startsWith("-");
        String body = strong || veto ? phrase.substring(1).trim() : phrase;
        boolean anchored = body.startsWith("^");
        body = anchored ? body.substring(1).trim() : body;
        List<Part> parts = new ArrayList<>();
        for (String part : body.split("\\s+")) {
            if (part.equals("~")) {
                parts.add(new Part(true, false, new int[0], new int[0]));
                continue;
            }
            boolean number = false;
            List<Integer> words = new ArrayList<>();
            List<Integer> prefixes = new ArrayList<>();
            for (String alternative : part.split("\\|")) {
                if (alternative.equals("<num>")) {
                    number = true;
                } else if (alternative.endsWith("*") && alternative.length() > 1) {
                    prefixes.add(vocabulary.prefix(alternative.substring(0, alternative.length() - 1)));
                } else {
                    words.add(vocabulary.word(alternative));
                }
            }
            parts.add(new Part(
                    false,
                    number,
                    words.stream().mapToInt(Integer::intValue).toArray(),
                    prefixes.stream().mapToInt(Integer::intValue).toArray()));
        }
        return new Cue(lexicon + ":" + (veto ? "not " : "") + body, strong, veto, anchored, List.copyOf(parts), index);
    }

    String name() {
        return name;
    }

    /** The phrases of this lexicon, in file order ({@link Cue#index()}). */
    List<Cue> cues() {
        return cues;
    }

    /** Every cue of this lexicon found in the tokens, at most one match per cue; none after a veto. */
    List<Match> find(CueTokens tokens) {
        Match[] found = null;
        int count = 0;
        for (int t = 0; t < tokens.size(); t++) {
            int id = tokens.id(t);
            if (id >= 0 && id < byFirstWord.length && byFirstWord[id].length > 0) {
                found = found == null ? new Match[cues.size()] : found;
                if ((count = tryAll(byFirstWord[id], tokens, t, found, count)) < 0) {
                    return List.of();
                }
            }
            if (startingWithGap.length > 0) {
                found = found == null ? new Match[cues.size()] : found;
                if ((count = tryAll(startingWithGap, tokens, t, found, count)) < 0) {
                    return List.of();
                }
            }
            if (byFirstNumber.length > 0 && tokens.isNumber(t)) {
                found = found == null ? new Match[cues.size()] : found;
                if ((count = tryAll(byFirstNumber, tokens, t, found, count)) < 0) {
                    return List.of();
                }
            }
            for (int prefix : tokens.prefixes(t)) {
                if (prefix < byFirstPrefix.length && byFirstPrefix[prefix].length > 0) {
                    found = found == null ? new Match[cues.size()] : found;
                    if ((count = tryAll(byFirstPrefix[prefix], tokens, t, found, count)) < 0) {
                        return List.of();
                    }
                }
            }
        }
        if (count == 0) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>(count);
        for (Match m : found) {
            if (m != null) {
                matches.add(m);
            }
        }
        return matches;
    }

    /** Tries each cue not yet found at token {@code t}; the new count, or -1 when a veto matched. */
    private static int tryAll(Cue[] candidates, CueTokens tokens, int t, Match[] found, int count) {
        for (Cue cue : candidates) {
            if (found[cue.index()] != null || (cue.anchored() && t != 0)) {
                continue;
            }
            int end = matchFrom(cue.parts(), 0, tokens, t);
            if (end >= 0) {
                if (cue.veto()) {
                    return -1;
                }
                found[cue.index()] = new Match(cue, t, end);
                count++;
            }
        }
        return count;
    }

    /** The token index just past a match of {@code parts[p..]} at {@code t}, or -1. */
    static int matchFrom(List<Part> parts, int p, CueTokens tokens, int t) {
        if (p == parts.size()) {
            return t;
        }
        Part part = parts.get(p);
        if (part.gap()) {
            for (int skip = 0; skip <= GAP && t + skip <= tokens.size(); skip++) {
                int end = matchFrom(parts, p + 1, tokens, t + skip);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (t >= tokens.size() || !matches(part, tokens, t)) {
            return -1;
        }
        return matchFrom(parts, p + 1, tokens, t + 1);
    }

    private static boolean matches(Part part, CueTokens tokens, int t) {
        if (part.number() && tokens.isNumber(t)) {
            return true;
        }
        int id = tokens.id(t);
        if (id >= 0 && part.wordSet().get(id)) {
            return true;
        }
        for (int prefix : tokens.prefixes(t)) {
            if (part.prefixSet().get(prefix)) {
                return true;
            }
        }
        return false;
    }
}
