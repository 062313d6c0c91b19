package dev.paperdex.examples.cli;

import static dev.paperdex.examples.cli.PapersCliTest.SEED0;
import static dev.paperdex.examples.cli.PapersCliTest.SEEDS;
import static dev.paperdex.examples.cli.PapersCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.examples.cli.PapersCliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on hostile input (issue 11): no stack traces, each problem named, the other files still read. */
final class HostileInputCliTest {
    @Test
    void aWhitespaceOnlyTitleIsReportedNotAStackTrace(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ws.txt");
        Files.write(f, "\u001e\nSome abstract.\n".getBytes(StandardCharsets.UTF_8));
        Run r = run("parse", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .isEqualTo("warning: ws.txt:2:1: MISSING_ABSTRACT: expected an abstract after the title"
                        + " 'Some abstract.', found the end of input\n");
        Path g = dir.resolve("ws2.txt");
        Files.writeString(g, "Title A\n\nAbstract A.\n\n\u3000\u2028\u1680\n\nTitle B\n\nAbstract B.\n");
        Run s = run("parse", g.toString());
        assertThat(s.code()).isZero();
        assertThat(s.err()).isEmpty();
        assertThat(s.lines()).hasSize(2);
    }

    @Test
    void refusesAYearOutOfRange() {
        Run r = run("parse", "--year", "-5", SEED0);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: expected a year from 1 to 9999 for --year, found -5\n");
        assertThat(run("parse", "--year", "0", SEED0).code()).isEqualTo(2);
        assertThat(run("parse", "--year", "10000", SEED0).code()).isEqualTo(2);
    }

    @Test
    void namesADirectoryAndAMissingFileAndReadsTheOthers(@TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");
        Run r = run("parse", "--year", "2025", dir.toString(), missing.toString(), SEED0);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lines()).hasSize(59);
        assertThat(r.err())
                .isEqualTo("error: cannot read " + dir + ": is a directory\n" + "error: cannot read " + missing
                        + ": no such file\n");
    }

    @Test
    void aReadmeIsNotAListing() throws IOException {
        Path readme = SEEDS.getParent().resolve("README.md");
        Run r = run("parse", readme.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("error: README.md:1:1: NOT_A_LISTING: expected a listing");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void csvAndBinaryAreNotListings(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("papers.csv");
        Files.writeString(
                csv, "id,title,abstract\n1,\"A paper\",\"An abstract.\"\n2,\"Another\",\"More text, here.\"\n");
        assertThat(run("parse", csv.toString()).err()).contains("NOT_A_LISTING");
        Path bin = dir.resolve("ls");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(bin, bytes);
        Run r = run("parse", bin.toString());
        assertThat(r.out()).isEmpty();
        assertThat(r.code()).isEqualTo(1);
    }

    @Test
    void malformedUtf8IsAWarningAndAnErrorWhenStrict(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.write(f, ("Title \u00ff\n\nAn abstract with bad bytes: ").getBytes(StandardCharsets.ISO_8859_1));
        Files.write(f, new byte[] {(byte) 0xC3, '(', '.', '\n'}, java.nio.file.StandardOpenOption.APPEND);
        Run lenient = run("parse", f.toString());
        assertThat(lenient.code()).isZero();
        assertThat(lenient.lines()).hasSize(1);
        assertThat(lenient.err()).contains("bad.txt:1:1: BAD_ENCODING:").contains("bad.txt:3:1: BAD_ENCODING:");
        Run strict = run("parse", "--strict", f.toString());
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err()).startsWith("error: bad.txt:1:1: BAD_ENCODING:");
        Path json = dir.resolve("bad.json");
        Files.write(json, new byte[] {'[', '{', '"', 'x', '"', ':', '"', (byte) 0xFF, '"', '}', ']'});
        assertThat(run("parse", "--strict", json.toString()).err()).startsWith("error: bad.json:1:8: BAD_ENCODING:");
    }

    @Test
    void aWrongTypeDiagnosticQuotesAShortPieceOfTheValue(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("api.json");
        String big = "x".repeat(5000);
        Files.writeString(
                f,
                "[{\"paper\": {\"id\": \"2501.00001\", \"title\": \"T\", \"summary\": \"S.\", \"upvotes\": \"" + big
                        + "\"}}]\n");
        Run r = run("parse", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(1);
        assertThat(r.err()).contains("WRONG_TYPE").hasSizeLessThan(300);
    }

    @Test
    void closedStandardInputIsAnErrorNotACrash() throws IOException, InterruptedException {
        Path sh = Path.of("/bin/sh");
        if (!Files.isExecutable(sh) || !Files.isDirectory(Path.of("/proc/self/fd"))) {
            return; // the check needs Linux descriptors
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        sh.toString(),
                        "-c",
                        "exec \"$0\" -cp \"$1\" " + PapersCli.class.getName() + " parse - <&-",
                        java,
                        System.getProperty("java.class.path"))
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(1);
        assertThat(output).isEqualTo("error: cannot read -: standard input is closed\n");
    }
}
