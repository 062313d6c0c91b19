package dev.paperdex.examples.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium, run as a separate process with a throw-away profile and no network use:
 * screenshots and the DOM of a page after its scripts ran. The binary is {@code $PAPERDEX_CHROMIUM}
 * or the first of {@code chromium}, {@code chromium-browser}, {@code google-chrome} on the path.
 */
public final class Chromium {
    private static final long TIMEOUT_SECONDS = 120;
    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, if one is installed. */
    public static Optional<Chromium> find() {
        String env = System.getenv("PAPERDEX_CHROMIUM");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
            return Optional.of(new Chromium(Path.of(env)));
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new Chromium(p));
                }
            }
        }
        return Optional.empty();
    }

    /** Loads {@code page} and writes a PNG of the first {@code width} x {@code height} pixels. */
    public void screenshot(Path page, Path png, int width, int height) throws IOException {
        run(page, List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height));
        if (!Files.isRegularFile(png)) {
            throw new IOException("chromium wrote no screenshot of " + page);
        }
    }

    /** Loads {@code page} and returns its DOM as HTML after its scripts ran. */
    public String dumpDom(Path page) throws IOException {
        return run(page, List.of("--dump-dom"));
    }

    private String run(Path page, List<String> extra) throws IOException {
        Path profile = Files.createTempDirectory("paperdex-chromium");
        Path out = Files.createTempFile("paperdex-chromium", ".out");
        try {
            List<String> cmd = new ArrayList<>(List.of(
                    binary.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--hide-scrollbars",
                    "--user-data-dir=" + profile));
            cmd.addAll(extra);
            cmd.add(page.toAbsolutePath().toUri().toString());
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(false)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("chromium took more than " + TIMEOUT_SECONDS + " s on " + page);
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while chromium loaded " + page, e);
            }
            if (p.exitValue() != 0) {
                throw new IOException("chromium exited with " + p.exitValue() + " on " + page);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Override
    public String toString() {
        return "Chromium[" + binary + "]";
    }
}
