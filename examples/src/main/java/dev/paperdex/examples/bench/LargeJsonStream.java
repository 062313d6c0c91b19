package dev.paperdex.examples.bench;

import dev.paperdex.Paper;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Generates a large Hugging Face {@code /api/daily_papers} JSON array at run time and streams it
 * through {@link Papers#stream} (format detection, then the HF API reader), printing records,
 * diagnostics, time and the largest heap seen. Run with a small heap to show memory stays flat:
 *
 * <pre>
 * ./mvnw -q -B -pl examples -am package -DskipTests
 * java -Xmx64m -cp examples/target/papers.jar dev.paperdex.examples.bench.LargeJsonStream 1024
 * </pre>
 *
 * The argument is the size in MB (default 1024); the file goes to the temp directory and is
 * deleted afterwards. Exits with 1 when a record is lost or a diagnostic is reported.
 */
public final class LargeJsonStream {
    private LargeJsonStream() {}

    /** Generates, streams and reports; the first argument is the size in MB. */
    public static void main(String[] args) throws IOException {
        long mb = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        Path file = Files.createTempFile("paperdex-large", ".json");
        try {
            long t0 = System.nanoTime();
            long written = write(file, mb * 1024 * 1024);
            double genSeconds = (System.nanoTime() - t0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            AtomicLong diagnostics = new AtomicLong();
            long maxUsed = 0;
            long papers = 0;
            long links = 0;
            long t1 = System.nanoTime();
            try (Stream<Paper> s = Papers.stream(file, ParseOptions.defaults(), d -> diagnostics.incrementAndGet())) {
                Iterator<Paper> it = s.iterator();
                while (it.hasNext()) {
                    links += it.next().links().size();
                    if (++papers % 10_000 == 0) {
                        maxUsed = Math.max(maxUsed, rt.totalMemory() - rt.freeMemory());
                    }
                }
            }
            double seconds = (System.nanoTime() - t1) / 1e9;
            double size = Files.size(file) / 1048576.0;
            System.out.printf(
                    "file %.0f MB, %d records written in %.1f s; streamed %d papers (%d links), %d diagnostics in %.1f s"
                            + " (%.1f MB/s); max heap %d MB, largest heap used %d MB%n",
                    size,
                    written,
                    genSeconds,
                    papers,
                    links,
                    diagnostics.get(),
                    seconds,
                    size / seconds,
                    rt.maxMemory() >> 20,
                    maxUsed >> 20);
            if (papers != written || diagnostics.get() != 0) {
                System.exit(1);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Writes a daily-papers array of at least {@code bytes} bytes; returns the number of records. */
    static long write(Path file, long bytes) throws IOException {
        long n = 0;
        long size = 2;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("[\n");
            while (size < bytes) {
                String item = item(n);
                if (n > 0) {
                    out.write(",\n");
                    size += 2;
                }
                out.write(item);
                size += item.length();
                n++;
            }
            out.write("\n]\n");
        }
        return n;
    }

    private static String item(long n) {
        String id = String.format("%02d%02d.%05d", 24 + (n / 1_200_000) % 10, 1 + (n / 100_000) % 12, n % 100_000);
        return "  {\n    \"paper\": {\n      \"id\": \"" + id + "\",\n      \"authors\": [\n"
                + "        {\"_id\": \"a1\", \"name\": \"Ada Lovelace\", \"hidden\": false},\n"
                + "        {\"_id\": \"a2\", \"user\": {\"fullname\": \"Alan Turing\", \"user\": \"turing\"},"
                + " \"name\": \"Alan Turing\", \"status\": \"claimed_verified\", \"hidden\": false},\n"
                + "        {\"_id\": \"a3\", \"name\": \"Grace Hopper\", \"hidden\": false}\n      ],\n"
                + "      \"publishedAt\": \"2025-03-04T14:54:45.000Z\",\n"
                + "      \"title\": \"Generated paper number " + n + ": scaling streaming\\n  readers\",\n"
                + "      \"summary\": \"We study how readers scale. Our method improves accuracy by 3.2% on"
                + " MMLU and reaches 91.5 F1 on SQuAD, 2x faster than the baseline. Code is at"
                + " https://github.com/example/repo-" + n + ". Large language models (LLMs) have enabled\\n"
                + "agents to tackle interactive planning tasks; however, despite their successes, existing"
                + " approaches often suffer from planning hallucinations and require retraining for each new"
                + " agent. To address these challenges, we propose a framework which enhances planning by"
                + " incorporating explicit guidance, and we evaluate it on two representative tasks.\",\n"
                + "      \"upvotes\": " + (n % 500) + ",\n      \"discussionId\": \"d" + n + "\",\n"
                + "      \"githubRepo\": \"https://github.com/example/repo-" + n + "\",\n"
                + "      \"ai_keywords\": [\"streaming\", \"json\", \"memory\"]\n    },\n"
                + "    \"publishedAt\": \"2025-03-04T22:30:53.253Z\",\n"
                + "    \"title\": \"Generated paper number " + n + ": scaling streaming readers\",\n"
                + "    \"thumbnail\": \"https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/" + id
                + ".png\",\n"
                + "    \"numComments\": " + (n % 7) + ",\n"
                + "    \"submittedBy\": {\"_id\": \"u\", \"fullname\": \"someone\", \"isPro\": false},\n"
                + "    \"organization\": {\"_id\": \"o\", \"name\": \"example\", \"fullname\": \"Example Lab\"}\n  }";
    }
}
