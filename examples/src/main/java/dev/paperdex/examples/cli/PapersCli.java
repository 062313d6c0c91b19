package dev.paperdex.examples.cli;

import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.parser.PaperFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The {@code papers} command-line tool. Exit codes: 0 success, 1 input rejected in strict mode,
 * unreadable (missing, a directory, standard input closed) or not a listing (the other files are
 * still read), 2 bad usage.
 */
@Command(
        name = "papers",
        mixinStandardHelpOptions = true,
        version = "papers 0.1.0-SNAPSHOT",
        description = "Parse machine-learning paper listings and answer questions about them.",
        subcommands = {
            PapersCli.Parse.class,
            MetricsCommand.class,
            ClaimsCommand.class,
            QueryCommand.class,
            GroupCommand.class,
            LeaderboardCommand.class,
            ExportCommand.class,
            TimelineCommand.class,
            FetchCommand.class,
            ReportCommand.class
        })
public final class PapersCli implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the tool and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintWriter(System.out, false, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the tool with the given output streams and returns its exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PapersCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.getSubcommands()
                .get("query")
                .getCommandSpec()
                .usageMessage()
                .footer(QueryCommand.grammar().replace("%", "%%"));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (ex instanceof InputOptions.BadOptionException) {
                err.println("error: " + ex.getMessage());
                err.flush();
                return 2;
            }
            if (ex instanceof PaperFormatException) {
                err.println("error: " + ex.getMessage());
                err.flush();
                return 1;
            }
            if (ex instanceof NoSuchFileException e) {
                err.println("error: cannot read " + e.getFile() + ": no such file");
                err.flush();
                return 1;
            }
            if (ex instanceof IOException) {
                err.println("error: cannot read input: " + ex);
                err.flush();
                return 1;
            }
            throw ex;
        });
        InputOptions.resetFailure();
        int code = cl.execute(args);
        if (code == 0 && InputOptions.failed()) {
            code = 1;
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    /** {@code papers parse}: one JSON object per paper. */
    @Command(
            name = "parse",
            mixinStandardHelpOptions = true,
            description = {
                "Print every paper as one line of JSON (JSON Lines), in input order.",
                "--format csv or table: one row per paper (id, title, source, line, date, counts) instead."
            })
    static final class Parse implements Callable<Integer> {
        @Mixin
        InputOptions input;

        @Mixin
        FormatOptions format;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            OutputFormat f = format.or(OutputFormat.jsonl);
            if (f != OutputFormat.jsonl) {
                try (RowWriter rows = RowWriter.of(f, Records.PAPER, out)) {
                    input.forEachPaper(err, p -> rows.row(Records.paper(p)));
                }
                return 0;
            }
            input.forEachPaper(err, p -> writeLine(out, p));
            return 0;
        }

        private static void writeLine(PrintWriter out, Paper p) {
            try {
                PaperdexJson.writeLine(out, p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
