package dev.paperdex.examples.bench;

import dev.paperdex.Paper;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Generates a large listing at run time and streams it through the parser, printing papers,
 * diagnostics, time and the largest heap seen. Run with a small heap to show memory stays flat:
 *
 * <pre>
 * java -Xmx64m -cp examples/target/papers.jar dev.paperdex.examples.bench.LargeListingStream 1024
 * </pre>
 *
 * The argument is the size in MB (default 1024); the file is deleted afterwards.
 */
public final class LargeListingStream {
    private LargeListingStream() {}

    /** Generates, streams and reports; the first argument is the size in MB. */
    public static void main(String[] args) throws IOException {
        long mb = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        Path file = Files.createTempFile("paperdex-large", ".txt");
        try {
            long cards = ListingGenerator.write(file, mb * 1024 * 1024);
            Runtime rt = Runtime.getRuntime();
            AtomicLong diagnostics = new AtomicLong();
            long maxUsed = 0;
            long papers = 0;
            long metrics = 0;
            long t0 = System.nanoTime();
            try (Stream<Paper> s =
                    Papers.stream(file, ParseOptions.defaults().withYear(2025), d -> diagnostics.incrementAndGet())) {
                Iterator<Paper> it = s.iterator();
                while (it.hasNext()) {
                    metrics += it.next().metrics().size();
                    if (++papers % 10_000 == 0) {
                        maxUsed = Math.max(maxUsed, rt.totalMemory() - rt.freeMemory());
                    }
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "file %.0f MB, %d cards written; streamed %d papers (%d metrics), %d diagnostics in %.1f s "
                            + "(%.1f MB/s); max heap %d MB, largest heap used %d MB%n",
                    Files.size(file) / 1048576.0,
                    cards,
                    papers,
                    metrics,
                    diagnostics.get(),
                    seconds,
                    Files.size(file) / 1048576.0 / seconds,
                    rt.maxMemory() >> 20,
                    maxUsed >> 20);
            if (papers != cards || diagnostics.get() != 0) {
                System.exit(1);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
