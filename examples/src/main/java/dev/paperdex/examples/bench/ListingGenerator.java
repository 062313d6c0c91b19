package dev.paperdex.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes large synthetic listings in the Hugging Face listing text format, for benchmarks. */
final class ListingGenerator {
    private static final String HEADER =
            "new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
                    + "byAK and the research community\n\nDec 9\n\n";
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    private static final String ABSTRACT = "Large language models (LLMs) have shown strong reasoning, but multimodal "
            + "chain-of-thought remains hard. In this paper, we propose Method-%d, a framework that interleaves visual "
            + "tokens with textual reasoning steps. We construct a dataset of 54K problems and train a 7B model in a "
            + "three-stage pipeline. Extensive experiments demonstrate that Method-%d outperforms the baseline model by "
            + "+%d.%d%% on MathVista and %d.%d%% on GSM8K, respectively, while achieving a speed increase of over %d times "
            + "compared to existing approaches. We further find that data quality matters more than quantity (e.g., "
            + "36.5 points higher accuracy than random sampling). Our code and data are available at "
            + "https://github.com/example/method-%d.";

    private ListingGenerator() {}

    /** Writes cards until the file holds at least {@code bytes} bytes; returns the number of cards. */
    static long write(Path file, long bytes) throws IOException {
        long cards = 0;
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < bytes) {
                String s = (cards % 5000 == 0 ? HEADER : "") + card(cards);
                w.write(s);
                written += s.getBytes(StandardCharsets.UTF_8).length;
                cards++;
            }
        }
        return cards;
    }

    static String card(long i) {
        int k = (int) (i % 97);
        String abs = String.format(ABSTRACT, i, i, 10 + k, k % 10, 40 + k, (k * 7) % 10, 2 + k % 9, i);
        String meta = switch ((int) (i % 4)) {
            case 0 -> "  • " + (1 + k % 20) + " authors\n·\n" + MONTHS[k % 12] + " " + (1 + k % 28) + "\n\n";
            case 1 ->
                "  • " + (1 + k % 20) + " authors\n·\n" + MONTHS[k % 12] + " " + (1 + k % 28) + ", " + (2019 + k % 6)
                        + " " + (1 + k % 5) + "\n\n";
            case 2 -> "Team " + k + "\n·\n" + MONTHS[k % 12] + " " + (1 + k % 28) + " " + (1 + k % 3) + "\n\n";
            default -> "";
        };
        return "Paper " + i + ": Interleaved Reasoning at Scale " + k + "\n\n" + abs + "\n\n" + meta;
    }
}
