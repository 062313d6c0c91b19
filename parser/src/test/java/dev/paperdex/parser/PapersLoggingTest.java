package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The debug log of {@link Papers}: one line with the format when an input opens, one with the
 * counts and time when it closes. The build runs the parser tests with slf4j-simple at debug for
 * {@code dev.paperdex.parser}, writing to {@code target/paperdex-debug.log}.
 */
final class PapersLoggingTest {
    @Test
    void logsTheFormatAndTheCountsOfEachInputOnce() throws IOException {
        String file = System.getProperty("org.slf4j.simpleLogger.logFile");
        assumeTrue(file != null, "run by the build, which sets the log file");
        String sample = Samples.text("samples/hf/daily_papers-2025-10-15.json");
        ParseResult r = Papers.read(new StringReader(sample), "logging-probe.json", ParseOptions.defaults());
        assertThat(r.papers()).hasSize(26);
        Papers.read(new StringReader("Title\n\n"), "logging-probe.txt", ParseOptions.defaults());

        List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("logging-probe"))
                .map(l -> l.substring(l.indexOf("logging-probe")).replaceAll("in \\d+ ms$", "in _ ms"))
                .toList();
        assertThat(lines)
                .containsExactly(
                        "logging-probe.json: format hf_json",
                        "logging-probe.json: read 26 papers and 0 diagnostics as hf_json in _ ms",
                        "logging-probe.txt: format listing",
                        "logging-probe.txt: read 0 papers and 1 diagnostics as listing in _ ms");
    }
}
