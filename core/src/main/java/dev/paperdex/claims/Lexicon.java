package dev.paperdex.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One file of cue phrases under {@code dev/paperdex/claims/}, matched against {@link Tokens}.
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

    /** One phrase of the lexicon. */
    record Cue(String name, boolean strong, boolean veto, boolean anchored, List<String[]> parts) {}

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

    private Lexicon(String name, List<Cue> cues) {
        this.name = name;
        this.cues = cues;
    }

    /** Loads {@code dev/paperdex/claims/<name>.txt} from the class path. */
    static Lexicon load(String name) {
        String resource = name + ".txt";
        List<Cue> cues = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing claim lexicon resource dev/paperdex/claims/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String phrase = (hash >= 0 ? line.substring(0, hash) : line).trim().toLowerCase(Locale.ROOT);
                if (!phrase.isEmpty()) {
                    cues.add(parse(name, phrase));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read claim lexicon dev/paperdex/claims/" + resource, e);
        }
        return new Lexicon(name, List.copyOf(cues));
    }

    private static Cue parse(String lexicon, String phrase) {
        boolean strong = phrase.startsWith("!");
        boolean veto = phrase.startsWith("-");
        String body = strong || veto ? phrase.substring(1).trim() : phrase;
        boolean anchored = body.startsWith("^");
        body = anchored ? body.substring(1).trim() : body;
        List<String[]> parts = new ArrayList<>();
        for (String part : body.split("\\s+")) {
            parts.add(part.split("\\|"));
        }
        return new Cue(lexicon + ":" + (veto ? "not " : "") + body, strong, veto, anchored, List.copyOf(parts));
    }

    String name() {
        return name;
    }

    /** Every cue of this lexicon found in the tokens, at most one match per cue; none after a veto. */
    List<Match> find(Tokens tokens) {
        List<Match> found = new ArrayList<>();
        for (Cue cue : cues) {
            int last = cue.anchored() ? Math.min(1, tokens.size()) : tokens.size();
            for (int start = 0; start < last; start++) {
                int end = matchFrom(cue.parts(), 0, tokens, start);
                if (end >= 0) {
                    if (cue.veto()) {
                        return List.of();
                    }
                    found.add(new Match(cue, start, end));
                    break;
                }
            }
        }
        return found;
    }

    /** The token index just past a match of {@code parts[p..]} at {@code t}, or -1. */
    private static int matchFrom(List<String[]> parts, int p, Tokens tokens, int t) {
        if (p == parts.size()) {
            return t;
        }
        String[] part = parts.get(p);
        if (part.length == 1 && part[0].equals("~")) {
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

    private static boolean matches(String[] alternatives, Tokens tokens, int t) {
        String word = tokens.word(t);
        for (String alternative : alternatives) {
            if (alternative.equals("<num>")) {
                if (tokens.isNumber(t)) {
                    return true;
                }
            } else if (alternative.endsWith("*") && alternative.length() > 1) {
                if (word.startsWith(alternative.substring(0, alternative.length() - 1))) {
                    return true;
                }
            } else if (word.equals(alternative)) {
                return true;
            }
        }
        return false;
    }
}
