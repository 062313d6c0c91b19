package dev.paperdex.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes a synthetic arXiv metadata snapshot ({@code arxiv-metadata-oai-snapshot.json}) in the shape
 * of the real one and of the sample in {@code samples/arxiv-snapshot/}: one JSON object per line with
 * {@code id}, {@code submitter}, {@code authors} as one string, {@code title} and {@code abstract}
 * wrapped at 80 columns with the snapshot's leading spaces, {@code comments}, {@code categories},
 * {@code license}, {@code versions} with RFC 1123 dates, {@code update_date} and {@code
 * authors_parsed}. Records are streamed, so any number of them takes no memory:
 *
 * <pre>
 * java -cp examples/target/papers.jar dev.paperdex.examples.bench.ArxivSnapshotGenerator 2700000 - \
 *     | java -Xmx256m -jar examples/target/papers.jar parse - &gt; /dev/null
 * </pre>
 */
public final class ArxivSnapshotGenerator {
    private static final String[] FIRST = {"Yingshan", "Linlu", "Zexue", "Alex", "Roger P.", "Yoon", "Maosong", "Kai"};
    private static final String[] LAST = {"Wang", "Zhang", "Qiu", "He", "Li", "Pentland", "Levy", "Kim", "Sun", "Chen"};
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    private static final String[] CATEGORIES = {"cs.CL cs.AI", "cs.CV", "cs.LG stat.ML", "cs.RO cs.AI"};
    private static final String[] ABSTRACTS = {
        "Learning to simulate human users in interactive settings could advance the training of agent"
                + " assistants. We instead propose Method-%1$d, a reinforcement learning approach for training user"
                + " simulator models. Across two domains we find that Method-%1$d consistently outperforms baseline"
                + " methods, improving accuracy by %2$d.%3$d%% on GSM8K while being %6$d times faster.",
        "Large language models have shown strong reasoning, but multimodal chain-of-thought remains hard. We"
                + " construct a dataset of 54K problems and train a 7B model. Experiments demonstrate that Method-%1$d"
                + " outperforms the baseline model by +%2$d.%3$d%% on MathVista and reaches %4$d.%5$d%% on MMLU, a"
                + " new state of the art. Code is available at https://github.com/example/method-%1$d.",
        "We study how data quality affects instruction tuning. Our analysis of %6$d corpora shows that quality"
                + " matters more than quantity, with %2$d.%3$d points higher accuracy than random sampling on"
                + " HumanEval. We release the data and models."
    };

    private ArxivSnapshotGenerator() {}

    /**
     * Writes {@code args[0]} records to the file {@code args[1]}, or to standard output when it is
     * {@code -} or missing.
     */
    public static void main(String[] args) throws IOException {
        long records = Long.parseLong(args[0]);
        if (args.length < 2 || args[1].equals("-")) {
            write(System.out, records);
        } else {
            try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
                write(out, records);
            }
        }
    }

    /** Writes {@code records} records to {@code out} (not closed; flushed). */
    static void write(OutputStream out, long records) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        StringBuilder line = new StringBuilder(2048);
        for (long i = 0; i < records; i++) {
            line.setLength(0);
            record(line, i);
            w.append(line).append('\n');
        }
        w.flush();
    }

    /** One record, numbered {@code i}. */
    static void record(StringBuilder out, long i) {
        int k = (int) (i % 9973);
        LocalDate day = LocalDate.of(2007, 4, 1).plusDays(i * 7000 / 2_700_000 + k % 3);
        String id = String.format(
                Locale.ROOT, "%02d%02d.%05d", day.getYear() % 100, day.getMonthValue(), (int) (i % 100_000));
        int authors = 1 + k % 12;
        StringBuilder names = new StringBuilder();
        StringBuilder parsed = new StringBuilder();
        for (int a = 0; a < authors; a++) {
            String first = FIRST[(k + a) % FIRST.length];
            String last = LAST[(k * 3 + a) % LAST.length];
            names.append(a == 0 ? "" : a == authors - 1 ? " and " : ", ")
                    .append(first)
                    .append(' ')
                    .append(last);
            parsed.append(a == 0 ? "" : ",")
                    .append("[\"")
                    .append(last)
                    .append("\",\"")
                    .append(first)
                    .append("\",\"\"]");
        }
        String title = "Interleaved Reasoning at Scale " + k + ": Learning User Simulators with Turing Rewards and"
                + " Homologous Models' Guidance";
        String abs = String.format(
                Locale.ROOT, ABSTRACTS[k % ABSTRACTS.length], i, 10 + k % 40, k % 10, 40 + k % 50, k % 10, 2 + k % 9);
        String created = DAYS[day.getDayOfWeek().getValue() - 1] + ", " + day.getDayOfMonth() + " "
                + MONTHS[day.getMonthValue() - 1] + " " + day.getYear() + " 17:59:" + String.format("%02d", k % 60)
                + " GMT";
        String comments = switch (k % 4) {
            case 0 -> "\"" + (8 + k % 30) + " pages, " + (1 + k % 9) + " figures\"";
            case 1 -> "\"Project page: https://example" + k + ".github.io/\"";
            case 2 -> "\"Accepted to NeurIPS 2025\"";
            default -> "null";
        };
        out.append("{\"id\":\"")
                .append(id)
                .append("\",\"submitter\":\"")
                .append(FIRST[k % FIRST.length])
                .append(' ')
                .append(LAST[k % LAST.length])
                .append("\",\"authors\":\"")
                .append(names)
                .append("\",\"title\":\"")
                .append(wrap(title, ""))
                .append("\",\"comments\":")
                .append(comments)
                .append(",\"journal-ref\":null,\"doi\":")
                .append(k % 10 == 0 ? "\"10.1000/j." + i + "\"" : "null")
                .append(",\"report-no\":null,\"categories\":\"")
                .append(CATEGORIES[k % CATEGORIES.length])
                .append("\",\"license\":\"http://creativecommons.org/licenses/by/4.0/\",\"abstract\":\"  ")
                .append(wrap(abs, ""))
                .append("\\n\",\"versions\":[{\"version\":\"v1\",\"created\":\"")
                .append(created)
                .append("\"}],\"update_date\":\"")
                .append(day.plusDays(k % 6))
                .append("\",\"authors_parsed\":[")
                .append(parsed)
                .append("]}");
    }

    /** {@code text} wrapped at about 80 columns with JSON {@code \n} escapes, as the snapshot has it. */
    private static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        int column = 0;
        for (String word : text.split(" ")) {
            if (column > 0 && column + word.length() > 78) {
                out.append("\\n").append(indent);
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word.replace("\"", "\\\""));
            column += word.length();
        }
        return out.toString();
    }
}
