package dev.paperdex.examples.cli;

import static dev.paperdex.examples.cli.PapersCliTest.SEED0;
import static dev.paperdex.examples.cli.PapersCliTest.SEED3;
import static dev.paperdex.examples.cli.PapersCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paperdex.examples.cli.PapersCliTest.Run;
import dev.paperdex.examples.progress.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ProgressBarTest {
    @TempDir
    static Path dir;

    /** The seeds as paperdex JSON Lines, repeated past {@link Progress#MIN_BYTES}. */
    static Path big;

    static int bigPapers;

    @BeforeAll
    static void writeABigInput() throws IOException {
        Run parse = run("parse", "--year", "2025", SEED0, SEED3);
        big = dir.resolve("big.jsonl");
        int copies = (int) (Progress.MIN_BYTES / parse.out().length()) + 1;
        Files.writeString(big, parse.out().repeat(copies), StandardCharsets.UTF_8);
        bigPapers = copies * parse.lines().size();
        assertThat(Files.size(big)).isGreaterThan(Progress.MIN_BYTES);
    }

    @Test
    void aForcedBarCountsBytesAndPapersAndLeavesTheOutputAlone() {
        Run plain = run("parse", "--year", "2025", SEED0, SEED3);
        Run forced = run("parse", "--year", "2025", "--progress", "always", SEED0, SEED3);
        assertThat(forced.code()).isZero();
        assertThat(forced.out()).isEqualTo(plain.out());
        assertThat(plain.err()).isEmpty();
        String[] frames = forced.err().split("\r");
        String last = frames[frames.length - 1];
        assertThat(last)
                .startsWith("reading 100%")
                .contains("KiB", "151 papers", "papers/s")
                .endsWith("\n");
        long total = Files.isRegularFile(Path.of(SEED0)) ? sizeKiB(SEED0, SEED3) : -1;
        assertThat(last).contains(total + "/" + total + "KiB");
        // --quiet wins over a forced bar
        assertThat(run("parse", "--quiet", "--progress", "always", SEED0).err()).isEmpty();
    }

    @Test
    void aWarningClearsTheBarsLineAndStaysWhole() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "T\n\nA.\n\n  • 3 authors\n·\nJul 32, 2024\n\nU\n\nB.\n", StandardCharsets.UTF_8);
        Run r = run("parse", "--year", "2025", "--progress", "always", bad.toString());
        assertThat(r.code()).isZero();
        assertThat(r.lines()).hasSize(2);
        assertThat(r.err())
                .contains(" \rwarning: bad.txt:7:1: BAD_DATE: expected a date after '·' at line 7, column 1, found"
                        + " 'Jul 32, 2024'\n")
                .contains("2 papers");
    }

    private static long sizeKiB(String... files) {
        long bytes = 0;
        for (String f : files) {
            try {
                bytes += Files.size(Path.of(f));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return bytes >> 10;
    }

    @Test
    void noBarInAutoModeWhenStandardErrorIsAPipe() throws Exception {
        // the test JVM's standard error is a pipe to surefire
        assertThat(Progress.stderrIsTerminal()).isFalse();
        Run auto = run("parse", big.toString());
        assertThat(auto.code()).isZero();
        assertThat(auto.err()).isEmpty();
        assertThat(auto.lines()).hasSize(bigPapers);
        Child piped = cli(Map.of(), "parse", big.toString());
        assertThat(piped.code()).isZero();
        assertThat(piped.err()).isEmpty();
        Child forced = cli(Map.of(ProgressOptions.ENV, "always"), "parse", big.toString());
        assertThat(forced.err()).contains("reading 100%", bigPapers + " papers", "MiB");
    }

    @Test
    void aBarUnderARealPseudoTerminal() throws Exception {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "util-linux script is not installed");
        Path typescript = dir.resolve("typescript");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = quote(java) + " -cp " + quote(System.getProperty("java.class.path"))
                + " dev.paperdex.examples.cli.PapersCli parse " + quote(big.toString()) + " > /dev/null";
        Process p = new ProcessBuilder(script.toString(), "-qefc", command, typescript.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("script.out").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        assertThat(p.waitFor()).isZero();
        String screen = Files.readString(typescript, StandardCharsets.UTF_8);
        // stdout went to /dev/null: what the terminal shows is the bar on standard error
        assertThat(screen).contains("reading", "100%", "MiB", bigPapers + " papers", "papers/s", "\r");
        long mib = Files.size(big) >> 20;
        assertThat(screen).contains(mib + "/" + mib + "MiB");
        // the same command with --quiet shows nothing
        Path quiet = dir.resolve("typescript-quiet");
        Process q = new ProcessBuilder(
                        script.toString(), "-qefc", command.replace(" parse ", " parse --quiet "), quiet.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("script-quiet.out").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        assertThat(q.waitFor()).isZero();
        assertThat(Files.readString(quiet, StandardCharsets.UTF_8)).doesNotContain("reading", "papers/s");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** What a child JVM running the CLI printed. */
    record Child(int code, String err) {}

    static Child cli(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.paperdex.examples.cli.PapersCli");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("child.err").toFile());
        pb.environment().remove(ProgressOptions.ENV);
        pb.environment().putAll(env);
        int code = pb.start().waitFor();
        return new Child(code, Files.readString(dir.resolve("child.err"), StandardCharsets.UTF_8));
    }
}
