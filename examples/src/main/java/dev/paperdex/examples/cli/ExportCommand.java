package dev.paperdex.examples.cli;

import dev.paperdex.examples.export.DuckDbExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papers export}: the papers as DuckDB tables and Parquet files. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write the papers as DuckDB tables and/or Parquet files: papers, authors, links, metrics and claims,"
                    + " keyed by paper_id.",
            "--duckdb FILE writes the five tables into a DuckDB database (replacing them); --parquet DIR writes"
                    + " DIR/papers.parquet, DIR/authors.parquet, DIR/links.parquet, DIR/metrics.parquet and"
                    + " DIR/claims.parquet. paper_id is the arXiv id, else source:line; a record whose paper_id was"
                    + " written before is skipped. Prints the row count of each table."
        })
final class ExportCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--duckdb", paramLabel = "FILE", description = "The DuckDB database to write (tables replaced).")
    Path duckdb;

    @Option(
            names = "--parquet",
            paramLabel = "DIR",
            description = "The directory to write one Parquet file per table into (created if missing).")
    Path parquet;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, SQLException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (duckdb == null && parquet == null) {
            err.println("error: export needs --duckdb FILE, --parquet DIR or both");
            err.flush();
            return 2;
        }
        if (parquet != null) {
            Files.createDirectories(parquet);
        }
        // Parquet alone goes through a scratch database, so nothing is held in memory
        Path scratch = duckdb == null ? Files.createTempDirectory("paperdex-export") : null;
        Path db = duckdb != null ? duckdb : scratch.resolve("export.duckdb");
        try {
            Map<String, Long> counts;
            long skipped;
            DuckDbExport opened;
            try {
                opened = DuckDbExport.create(db);
            } catch (SQLException e) {
                err.println("error: cannot write " + (duckdb != null ? duckdb : parquet) + ": " + e.getMessage());
                err.flush();
                return 1;
            }
            try (DuckDbExport export = opened) {
                input.forEachPaper(err, p -> {
                    try {
                        export.add(p);
                    } catch (SQLException e) {
                        throw new UncheckedIOException(
                                new IOException("cannot write " + db + ": " + e.getMessage(), e));
                    }
                });
                if (parquet != null) {
                    export.writeParquet(parquet);
                }
                counts = export.counts();
                skipped = export.skipped();
            }
            counts.forEach((table, n) -> out.println(table + "\t" + n));
            if (skipped > 0) {
                err.println("note: " + skipped + " records skipped: their paper_id was written before");
                err.flush();
            }
            return 0;
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
