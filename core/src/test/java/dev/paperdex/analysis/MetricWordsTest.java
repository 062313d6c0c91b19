package dev.paperdex.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The word classes of {@link MetricWords} hold exactly the words of their {@link Cues} tables, for
 * a word asked by its string and for a lexed token asked by its vocabulary id, and the quick tests
 * in front of the look-up never say no to a word of the classes asked.
 */
final class MetricWordsTest {
    private static final Map<Long, Collection<String>> TABLES = Map.ofEntries(
            Map.entry(MetricWords.BENCH_PREPS, Cues.BENCH_PREPS),
            Map.entry(MetricWords.METRIC_NAMES, Cues.METRIC_NAMES),
            Map.entry(MetricWords.METRIC_PLURALS, plurals(Cues.METRIC_NAMES)),
            Map.entry(MetricWords.CHANGE_WORDS, Cues.CHANGE_WORDS),
            Map.entry(MetricWords.QUANTITY_HEADS, Cues.QUANTITY_HEADS),
            Map.entry(MetricWords.CHANGE_VERBS, Cues.CHANGE_VERBS),
            Map.entry(MetricWords.CHANGE_NOUNS, Cues.CHANGE_NOUNS),
            Map.entry(MetricWords.NP_STOPS, Cues.NP_STOPS),
            Map.entry(MetricWords.CLAUSE_WORDS, Cues.CLAUSE_WORDS),
            Map.entry(MetricWords.NOT_BENCH_FIRST, Cues.NOT_BENCH_FIRST),
            Map.entry(MetricWords.COPULAS, Cues.COPULAS),
            Map.entry(MetricWords.BENCH_WORDS, Cues.BENCH_WORDS),
            Map.entry(MetricWords.BENCH_HEADS, Cues.BENCH_HEADS),
            Map.entry(MetricWords.TIME_UNITS, Cues.TIME_UNITS.keySet()),
            Map.entry(MetricWords.DETERMINERS, Cues.DETERMINERS),
            Map.entry(MetricWords.BASELINE_CUES, Cues.BASELINE_CUES),
            Map.entry(MetricWords.UP_WORDS, Cues.UP_WORDS),
            Map.entry(MetricWords.DOWN_WORDS, Cues.DOWN_WORDS),
            Map.entry(MetricWords.SIZE_WORDS, Cues.SIZE_WORDS),
            Map.entry(MetricWords.SETUP_WORDS, Cues.SETUP_WORDS),
            Map.entry(MetricWords.SCORE_VERBS, Cues.SCORE_VERBS),
            Map.entry(MetricWords.QUALIFIER_PAIRS, Cues.QUALIFIER_PAIRS.keySet()),
            Map.entry(MetricWords.PART_HEADS, Cues.PART_HEADS),
            Map.entry(MetricWords.NUMBER_WORDS, Cues.NUMBER_WORDS.keySet()),
            Map.entry(MetricWords.NP_LEADING, Cues.NP_LEADING),
            Map.entry(MetricWords.MODEL_HEADS, Cues.MODEL_HEADS),
            Map.entry(MetricWords.HARDWARE, Cues.HARDWARE),
            Map.entry(MetricWords.GENERIC_HEADS, Cues.GENERIC_HEADS),
            Map.entry(MetricWords.FACTOR_SETUP_AFTER, Cues.FACTOR_SETUP_AFTER),
            Map.entry(MetricWords.TASK_HEADS, Cues.TASK_HEADS),
            Map.entry(MetricWords.SPLIT_WORDS, Cues.SPLIT_WORDS),
            Map.entry(MetricWords.SETUP_LINKS, Cues.SETUP_LINKS),
            Map.entry(MetricWords.SETUP_AFTER_UNIT, Cues.SETUP_AFTER_UNIT),
            Map.entry(MetricWords.RESULT_NOUNS, Cues.RESULT_NOUNS),
            Map.entry(MetricWords.REPORT_VERBS, Cues.REPORT_VERBS),
            Map.entry(MetricWords.QUALIFIER_WORDS, Cues.QUALIFIER_WORDS.keySet()),
            Map.entry(MetricWords.PARTICIPLE_ADJECTIVES, Cues.PARTICIPLE_ADJECTIVES),
            Map.entry(MetricWords.OUTCOME_VERBS, Cues.OUTCOME_VERBS),
            Map.entry(MetricWords.NP_TRAILING, Cues.NP_TRAILING),
            Map.entry(MetricWords.NOT_TASK_HEADS, Cues.NOT_TASK_HEADS),
            Map.entry(MetricWords.NOT_BENCH_ALONE, Cues.NOT_BENCH_ALONE),
            Map.entry(MetricWords.NAMING_WORDS, Cues.NAMING_WORDS),
            Map.entry(MetricWords.MODEL_SUFFIXES, Cues.MODEL_SUFFIXES),
            Map.entry(MetricWords.MODALS, Cues.MODALS),
            Map.entry(MetricWords.FUNCTION_WORDS, Cues.FUNCTION_WORDS),
            Map.entry(MetricWords.EVAL_VERBS, Cues.EVAL_VERBS),
            Map.entry(MetricWords.EVAL_NOUNS, Cues.EVAL_NOUNS),
            Map.entry(MetricWords.DEMONSTRATIVES, Cues.DEMONSTRATIVES),
            Map.entry(MetricWords.CONDITION_HEADS, Cues.CONDITION_HEADS),
            Map.entry(MetricWords.COMPOSITION_VERBS, Cues.COMPOSITION_VERBS),
            Map.entry(MetricWords.AFTER_BARE_CHANGE, Cues.AFTER_BARE_CHANGE));

