package dev.paperdex.examples.cli;

import dev.paperdex.Paper;
import dev.paperdex.examples.progress.Progress;
import dev.paperdex.parser.Diagnostic;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.parser.ProblemCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The input options every command shares: {@code --year}, {@code --strict}, {@code --reanalyze},
 * {@code --threads} and the files.
 */
final class InputOptions {
    @Option(
            names = "--year",
            paramLabel = "YYYY",
            description = "Year of the listing day, for dates written without a year (default: the current year).")
    Integer year;

    @Option(
            names = "--strict",
            description = "Stop at the first problem in the input (exit 1) instead of reporting it and going on.")
    boolean strict;

    @Option(
            names = "--reanalyze",
            description = "Analyse the abstracts of paperdex JSON Lines records again instead of keeping the"
                    + " links, metrics and claims they were written with.")
    boolean reanalyze;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "Threads that analyse abstracts while one reads the input, the order kept"
                            + " (default: the available processors, ${DEFAULT-VALUE} here; 1 reads and analyses on one thread).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Listing text, Hugging Face API JSON, arXiv Atom, paperdex JSON Lines, the arXiv metadata"
                    + " snapshot or OpenAlex works, any of them gzipped; '-' reads standard input.")
    List<String> files;

    @Mixin
    ProgressOptions progress = new ProgressOptions();

    /** Set when a file could not be read or was no listing; the command then exits 1 at the end. */
    private static final ThreadLocal<Boolean> FAILED = ThreadLocal.withInitial(() -> false);

    /** A command-line value out of range (exit 2, as other usage errors). */
    static final class BadOptionException extends RuntimeException {
        BadOptionException(String message) {
            super(message);
        }
    }

    ParseOptions parseOptions() {
        if (threads < 1) {
            throw new ParameterException(mixee.commandLine(), "--threads must be >= 1, found " + threads);
        }
        if (year != null && (year < 1 || year > 9999)) {
            throw new BadOptionException("expected a year from 1 to 9999 for --year, found " + year);
        }
        ParseOptions options = ParseOptions.defaults()
                .withStrict(strict)
                .withReanalyze(reanalyze)
                .withThreads(threads);
        return year == null ? options : options.withYear(year);
    }

    /** Clears the failure mark; {@link PapersCli#run} calls it before each run. */
    static void resetFailure() {
        FAILED.set(false);
    }

    /** Whether a file of this run could not be read or was not a listing. */
    static boolean failed() {
        return FAILED.get();
    }

    /**
     * Calls {@code each} with every paper of every file, in input order; diagnostics are printed to
     * {@code err} as they are found. A file that cannot be read (missing, a directory) is reported
     * by name and skipped, as is one that is not a listing; the run goes on with the other files and
     * exits 1 at the end.
     */
    void forEachPaper(PrintWriter err, Consumer<Paper> each) throws IOException {
        ParseOptions options = parseOptions();
        try (Progress bar = progress.start(files, err)) {
            Consumer<Diagnostic> report = d -> {
                if (d.code() == ProblemCode.NOT_A_LISTING) {
                    FAILED.set(true);
                    bar.println(err, "error: " + d);
                } else {
                    bar.println(err, "warning: " + d);
                }
            };
            for (String file : files) {
                try (Stream<Paper> papers = open(bar, file, options, report)) {
                    papers.forEachOrdered(p -> {
                        bar.record();
                        each.accept(p);
                    });
                } catch (UncheckedIOException e) {
                    fail(err, file, e.getCause());
                } catch (IOException e) {
                    fail(err, file, e);
                }
            }
        }
        err.flush();
    }

    private static void fail(PrintWriter err, String file, IOException e) {
        FAILED.set(true);
        String why = e instanceof NoSuchFileException
                ? "no such file"
                : e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
        err.println("error: cannot read " + file + ": " + why);
    }

    /**
     * The papers of {@code file} ({@code -}: standard input); under a shown bar its bytes are counted
     * on their way to the parser.
     */
    static Stream<Paper> open(Progress bar, String file, ParseOptions options, Consumer<Diagnostic> report)
            throws IOException {
        if (file.equals("-")) {
            if (standardInputClosed()) {
                throw new IOException("standard input is closed");
            }
            return Papers.stream(bar.counting(System.in), "<stdin>", options, report);
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory");
        }
        if (!bar.shown()) {
            return Papers.stream(path, options, report);
        }
        return Papers.stream(
                bar.counting(Files.newInputStream(path)), path.getFileName().toString(), options, report);
    }

    /**
     * Whether descriptor 0 was closed when the JVM started: then the JVM reuses it for a file of its
     * own (its modules image or this jar), and reading it would read, and break, that file.
     */
    private static boolean standardInputClosed() {
        Path fd = Path.of("/proc/self/fd/0");
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return false; // not Linux: nothing to check against
        }
        try {
            Path target = Files.readSymbolicLink(fd);
            if (target.startsWith(Path.of(System.getProperty("java.home")))) {
                return true;
            }
            java.security.CodeSource code =
                    InputOptions.class.getProtectionDomain().getCodeSource();
            return code != null
                    && code.getLocation() != null
                    && target.equals(Path.of(code.getLocation().toURI()));
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | UnsupportedOperationException | java.net.URISyntaxException | SecurityException e) {
            return false;
        }
    }
}
