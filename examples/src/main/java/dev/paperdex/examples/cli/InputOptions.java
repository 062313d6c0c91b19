package dev.paperdex.examples.cli;

import dev.paperdex.Paper;
import dev.paperdex.examples.progress.Progress;
import dev.paperdex.parser.Diagnostic;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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

    ParseOptions parseOptions() {
        if (threads < 1) {
            throw new ParameterException(mixee.commandLine(), "--threads must be >= 1, found " + threads);
        }
        ParseOptions options = ParseOptions.defaults()
                .withStrict(strict)
                .withReanalyze(reanalyze)
                .withThreads(threads);
        return year == null ? options : options.withYear(year);
    }

    /**
     * Calls {@code each} with every paper of every file, in input order; diagnostics are printed to
     * {@code err} as they are found.
     */
    void forEachPaper(PrintWriter err, Consumer<Paper> each) throws IOException {
        ParseOptions options = parseOptions();
        try (Progress bar = progress.start(files, err)) {
            Consumer<Diagnostic> report = d -> bar.println(err, "warning: " + d);
            for (String file : files) {
                try (Stream<Paper> papers = ProgressOptions.open(bar, file, options, report)) {
                    papers.forEachOrdered(p -> {
                        bar.record();
                        each.accept(p);
                    });
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        err.flush();
    }

    static Stream<Paper> open(String file, ParseOptions options, Consumer<Diagnostic> report) throws IOException {
        if (file.equals("-")) {
            return Papers.stream(System.in, "<stdin>", options, report);
        }
        return Papers.stream(Path.of(file), options, report);
    }
}