    @Test
    void everyWordOfTheTablesIsAVocabularyWordSoAWordTheLexerDidNotFindIsInNone() {
        CueVocabulary vocabulary = ClaimLexicons.INSTANCE.vocabulary;
        for (Collection<String> words : TABLES.values()) {
            for (String w : words) {
                assertThat(vocabulary.lookup(w)).as(w).isGreaterThanOrEqualTo(0);
            }
        }
        Token unknown = Lexer.lex("zebrafishes").get(0);
        assertThat(unknown.cueId).isEqualTo(-1);
        assertThat(MetricWords.classes(unknown)).isZero();
        assertThat(MetricWords.mayStart(unknown)).isFalse();
    }

    @Test
    void theVocabularyRefusesWordsOnceLookedUp() {
        CueVocabulary vocabulary = ClaimLexicons.INSTANCE.vocabulary;
        vocabulary.lookup("the");
        assertThat(vocabulary.word("the")).isEqualTo(vocabulary.lookup("the"));
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> vocabulary.word("zebrafishes"));
    }

    @Test
    void everyClassHoldsExactlyTheWordsOfItsTable() {
        Random random = new Random(5);
        for (String w : candidates(random)) {
            long classes = MetricWords.classes(w);
            assertThat(MetricWords.classes(w, w.hashCode()))
                    .as("classes of [%s] by its hash", w)
                    .isEqualTo(classes);
            for (Map.Entry<Long, Collection<String>> e : TABLES.entrySet()) {
                assertThat((classes & e.getKey()) != 0)
                        .as("class of [%s]", w)
                        .isEqualTo(e.getValue().contains(w));
            }
            assertThat(classes & MetricWords.KNOWN).isZero();
        }
    }

    @Test
    void tokensAreClassedAsTheirWordsAndNoStartIsMissed() {
        Random random = new Random(11);
        List<String> words = candidates(random);
        String[] glue = {" ", " ", " ", ", ", "; ", ": ", " (", ") ", ". ", "-", " 3.5% ", "\\% "};
        for (int k = 0; k < 300; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                String w = words.get(random.nextInt(words.size()));
                b.append(
                        random.nextInt(4) == 0 && !w.isEmpty()
                                ? Character.toUpperCase(w.charAt(0)) + w.substring(1)
                                : w);
                b.append(glue[random.nextInt(glue.length)]);
            }
            Tokens tokens = new Tokens(AnalyzedText.of(b.toString()));
            Set<Integer> starts = new HashSet<>();
            for (int s = 0; s < tokens.startCount; s++) {
                starts.add(tokens.starts[s]);
            }
            for (int i = 0; i < tokens.t.size(); i++) {
                Token x = tokens.t.get(i);
                long expected = MetricWords.classes(x.norm);
                if (x.kind != Token.Kind.SYM) {
                    expected &= ~MetricWords.PUNCT;
                }
                assertThat(MetricWords.classes(x)).as("classes of %s", x).isEqualTo(expected);
                for (long bit : TABLES.keySet()) {
                    assertThat(tokens.in(i, bit))
                            .as("%s in %s", x, Long.numberOfTrailingZeros(bit))
                            .isEqualTo((expected & bit) != 0);
                }
                assertThat(tokens.isPunct(i)).isEqualTo((expected & MetricWords.PUNCT) != 0);
                if (x.isWord() && (expected & MetricWords.STARTS) != 0) {
                    assertThat(MetricWords.mayStart(x)).as("may %s start", x).isTrue();
                    assertThat(starts).as("starts").contains(i);
                }
                if (x.isNum()) {
                    assertThat(starts).as("starts").contains(i);
                }
            }
        }
    }

    private static Set<String> plurals(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w + "s");
        }
        return out;
    }

    /** Every word of every table, each changed a little, and random short strings. */
    private static List<String> candidates(Random random) {
        Set<String> all = new HashSet<>();
        for (Collection<String> table : TABLES.values()) {
            all.addAll(table);
        }
        all.addAll(
                List.of("order", "respectively", "using", "with", "task", "", "\u00e9t\u00e9", "averylongwordindeed"));
        List<String> out = new ArrayList<>(all);
        for (String w : all) {
            out.add(w + "s");
            if (w.length() > 1) {
                out.add(w.substring(0, w.length() - 1));
                out.add(w.substring(1));
            }
        }
        String letters = "aeiostnrldu\u00e9";
        for (int k = 0; k < 5_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                b.append(letters.charAt(random.nextInt(letters.length())));
            }
            out.add(b.toString());
        }
        return out;
    }
}
