package dev.paperdex.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class LargeListingStreamTest {
    /** A listing four times the size of the heap streams through in a child JVM with -Xmx16m. */
    @Test
    void streamsAListingLargerThanTheHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx16m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LargeListingStream.class.getName(),
                        "64")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("file 64 MB").contains(", 0 diagnostics");
    }
}
