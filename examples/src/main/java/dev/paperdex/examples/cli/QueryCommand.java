package dev.paperdex.examples.cli;

import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.query.PaperQuery;
import dev.paperdex.query.PaperSet;
import dev.paperdex.query.QuerySyntax;
import dev.paperdex.query.QuerySyntaxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code papers query QUERY FILE...}: the matching papers as JSON Lines, each paper once. */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        description = {
            "Print the papers matching QUERY as JSON Lines, in input order, each paper once (the same paper in"
                    + " several files or pages counts once).",
            "Example: papers query 'benchmark:GSM8K AND claim:sota AND date>=2025-01-01 AND NOT title:survey' FILE",
            "--format csv or table: one row per paper (id, title, source, line, date, counts) instead."
        })
final class QueryCommand implements Callable<Integer> {
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

    @Parameters(
            index = "0",
            paramLabel = "QUERY",
            description = "The query, e.g. 'link:code AND year:2025' (grammar below).")
    String query;

    @Parameters(
            index = "1..*",
            arity = "1..*",
            paramLabel = "FILE",
            description =
                    "Listing text, Hugging Face API JSON, arXiv Atom or paperdex JSON Lines; '-' reads standard input.")
    List<String> files;

    @Mixin
    FormatOptions format;

    @Mixin
    ProgressOptions progress;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** The query grammar with examples, printed after the options by {@code papers query --help}. */
    static String grammar() {
        return QuerySyntax.help();
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PaperQuery q;
        try {
            q = QuerySyntax.parse(query);
        } catch (QuerySyntaxException e) {
            return badQuery(err, e);
        }
        InputOptions input = new InputOptions();
        input.year = year;
        input.strict = strict;
        input.reanalyze = reanalyze;
        input.files = files;
        input.progress = progress;
        PaperSet hits = PaperSets.read(input, err).filter(q);
        OutputFormat f = format.or(OutputFormat.jsonl);
        if (f == OutputFormat.jsonl) {
            PaperdexJson.writeLines(out, hits);
            return 0;
        }
        try (RowWriter rows = RowWriter.of(f, Records.PAPER, out)) {
            hits.forEach(p -> rows.row(Records.paper(p)));
        }
        return 0;
    }

    /** Prints a malformed query's problem with a caret under its column; exit code 2. */
    static int badQuery(PrintWriter err, QuerySyntaxException e) {
        err.println("error: bad query: " + e.getMessage());
        String[] lines = e.pointer().split("\n");
        if (lines.length == 2 && lines[0].length() > 2 * POINTER_CONTEXT) {
            // a long query: only the part around the column, so the caret stays on screen
            int at = lines[1].indexOf('^');
            int from = Math.max(0, at - POINTER_CONTEXT);
            int to = Math.min(lines[0].length(), at + POINTER_CONTEXT);
            String head = from > 0 ? "..." : "";
            lines = new String[] {
                head + lines[0].substring(from, to) + (to < lines[0].length() ? "..." : ""),
                " ".repeat(head.length() + at - from) + "^"
            };
        }
        for (String line : lines) {
            err.println("  " + line);
        }
        err.flush();
        return 2;
    }

    /** Characters of a long query shown on each side of the column a syntax error points at. */
    private static final int POINTER_CONTEXT = 40;

    /** Reading the inputs into one deduplicated set. */
    static final class PaperSets {
        private PaperSets() {}

        static PaperSet read(InputOptions input, PrintWriter err) throws IOException {
            List<Paper> papers = new ArrayList<>();
            input.forEachPaper(err, papers::add);
            return PaperSet.of(papers, input.threads);
        }
    }
}
