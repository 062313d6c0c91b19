package dev.paperdex.examples.cli;

import dev.paperdex.examples.progress.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --quiet}, and the hidden {@code --progress auto|always|never} (or environment variable
 * {@code PAPERDEX_PROGRESS}) that forces the progress bar on or off whatever standard error is.
 */
final class ProgressOptions {
    /** The environment variable read when {@code --progress} is not given. */
    static final String ENV = "PAPERDEX_PROGRESS";

    @Option(names = "--quiet", description = "No progress bar on standard error.")
    boolean quiet;

    @Option(names = "--progress", hidden = true, paramLabel = "WHEN")
    String when;

    /** The mode: {@code --quiet} wins, then {@code --progress}, then the environment, else auto. */
    Progress.Mode mode() {
        if (quiet) {
            return Progress.Mode.NEVER;
        }
        String w = when != null ? when : System.getenv(ENV);
        if (w == null || w.isBlank()) {
            return Progress.Mode.AUTO;
        }
        return switch (w.trim().toLowerCase(Locale.ROOT)) {
            case "always", "on", "1", "true" -> Progress.Mode.ALWAYS;
            case "never", "off", "0", "false" -> Progress.Mode.NEVER;
            default -> Progress.Mode.AUTO;
        };
    }

    /** A bar over the total size of {@code files} (unknown when one is standard input). */
    Progress start(List<String> files, PrintWriter err) {
        Progress.Mode mode = mode();
        if (mode == Progress.Mode.NEVER) {
            return Progress.hidden();
        }
        long total = 0;
        for (String file : files) {
            if (file.equals("-")) {
                total = -1;
                break;
            }
            try {
                total += Files.size(Path.of(file));
            } catch (IOException | RuntimeException e) {
                // reading the file reports it
            }
        }
        return Progress.start("reading", total, mode, err);
    }
}
