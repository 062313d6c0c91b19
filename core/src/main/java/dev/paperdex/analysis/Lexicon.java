package dev.paperdex.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** One token pattern of a phrase: a gap, or alternatives (words, prefixes, any number). */
    record Part(boolean gap, boolean number, String[] words, String[] prefixes) {}

    /** A cue found in a sentence, with the token range it covers. */
    record Match(Cue cue, int from, int to) {
        String name() {
            return cue.name();
        }

        boolean overlaps(Match other) {
            return from < other.to && other.from < to;
        }
    }

    private final String name;
    private final List<Cue> cues;
    // cues indexed by what their first token can be, so that a token only tries the cues that can
    // start there
    private final Map<String, List<Cue>> byFirstWord = new HashMap<>();
    private final PrefixNode byFirstPrefix = new PrefixNode();
    private final List<Cue> byFirstNumber = new ArrayList<>();
    private final List<Cue> startingWithGap = new ArrayList<>();

    private Lexicon(String name, List<Cue> cues) {
        this.name = name;
        this.cues = cues;
        for (Cue cue : cues) {
            Part first = cue.parts().get(0);
            if (first.gap()) {
                startingWithGap.add(cue);
                continue;
            }
            if (first.number()) {
                byFirstNumber.add(cue);
            }
            for (String w : first.words()) {
                byFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(cue);
            }
            for (String prefix : first.prefixes()) {
                byFirstPrefix.add(prefix, cue);
            }
        }
    }

    /** A character trie of first-token prefixes: walking a word visits every prefix cue once. */
    private static final class PrefixNode {
        private final Map<Character, PrefixNode> children = new HashMap<>();
        private final List<Cue> cues = new ArrayList<>();

        void add(String prefix, Cue cue) {
            PrefixNode node = this;
            for (int i = 0; i < prefix.length(); i++) {
                node = node.children.computeIfAbsent(prefix.charAt(i), c -> new PrefixNode());
            }
            node.cues.add(cue);
        }
    }

    /** Loads {@code dev/paperdex/analysis/<name>.txt} from the class path. */
    static Lexicon load(String name) {
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
                    cues.add(parse(name, phrase, index++));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read claim lexicon dev/paperdex/analysis/" + resource, e);
        }
        return new Lexicon(name, List.copyOf(cues));
    }

    private static Cue parse(String lexicon, String phrase, int index) {
        boolean strong = phrase.startsWith("!");
        boolean veto = phrase.startsWith("-");
        String body = strong || veto ? phrase.substring(1).trim() : phrase;
        boolean anchored = body.startsWith("^");
        body = anchored ? body.substring(1).trim() : body;
        List<Part> parts = new ArrayList<>();
        for (String part : body.split("\\s+")) {
            if (part.equals("~")) {
                parts.add(new Part(true, false, new String[0], new String[0]));
                continue;
            }
            boolean number = false;
            List<String> words = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String alternative : part.split("\\|")) {
                if (alternative.equals("<num>")) {
                    number = true;
                } else if (alternative.endsWith("*") && alternative.length() > 1) {
                    prefixes.add(alternative.substring(0, alternative.length() - 1));
                } else {
                    words.add(alternative);
                }
            }
            parts.add(new Part(false, number, words.toArray(new String[0]), prefixes.toArray(new String[0])));
        }
        return new Cue(lexicon + ":" + (veto ? "not " : "") + body, strong, veto, anchored, List.copyOf(parts), index);
    }

    String name() {
        return name;
    }

    /** Every cue of this lexicon found in the tokens, at most one match per cue; none after a veto. */
    List<Match> find(CueTokens tokens) {
        Match[] found = new Match[cues.size()];
        int count = 0;
        for (int t = 0; t < tokens.size(); t++) {
            String word = tokens.word(t);
            for (int k = 0; k < 4; k++) {
                List<Cue> candidates = k == 0
                        ? byFirstWord.get(word)
                        : k == 1 ? startingWithGap : k == 2 ? (tokens.isNumber(t) ? byFirstNumber : null) : null;
                if (k == 3) {
                    PrefixNode node = byFirstPrefix;
                    for (int i = 0; i < word.length() && node != null; i++) {
                        node = node.children.get(word.charAt(i));
                        if (node != null
                                && !node.cues.isEmpty()
                                && (count = tryAll(node.cues, tokens, t, found, count)) < 0) {
                            return List.of();
                        }
                    }
                } else if (candidates != null && (count = tryAll(candidates, tokens, t, found, count)) < 0) {
                    return List.of();
                }
            }
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
    private static int tryAll(List<Cue> candidates, CueTokens tokens, int t, Match[] found, int count) {
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
    private static int matchFrom(List<Part> parts, int p, CueTokens tokens, int t) {
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
        String word = tokens.word(t);
        for (String w : part.words()) {
            if (word.equals(w)) {
                return true;
            }
        }
        for (String prefix : part.prefixes()) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
