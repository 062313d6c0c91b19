package dev.paperdex.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sentence splitter gives exactly what its earlier, simpler code gave ({@link
 * ReferenceSplitter}: every character looked at) on random text made of the characters its
 * branches tell apart.
 */
final class SplitterEquivalenceTest {
    private static final String ALPHABET =
            "aAzZeEwW019 .,!?;:()[]\"'\\%$-\t\n\u000b\u001c\u00a0\u2009\u00e9\u00c9\u00d7\u2019\u201d\u2014\u03b1";
    private static final List<String> WORDS = List.of(
            "We",
            "we",
            "OUR",
            "propose",
            "SOTA",
            "Qwen2.5",
            "3.5",
            "12,000",
            "1,23",
            "e.g.",
            "i.e.",
            "et al.",
            "No. 1",
            "\\sim",
            "69.4\\%",
            "F1",
            "GPT-4o",
            "state-of-the-art",
            "outperforms",
            "x",
            "\u00d7",
            "Fig.",
            "vs.",
            "etc.",
            "https://github.com/a/b.",
            "0.000000000000000001",
            "123456789012345678901234567890",
            "\u00c9cole",
            "na\u00efve");

    @Test
    void splitterGivesTheReferenceSentences() {
        Random random = new Random(43);
        for (int k = 0; k < 30_000; k++) {
            String text = randomText(random);
            assertThat(SentenceSplitter.split(text))
                    .as("sentences of [%s]", text)
                    .isEqualTo(ReferenceSplitter.split(text));
        }
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(24);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(3) == 0) {
                b.append(WORDS.get(random.nextInt(WORDS.size())));
            } else {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }
}
