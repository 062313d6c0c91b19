package dev.paperdex.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cue index and the vocabulary, which read flat arrays and skip cues that cannot match, give
 * exactly what the plain definitions give: each cue tried at every token by the recursive matcher
 * of the lexicon grammar, each word compared as a string and each prefix by {@link
 * String#startsWith}, on seeded random text made of the lexicons' own words.
 */
final class CueIndexTest {
    private static final String[] OTHER = {
        ".",
        ",",
        ";",
        "(",
        ")",
        "-",
        "%",
        "\\%",
        "x",
        "\u00d7",
        "\u2019",
        "SOTA",
        "Qwen2.5",
        "F1",
        "4.5x",
        "3.1",
        "12,000",
        "we",
        "our",
        "the",
        "it",
        "\u00e9t\u00e9",
        "\\sim",
        "1st",
        "the",
        "of",
        "is",
        "to",
        "a"
    };

    @Test
    void findsTheCuesThePlainMatcherFinds() {
        ClaimLexicons lexicons = ClaimLexicons.INSTANCE;
        List<String> words = words(lexicons.vocabulary);
        Random random = new Random(5);
        int matched = 0;
        for (int k = 0; k < 3_000; k++) {
            AnalyzedText text = AnalyzedText.of(randomText(random, words));
            for (int s = 0; s < text.sentences.size(); s++) {
                for (List<Lexicon.Match> expected : assertPlainMatches(text, s)) {
                    matched += expected.size();
                }
            }
        }
        assertThat(matched).as("cues matched").isGreaterThan(10_000);
    }

    /**
     * Sentences made mostly of cue phrases, one at the start (anchored cues), some repeated (a cue
     * tried between the first and the last place of its first part), some at the end (gaps that
     * run out of tokens), with vetoes among them: the index's triggers, part tests and search
     * ranges must not change the answer.
     */
    @Test
    void findsTheCuesOfSentencesMadeOfCues() {
        ClaimLexicons lexicons = ClaimLexicons.INSTANCE;
        List<String> words = words(lexicons.vocabulary);
        Random random = new Random(17);
        int anchored = 0;
        int gaps = 0;
        int vetoed = 0;
        for (int k = 0; k < 4_000; k++) {
            StringBuilder b = new StringBuilder();
            String first = null;
            for (int i = random.nextInt(6); i >= 0; i--) {
                int mark = b.length();
                if (random.nextInt(4) == 0) {
                    b.append(words.get(random.nextInt(words.size()))).append(' ');
                } else {
                    phrase(random, words, b);
                }
                if (first == null) {
                    first = b.substring(mark);
                } else if (random.nextInt(3) == 0) {
                    b.append(first);
                }
            }
            AnalyzedText text = AnalyzedText.of(b.toString());
            for (int s = 0; s < text.sentences.size(); s++) {
                CueTokens tokens = CueTokens.of(text, s);
                List<List<Lexicon.Match>> plain = assertPlainMatches(text, s);
                List<Lexicon> all = lexicons.all();
                for (int l = 0; l < all.size(); l++) {
                    List<Lexicon.Match> expected = plain.get(l);
                    for (Lexicon.Match m : expected) {
                        anchored += m.cue().anchored() ? 1 : 0;
                        gaps += m.cue().parts().stream().anyMatch(Lexicon.Part::gap) ? 1 : 0;
                    }
                    vetoed += expected.isEmpty() && vetoes(all.get(l), tokens) ? 1 : 0;
                }
            }
        }
        assertThat(anchored).as("anchored cues matched").isGreaterThan(100);
        assertThat(gaps).as("cues with gaps matched").isGreaterThan(1_000);
        assertThat(vetoed).as("lexicons vetoed").isGreaterThan(100);
    }

    /** The index keeps a scratch state per thread: threads that share it get what one thread gets. */
    @Test
    void givesEachThreadTheSameAnswers() throws Exception {
        ClaimLexicons lexicons = ClaimLexicons.INSTANCE;
        List<String> words = words(lexicons.vocabulary);
        Random random = new Random(23);
        List<CueTokens> sentences = new ArrayList<>();
        for (int k = 0; k < 500; k++) {
            AnalyzedText text = AnalyzedText.of(randomText(random, words));
            for (int s = 0; s < text.sentences.size(); s++) {
                sentences.add(CueTokens.of(text, s));
            }
        }
        List<List<List<Lexicon.Match>>> expected = new ArrayList<>();
        for (CueTokens tokens : sentences) {
            expected.add(lexicons.index.findAll(tokens));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                int offset = r * 97;
                runs.add(pool.submit(() -> {
                    int mismatches = 0;
                    for (int pass = 0; pass < 20; pass++) {
                        for (int i = 0; i < sentences.size(); i++) {
                            int k = (i + offset) % sentences.size();
                            if (!lexicons.index.findAll(sentences.get(k)).equals(expected.get(k))) {
                                mismatches++;
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (java.util.concurrent.Future<Integer> run : runs) {
                assertThat(run.get()).as("mismatches").isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether a veto of {@code lexicon} matches somewhere in {@code tokens}. */
    private static boolean vetoes(Lexicon lexicon, CueTokens tokens) {
        for (Lexicon.Cue cue : lexicon.cues()) {
            for (int t = 0; cue.veto() && t < (cue.anchored() ? Math.min(1, tokens.size()) : tokens.size()); t++) {
                if (matchFrom(cue.parts(), 0, tokens, t) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void looksWordsAndPrefixesUpAsStrings() {
        CueVocabulary vocabulary = ClaimLexicons.INSTANCE.vocabulary;
        List<String> words = words(vocabulary);
        Random random = new Random(11);
        for (int k = 0; k < 50_000; k++) {
            String w = words.get(random.nextInt(words.size()));
            String probe = switch (random.nextInt(4)) {
                case 0 -> w;
                case 1 -> w.substring(0, random.nextInt(w.length() + 1));
                case 2 -> w + OTHER[random.nextInt(OTHER.length)].toLowerCase(java.util.Locale.ROOT);
                default -> w + "s";
            };
            assertThat(vocabulary.lookup(probe)).as("id of %s", probe).isEqualTo(words.indexOf(probe));
            List<Integer> prefixes = new ArrayList<>();
            for (int p = 0; p < vocabulary.prefixCount(); p++) {
                if (probe.startsWith(vocabulary.prefixAt(p))) {
                    prefixes.add(p);
                }
            }
            prefixes.sort((a, b) ->
                    vocabulary.prefixAt(a).length() - vocabulary.prefixAt(b).length());
            assertThat(vocabulary.prefixesOf(probe))
                    .as("prefixes of %s", probe)
                    .containsExactly(
                            prefixes.stream().mapToInt(Integer::intValue).toArray());
            if (probe.length() == 1 && probe.charAt(0) < 0x80) {
                assertThat(vocabulary.idOf(probe.charAt(0))).isEqualTo(vocabulary.lookup(probe));
                assertThat(vocabulary.prefixesOf(probe.charAt(0))).isEqualTo(vocabulary.prefixesOf(probe));
            }
            String upper = probe.toUpperCase(java.util.Locale.ROOT);
            if (upper.chars().allMatch(c -> c < 0x80)) {
                int slot = vocabulary.find(upper, 0, upper.length(), probe.hashCode());
                assertThat(slot < 0 ? -1 : vocabulary.idAt(slot))
                        .as("find %s", upper)
                        .isEqualTo(vocabulary.lookup(probe));
            }
        }
    }

    private static List<String> words(CueVocabulary vocabulary) {
        List<String> words = new ArrayList<>();
        for (int id = 0; id < vocabulary.wordCount(); id++) {
            words.add(vocabulary.wordAt(id));
        }
        return words;
    }

    private static String randomText(Random random, List<String> words) {
        StringBuilder b = new StringBuilder();
        int n = 3 + random.nextInt(40);
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(10);
            if (c == 0) {
                b.append(OTHER[random.nextInt(OTHER.length)]);
            } else if (c == 9) {
                phrase(random, words, b);
            } else if (c == 1) {
                b.append(random.nextInt(100));
            } else {
                String w = words.get(random.nextInt(words.size()));
                b.append(c == 2 ? w + "ing" : c == 3 ? w.toUpperCase(java.util.Locale.ROOT) : w);
            }
            b.append(random.nextInt(8) == 0 ? ". " : random.nextInt(8) == 0 ? "-" : " ");
        }
        return b.toString();
    }

    /** Writes a random instance of a random cue: one alternative of each part, a few words for a gap. */
    private static void phrase(Random random, List<String> words, StringBuilder b) {
        List<Lexicon> all = ClaimLexicons.INSTANCE.all();
        List<Lexicon.Cue> cues = all.get(random.nextInt(all.size())).cues();
        for (Lexicon.Part part : cues.get(random.nextInt(cues.size())).parts()) {
            if (part.gap()) {
                for (int i = random.nextInt(5); i > 0; i--) {
                    b.append(words.get(random.nextInt(words.size()))).append(' ');
                }
                continue;
            }
            int n = part.words().length + part.prefixes().length + (part.number() ? 1 : 0);
            int a = random.nextInt(n);
            if (a < part.words().length) {
                b.append(words.get(part.words()[a]));
            } else if (a < part.words().length + part.prefixes().length) {
                b.append(ClaimLexicons.INSTANCE.vocabulary.prefixAt(part.prefixes()[a - part.words().length]));
                b.append(random.nextBoolean() ? "ing" : "");
            } else {
                b.append(random.nextInt(1000));
            }
            b.append(' ');
        }
    }

    /** The cues of {@code lexicon} by the definition: each at the first token where it matches. */
    private static List<Lexicon.Match> plainMatches(Lexicon lexicon, CueTokens tokens) {
        List<Lexicon.Match> out = new ArrayList<>();
        for (Lexicon.Cue cue : lexicon.cues()) {
            for (int t = 0; t < (cue.anchored() ? Math.min(1, tokens.size()) : tokens.size()); t++) {
                int end = matchFrom(cue.parts(), 0, tokens, t);
                if (end >= 0) {
                    if (cue.veto()) {
                        return List.of();
                    }
                    out.add(new Lexicon.Match(cue, t, end));
                    break;
                }
            }
        }
        return out;
    }

    private static int matchFrom(List<Lexicon.Part> parts, int p, CueTokens tokens, int t) {
        if (p == parts.size()) {
            return t;
        }
        Lexicon.Part part = parts.get(p);
        if (part.gap()) {
            for (int skip = 0; skip <= Lexicon.GAP && t + skip <= tokens.size(); skip++) {
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

    private static boolean matches(Lexicon.Part part, CueTokens tokens, int t) {
        if (part.number() && tokens.isNumber(t)) {
            return true;
        }
        for (int w : part.words()) {
            if (tokens.id(t) == w) {
                return true;
            }
        }
        for (int p : part.prefixes()) {
            if (tokens.word(t).startsWith(ClaimLexicons.INSTANCE.vocabulary.prefixAt(p)) && !tokens.isNumber(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Asserts that the index finds in sentence {@code s} of {@code text} what the plain matcher
     * finds, lexicon by lexicon; the plain matches, in the order of the lexicons.
     */
    private static List<List<Lexicon.Match>> assertPlainMatches(AnalyzedText text, int s) {
        ClaimLexicons lexicons = ClaimLexicons.INSTANCE;
        CueTokens tokens = CueTokens.of(text, s);
        List<List<Lexicon.Match>> found = lexicons.index.findAll(tokens);
        List<Lexicon> all = lexicons.all();
        assertThat(found).hasSize(all.size());
        List<List<Lexicon.Match>> plain = new ArrayList<>(all.size());
        for (int l = 0; l < all.size(); l++) {
            List<Lexicon.Match> expected = plainMatches(all.get(l), tokens);
            assertThat(found.get(l))
                    .as(
                            "cues of %s in [%s]",
                            all.get(l).name(), text.sentences.get(s).textIn(text.text))
                    .isEqualTo(expected);
            plain.add(expected);
        }
        return plain;
    }
}
