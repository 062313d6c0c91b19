package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HfApiReaderStreamingTest {
    @TempDir
    Path dir;

    /** A daily-papers array larger than the heap streams through a child JVM with -Xmx64m. */
    @Test
    void streamsAJsonArrayLargerThanTheHeapInFlatMemory() throws IOException, InterruptedException {
        Path file = dir.resolve("large.json");
        long records = HfLargeStreamChild.write(file, 96L << 20);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process p = new ProcessBuilder(
                        java,
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HfLargeStreamChild.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(Files.size(file)).isGreaterThan(96L << 20);
        assertThat(output).as(output).contains("papers=" + records + " diagnostics=0 maxHeapMb=");
    }
}
