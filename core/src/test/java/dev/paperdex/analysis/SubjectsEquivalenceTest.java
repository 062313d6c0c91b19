package dev.paperdex.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Subjects} and {@link Baselines}, which read a sentence's words through its classed tokens
 * ({@link RuleWords}) and offsets ({@link SubjectWords}), give exactly what the string algorithms
 * they replace give ({@link SubjectsReference}, {@link #referenceBaseline}), on seeded random
 * abstracts built from the words and marks where the two could part: names in other capitals and
 * with sizes, introducing verbs, appositions, colons, quotes and brackets, possessives, white space
 * other than a space, and characters whose case folds oddly.
 */
final class SubjectsEquivalenceTest {
    private static final String[] WORDS = {
        "we",
        "We",
        "propose",
        "PROPOSE",
        "Proposed",
        "introduce",
        "present",
        "(presents)",
        "named",
        "called",
        "dubbed",
        "namely",
        "design",
        "build",
        "construct",
        "Curated",
        "further",
        "Long-Name",
        "(LNN)",
        "mechanism",
        "(LAP)",
        "(LAP)),",
        "a",
        "A",
        "an",
        "An",
        "the",
        "our",
        "novel",
        "new",
        "simple",
        "framework",
        "framework:",
        "Framework:",
        "method",
        "methods:",
        "model,",
        "models",
        "approach",
        "networ\u212a",
        "pipeline",
        "method:",
        "MINT-CoT",
        "MINT-CoT-7B",
        "mint-cot",
        "Pref-GRPO",
        "PREF-GRPO",
        "pref-grpo,",
        "Mogao,",
        "Mogao",
        "Mogao's",
        "Mogao\u2019s",
        "(IVT-LR)",
        "(IVT-LR),",
        "(TAID)",
        "(TAID).",
        "(LLMs)",
        "LLMs,",
        "(MoE)",
        "GPT-4",
        "Qwen2.5",
        "Long",
        "Name",
        "Long Name",
        "(LN)",
        "LN",
        "\u201cMogao\u201d",
        "'MINT-CoT'",
        "[Mogao]",
        "it",
        "It",
        "its",
        "Its",
        "to",
        "that",
        "which",
        "is",
        "outperforms",
        "than",
        "over",
        "versus",
        "vs",
        "compared",
        "relative",
        "with",
        "by",
        "on",
        "and",
        "baselines",
        "prior",
        "work",
        "3.5",
        "12",
        "%",
        "x",
        "-",
        "--",
        ",",
        ":",
        ";",
        "(",
        ")",
        "\u03a3IGMA",
        "\u0130NIT",
        "\u017ftar",
        "K\u212aX",
        "\u00c9T\u00c9",
        "state-of-the-art",
        "SOTA",
        "results",
        "findings",
        "\\method",
        "1,000",
        "7B",
        "X-7",
        "X",
        "Xy",
        "XY"
    };

    private static final String[] GAPS = {" ", " ", " ", " ", "  ", "\n", "\t", "\u00a0", "\u2003", ""};

    private static final String[] ENDS = {". ", ".\n", "! ", "? ", ". ", ".) ", ".\" "};

    @Test
    void namesAndSubjectsAreThoseOfTheStringAlgorithm() {
        Random random = new Random(2026);
        int named = 0;
        for (int k = 0; k < 6_000; k++) {
            String text = randomAbstract(random);
            Optional<String> title = randomTitle(random);
            AnalyzedText analyzed = AnalyzedText.of(text);
            List<Span> spans = analyzed.sentences;
            List<SentenceCues> cues = new ArrayList<>();
            for (int s = 0; s < spans.size(); s++) {
                cues.add(SentenceCues.of(analyzed, s));
            }
            RuleWords.Classes[] classes = RuleWords.of(cues);
            SubjectsReference reference = SubjectsReference.of(text, spans, cues, title);
            Subjects subjects = Subjects.of(text, spans, cues, classes, title);
            Optional<String> previousReference = Optional.empty();
            Optional<String> previous = Optional.empty();
            for (int s = 0; s < spans.size(); s++) {
                String sentence = cues.get(s).sentence();
                Optional<String> expected = reference.named(sentence);
                Optional<String> actual = subjects.named(cues.get(s).tokens(), sentence);
                assertThat(actual)
                        .as("name in [%s] of [%s], title %s", sentence, text, title)
                        .isEqualTo(expected);
                int start = spans.get(s).start();
                assertThat(subjects.subjectOf(classes[s], start, previous, actual))
                        .as("subject of [%s] in [%s], title %s", sentence, text, title)
                        .isEqualTo(reference.subjectOf(cues.get(s), start, previousReference, expected));
                previousReference = expected.isPresent() ? expected : previousReference;
                previous = actual.isPresent() ? actual : previous;
                named += expected.isPresent() ? 1 : 0;
            }
        }
        // the abstracts name things often enough for the comparison to mean something
        assertThat(named).isGreaterThan(2_000);
    }

    @Test
    void baselinesAreThoseOfTheStringAlgorithm() {
        Random random = new Random(77);
        int found = 0;
        for (int k = 0; k < 6_000; k++) {
            AnalyzedText analyzed = AnalyzedText.of(randomAbstract(random));
            for (int s = 0; s < analyzed.sentences.size(); s++) {
                SentenceCues cues = SentenceCues.of(analyzed, s);
                Optional<String> expected = referenceBaseline(cues);
                assertThat(Baselines.of(cues, RuleWords.of(cues.tokens()), List.of()))
                        .as("baseline of [%s]", cues.sentence())
                        .isEqualTo(expected);
                found += expected.isPresent() ? 1 : 0;
            }
        }
        assertThat(found).isGreaterThan(1_000);
    }

    private static String randomAbstract(Random random) {
        StringBuilder b = new StringBuilder();
        int sentences = 1 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            int words = 1 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    b.append(GAPS[random.nextInt(GAPS.length)]);
                }
                b.append(WORDS[random.nextInt(WORDS.length)]);
            }
            b.append(ENDS[random.nextInt(ENDS.length)]);
            // the next sentence must start with a capital or a digit to be one
            if (random.nextInt(4) == 0) {
                b.append(random.nextBoolean() ? "It " : "We ");
            }
        }
        return b.toString();
    }

    private static Optional<String> randomTitle(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return Optional.empty();
            case 1:
                return Optional.of(random.nextBoolean() ? "No colon in this title" : "Long Name Networ\u212a");
            default:
                StringBuilder b = new StringBuilder();
                int words = 1 + random.nextInt(4);
                for (int w = 0; w < words; w++) {
                    b.append(w > 0 ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
                }
                return Optional.of(b + ": " + WORDS[random.nextInt(WORDS.length)] + " Study?");
        }
    }

    private static final Set<String> TRIGGERS = Set.of("than", "over", "against", "versus", "vs");
    private static final Set<String> STOPS = Set.of(
            ",",
            ";",
            ":",
            ".",
            "(",
            ")",
            "by",
            "on",
            "in",
            "across",
            "while",
            "with",
            "at",
            "for",
            "when",
            "under",
            "using",
            "without",
            "despite",
            "respectively",
            "and",
            "to",
            "of",
            "from",
            "through",
            "via",
            "as",
            "which",
            "that",
            "or",
            "both",
            "even",
            "is",
            "are",
            "trained",
            "[");

    /** The phrase after "than", "over", ... as {@link Baselines} found it on the tokens' strings. */
    private static Optional<String> referenceBaseline(SentenceCues cues) {
        CueTokens t = cues.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.word(i);
            int from = -1;
            if (TRIGGERS.contains(w)) {
                from = i + 1;
            } else if ((w.equals("compared") || w.equals("relative"))
                    && (t.word(i + 1).equals("to") || t.word(i + 1).equals("with"))) {
                from = i + 2;
            }
            if (from < 0 || from >= t.size() || t.isNumber(from) || STOPS.contains(t.word(from))) {
                continue;
            }
            int to = from;
            while (to < t.size() && to - from < 8 && !STOPS.contains(t.word(to))) {
                to++;
            }
            return Optional.of(cues.sentence().substring(t.start(from), t.end(to - 1)));
        }
        return Optional.empty();
    }
}
