package dev.paperdex.parser;

import dev.paperdex.Paper;
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
 * The child JVM of {@link HfApiReaderStreamingTest}: streams the daily-papers file named by the
 * first argument and prints {@code papers=N diagnostics=D maxHeapMb=M usedMb=U}.
 */
final class HfLargeStreamChild {
    private HfLargeStreamChild() {}

    public static void main(String[] args) throws IOException {
        Runtime rt = Runtime.getRuntime();
        AtomicLong diagnostics = new AtomicLong();
        long papers = 0;
        long maxUsed = 0;
        ParseOptions options = ParseOptions.defaults();
        try (Stream<Paper> s = Papers.stream(Path.of(args[0]), options, d -> diagnostics.incrementAndGet())) {
            Iterator<Paper> it = s.iterator();
            while (it.hasNext()) {
                it.next();
                if (++papers % 1000 == 0) {
                    maxUsed = Math.max(maxUsed, rt.totalMemory() - rt.freeMemory());
                }
            }
        }
        System.out.println("papers=" + papers + " diagnostics=" + diagnostics.get() + " maxHeapMb="
                + (rt.maxMemory() >> 20) + " usedMb=" + (maxUsed >> 20));
    }

    /** Writes a daily-papers array of at least {@code bytes} bytes from one sample item; returns the count. */
    static long write(Path file, long bytes) throws IOException {
        String sample = Samples.text("samples/hf/daily_papers-2025-10-15.json");
        // the first item of the sample, from its opening brace to the brace that closes it
        int start = sample.indexOf("  {");
        int end = sample.indexOf("\n  },", start) + 4;
        String item = sample.substring(start, end);
        long n = 0;
        long size = 2;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("[\n");
            while (size < bytes) {
                if (n > 0) {
                    out.write(",\n");
                }
                String one = item.replace("2510.12586", String.format("9%03d.%05d", n / 100_000, n % 100_000));
                out.write(one);
                size += one.length() + 2;
                n++;
            }
            out.write("\n]\n");
        }
        return n;
    }
}
