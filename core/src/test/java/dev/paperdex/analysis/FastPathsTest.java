package dev.paperdex.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written fast paths of the analysis give exactly what the general code they replace
 * gives, on seeded random strings built from the characters where the two could part.
 */
final class FastPathsTest {
    private static final char[] ALPHABET = {
        'a', 'B', '1', ' ', '\t', '\n', '\r', '\f', 0x0B, '\u00a0', '\u2009', '\u001c', ':', '(', ')', '\u00c9'
    };

    @Test
    void splitOnRegexSpaceIsStringSplitOnWhiteSpace() {
        Random random = new Random(9);
        for (int k = 0; k < 20_000; k++) {
            String s = randomString(random, random.nextInt(12));
            assertThat(Subjects.splitOnRegexSpace(s)).as("split of [%s]", s).containsExactly(s.split("\\s+"));
        }
        assertThat(Subjects.splitOnRegexSpace("")).containsExactly("");
        assertThat(Subjects.splitOnRegexSpace("   ")).isEmpty();
        assertThat(Subjects.splitOnRegexSpace(" a  b ")).containsExactly("", "a", "b");
    }

    @Test
    void lexedWordsAreTheirLowerCaseAndVocabularyIds() {
        Random random = new Random(17);
        char[] letters = {'w', 'e', 'W', 'E', 'o', 'u', 'r', 'R', 'i', 'n', 'I', 'N', 's', 't', '\u00e9', '2'};
        CueVocabulary vocabulary = ClaimLexicons.INSTANCE.vocabulary;
        int known = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                b.append(letters[random.nextInt(letters.length)]);
            }
            String word = b.toString();
            if (!Character.isLetter(word.charAt(0))) {
                continue;
            }
            Token t = Lexer.lex(word + " .").get(0);
            assertThat(t.text).isEqualTo(word);
            assertThat(t.norm).isEqualTo(Token.lower(word));
            boolean ascii = word.chars().allMatch(c -> c < 0x80);
            if (ascii && word.chars().noneMatch(Character::isDigit)) {
                assertThat(t.cuePrefixes)
                        .as("prefixes of %s, found by the lexer", word)
                        .isNotNull();
            }
            if (t.cueId != Token.UNKNOWN) {
                assertThat(t.cueId).as("id of %s", word).isEqualTo(vocabulary.lookup(t.norm));
                if (t.cuePrefixes != null) {
                    assertThat(t.cuePrefixes).isEqualTo(vocabulary.prefixesOf(t.norm));
                    known++;
                }
            }
        }
        assertThat(known).as("words found in the vocabulary").isGreaterThan(100);
    }

    @Test
    void lexerReadsEveryAsciiCharacterAsTheCharacterClassesSay() {
        for (char c = 0; c < 0x80; c++) {
            List<Token> tokens = Lexer.lex("a" + c + "b");
            String as = "a, char " + (int) c + ", b";
            if (Character.isLetter(c)) {
                assertThat(tokens).as(as).hasSize(1);
                assertThat(tokens.get(0).norm).as(as).isEqualTo(("a" + c + "b").toLowerCase(Locale.ROOT));
            } else if (Character.isWhitespace(c)) {
                assertThat(tokens).as(as).extracting(t -> t.text).containsExactly("a", "b");
                assertThat(tokens.get(1).space).as(as).isTrue();
            } else if (Character.isDigit(c)) {
                assertThat(tokens).as(as).hasSize(1);
            } else if (c == '\\') {
                // a backslash and letters is a LaTeX command
                assertThat(tokens).as(as).extracting(t -> t.text).containsExactly("a", "\\b");
            } else {
                assertThat(tokens).as(as).extracting(t -> t.text).containsExactly("a", String.valueOf(c), "b");
                assertThat(tokens.get(1).space).as(as).isFalse();
            }
        }
    }

    @Test
    void prefixesOfAWordAreTheVocabularyPrefixesItStartsWithShortestFirst() {
        CueVocabulary vocabulary = ClaimLexicons.INSTANCE.vocabulary;
        List<String> prefixes = new ArrayList<>();
        for (int id = 0; id < vocabulary.prefixCount(); id++) {
            prefixes.add(vocabulary.prefixAt(id));
        }
        Random random = new Random(23);
        int withPrefixes = 0;
        for (int k = 0; k < 30_000; k++) {
            // a prefix, cut short or grown, or a random word over the prefixes' letters
            String p = prefixes.get(random.nextInt(prefixes.size()));
            String word = switch (random.nextInt(4)) {
                case 0 -> p.substring(0, random.nextInt(p.length() + 1));
                case 1 -> p + "ing".substring(0, random.nextInt(4));
                case 2 -> p.substring(0, Math.min(p.length(), 2)) + (char) ('a' + random.nextInt(26)) + "e";
                default -> randomString(random, random.nextInt(5), "aeioutrsncdp-X\u00e9");
            };
            List<Integer> expected = new ArrayList<>();
            for (int id = 0; id < prefixes.size(); id++) {
                if (word.startsWith(prefixes.get(id))) {
                    expected.add(id);
                }
            }
            expected.sort(Comparator.comparingInt(id -> prefixes.get(id).length()));
            int[] found = vocabulary.prefixesOf(word);
            assertThat(found)
                    .as("prefixes of [%s]", word)
                    .containsExactly(expected.stream().mapToInt(i -> i).toArray());
            withPrefixes += found.length > 0 ? 1 : 0;
        }
        assertThat(withPrefixes).as("words with a prefix").isGreaterThan(5_000);
    }

    @Test
    void aTokenCarriesTheHashOfItsNormAndCueTokensOfWordsAndNumbersAreTheirOwn() {
        Random random = new Random(29);
        CueVocabulary vocabulary = ClaimLexicons.INSTANCE.vocabulary;
        String[] pieces = {
            "We",
            "outperform",
            "SOTA",
            "sota",
            "3.5",
            "12,000",
            "Qwen2.5",
            "F1",
            "x",
            "\\sim",
            "\u00e9t\u00e9",
            "1st",
            "the",
            " ",
            " ",
            "."
        };
        for (int k = 0; k < 5_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            AnalyzedText text = AnalyzedText.of(b.toString());
            for (Token t : text.tokens) {
                assertThat(t.hash()).as("hash of %s in [%s]", t.norm, b).isEqualTo(t.norm.hashCode());
            }
            for (int s = 0; s < text.sentences.size(); s++) {
                CueTokens tokens = CueTokens.of(text, s);
                for (int i = 0; i < tokens.size(); i++) {
                    String w = tokens.word(i);
                    assertThat(tokens.id(i)).as("id of %s in [%s]", w, b).isEqualTo(vocabulary.lookup(w));
                    assertThat(tokens.prefixes(i))
                            .as("prefixes of %s in [%s]", w, b)
                            .isEqualTo(tokens.isNumber(i) ? new int[0] : vocabulary.prefixesOf(w));
                    assertThat(w).isNotEqualTo("sota");
                }
            }
        }
    }

    @Test
    void sentenceTestsByClassBitsAreTheTestsBySets() {
        ClaimLexicons l = ClaimLexicons.INSTANCE;
        String[] pieces = {
            "we",
            "We",
            "our",
            "us",
            "proposed",
            "this",
            "these",
            "it",
            "its",
            "method",
            "framework",
            "model",
            "achieves",
            "outperforms",
            "results",
            "resulting",
            "3.5",
            "12",
            "%",
            "x",
            "times",
            "points",
            "million",
            "8B",
            "Llama",
            "the",
            "of",
            ",",
            "F1"
        };
        Random random = new Random(31);
        int[] seen = new int[4];
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(9); i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            AnalyzedText text = AnalyzedText.of(b.append('.').toString());
            for (int s = 0; s < text.sentences.size(); s++) {
                SentenceCues cues = SentenceCues.of(text, s);
                CueTokens t = cues.tokens();
                boolean metricNumber = false;
                boolean firstPerson = false;
                boolean ownMethod = false;
                boolean ownWork = false;
                for (int i = 0; i < t.size(); i++) {
                    boolean glued = t.touchesPrevious(i)
                            && Character.isLetter(t.word(i - 1).charAt(0));
                    boolean next = i + 1 < t.size();
                    if (t.isNumber(i) && !glued) {
                        metricNumber |= next && t.in(i + 1, l.metricUnits);
                        metricNumber |= t.word(i).indexOf('.') > 0
                                && !(next
                                        && (t.touchesPrevious(i + 1)
                                                || t.in(i + 1, l.quantities)
                                                || t.isNumber(i + 1)));
                    }
                    firstPerson |= t.in(i, l.firstPerson);
                    for (int j = i + 1; j < Math.min(t.size(), i + 4); j++) {
                        ownMethod |= t.in(i, l.ownMethodLeads) && t.in(j, l.methodNounIds);
                    }
                    // a longer phrase of words, ending in a noun that names only a method
                    for (int j = i + 1; j < Math.min(t.size(), i + 7); j++) {
                        if (!Character.isLetterOrDigit(t.word(j).charAt(0))) {
                            break;
                        }
                        ownMethod |= j >= i + 4
                                && t.in(i, l.ownMethodLeads)
                                && t.in(j, l.methodNounIds)
                                && java.util.Set.of(
                                                "method",
                                                "approach",
                                                "framework",
                                                "technique",
                                                "pipeline",
                                                "algorithm",
                                                "system")
                                        .contains(t.word(j));
                    }
                    ownMethod |= t.in(i, l.we) && next && t.startsWithAny(i + 1, l.ownResultVerbs);
                    ownWork |=
                            t.in(i, l.ownWorkWords) || t.in(i, l.demonstratives) && next && t.in(i + 1, l.ownNounIds);
                    ownWork |= i < 3 && t.in(i, l.pronouns);
                }
                ownWork |= firstPerson;
                String as = text.text;
                assertThat(cues.hasMetricNumber())
                        .as("metric number in [%s]", as)
                        .isEqualTo(metricNumber);
                assertThat(cues.firstPerson()).as("first person in [%s]", as).isEqualTo(firstPerson);
                assertThat(cues.ownMethod()).as("own method in [%s]", as).isEqualTo(ownMethod);
                assertThat(cues.ownWork()).as("own work in [%s]", as).isEqualTo(ownWork);
                seen[0] += metricNumber ? 1 : 0;
                seen[1] += firstPerson ? 1 : 0;
                seen[2] += ownMethod ? 1 : 0;
                seen[3] += ownWork && !firstPerson ? 1 : 0;
            }
        }
        for (int i = 0; i < seen.length; i++) {
            assertThat(seen[i]).as("sentences where test %d holds", i).isGreaterThan(500);
        }
    }

    private static String randomString(Random random, int length, String alphabet) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String randomString(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }
}
