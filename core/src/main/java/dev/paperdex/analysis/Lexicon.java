package dev.paperdex.analysis;

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
 * One file of cue phrases under {@code dev/paperdex/analysis/}; {@link CueIndex} finds the cues of
 * every file in one walk over a sentence's {@link CueTokens}.
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
    record Part(boolean gap, boolean number, int[] words, int[] prefixes) {}

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
    private final int slot;

    private Lexicon(String name, List<Cue> cues, int slot) {
        this.name = name;
        this.cues = cues;
        this.slot = slot;
    }

    /**
     * Loads {@code dev/paperdex/analysis/<name>.txt} from the class path, registering its words in
     * {@link CueVocabulary#INSTANCE}; only {@link ClaimLexicons}' initialisation calls it, so the
     * vocabulary is complete and no longer changes once any sentence is read. {@code slot} is its
     * position among the lexicons ({@link #slot()}).
     */
    static Lexicon load(String name, int slot) {
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
        return new Lexicon(name, List.copyOf(cues), slot);
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

    /** The position of this lexicon among {@link ClaimLexicons}' (in {@link CueIndex#findAll}'s result). */
    int slot() {
        return slot;
    }

    /** The phrases of this lexicon, in file order ({@link Cue#index()}). */
    List<Cue> cues() {
        return cues;
    }
}
