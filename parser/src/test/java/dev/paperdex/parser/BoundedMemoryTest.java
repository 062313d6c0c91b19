package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Memory is bounded per record: a 50 MB listing abstract without blank lines, a 10 MB JSON string,
 * a 50 MB JSON Lines line and a 10 MB Atom summary each stream through a child JVM with {@code
 * -Xmx64m}; the huge record is cut (or, for the JSON line, skipped) with RECORD_TOO_LARGE and the
 * record after it comes back.
 */
final class BoundedMemoryTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "listing; First Paper Title|28,RECORD_TOO_LARGE,Huge Paper Title|65536,Next Paper Title|27",
                "json; RECORD_TOO_LARGE,Huge|65536,Next|6",
                "jsonl; RECORD_TOO_LARGE,Next|6",
                "atom; RECORD_TOO_LARGE,Huge|65536,Next|6"
            })
    void streamsAHugeRecordInFlatMemoryAndReadsOn(String kind, String expected)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        HostileLargeInputChild.class.getName(),
                        kind)
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output.lines()).as(output).containsExactly(expected.split(","));
    }
}
