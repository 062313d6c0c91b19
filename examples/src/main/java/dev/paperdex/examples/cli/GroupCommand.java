package dev.paperdex.examples.cli;

import dev.paperdex.examples.export.DuckDbExport;
import dev.paperdex.group.Aggregate;
import dev.paperdex.group.Aggregates;
import dev.paperdex.group.GroupKey;
import dev.paperdex.group.GroupRow;
import dev.paperdex.group.GroupTable;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.query.MetricCondition;
import dev.paperdex.query.PaperQuery;
import dev.paperdex.query.PaperSet;
import dev.paperdex.query.QuerySyntax;
import dev.paperdex.query.QuerySyntaxException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papers group --by KEY}: counts (and metric statistics) per group. */
@Command(
        name = "group",
        mixinStandardHelpOptions = true,
        description = {
            "Count the papers per group, as an aligned text table or, with --json (--format jsonl), one JSON object"
                    + " per group ({\"key\": ..., \"count\": N, \"share\": S}), or with --format csv one CSV row per"
                    + " group; papers without a key are in the group with key null (an empty CSV cell).",
            "Grouping by benchmark or unit also gives min, max, mean and median of the group's metric values, over"
                    + " the group's most frequent kind and unit of metric only (column 'over'), so no figure mixes them."
        })
final class GroupCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(
            names = "--by",
            required = true,
            paramLabel = "KEY",
            description = "year, month, week, authors, link, host, benchmark, unit or claim.")
    String by;

    @Option(names = "--where", paramLabel = "QUERY", description = "Only the papers matching this query.")
    String where;

    @Option(names = "--json", description = "One JSON object per group instead of a table (--format jsonl).")
    boolean json;

    @Mixin
    FormatOptions format;

    @Option(
            names = "--papers",
            description = "A last column, papers: the paper_id of each paper in the group (its arXiv id, else"
                    + " source:line, as export writes them).")
    boolean listPapers;

    /** What {@code --sort} accepts. */
    enum Sort {
        key,
        count
    }

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            description = "count (largest groups first) or key; default count, but key for year, month, week and"
                    + " authors, whose keys are an order.")
    Sort sort;

    @Option(
            names = "--min-count",
            paramLabel = "N",
            defaultValue = "1",
            description = "Only groups of at least N papers (default 1).")
    long minCount;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GroupKey<?> key;
        try {
            key = GroupKey.named(by);
        } catch (IllegalArgumentException e) {
            err.println("error: --by: " + e.getMessage());
            err.flush();
            return 2;
        }
        PaperQuery filter = PaperQuery.all();
        if (where != null) {
            try {
                filter = QuerySyntax.parse(where);
            } catch (QuerySyntaxException e) {
                return QueryCommand.badQuery(err, e);
            }
        }
        PaperSet papers = QueryCommand.PaperSets.read(input, err).filter(filter);
        List<Aggregate<?>> aggregates = new ArrayList<>(List.of(Aggregates.count(), Aggregates.share()));
        if (key == GroupKey.BENCHMARK || key == GroupKey.METRIC_UNIT) {
            // the statistics describe one kind and unit per group, named in the "over" column
            aggregates.addAll(List.of(
                    Aggregates.metricsOver(MetricCondition.any()),
                    Aggregates.metricMin(),
                    Aggregates.metricMax(),
                    Aggregates.metricMean(),
                    Aggregates.metricMedian()));
        }
        if (listPapers) {
            aggregates.add(Aggregate.ofPapers("papers", Collectors.mapping(DuckDbExport::key, Collectors.toList())));
        }
        GroupTable table = papers.groupBy(key).aggregate(aggregates).atLeast(minCount);
        boolean ordinal = key == GroupKey.YEAR
                || key == GroupKey.MONTH
                || key == GroupKey.ISO_WEEK
                || key == GroupKey.AUTHOR_COUNT;
        if ((sort == null ? (ordinal ? Sort.key : Sort.count) : sort) == Sort.count) {
            table = table.sortedByCount();
        }
        switch (format.or(json ? OutputFormat.jsonl : OutputFormat.table)) {
            case jsonl -> {
                for (GroupRow row : table.rows()) {
                    PaperdexJson.writeLine(out, row);
                }
            }
            case table -> out.print(table.toTable());
            case csv -> {
                List<String> columns = new ArrayList<>();
                columns.add(table.by());
                columns.addAll(table.columns());
                try (RowWriter rows = RowWriter.of(OutputFormat.csv, columns, out)) {
                    for (GroupRow row : table.rows()) {
                        Object[] values = new Object[columns.size()];
                        values[0] = row.key().isPresent() ? row.keyText() : null;
                        for (int i = 1; i < values.length; i++) {
                            values[i] = row.value(columns.get(i));
                        }
                        rows.row(values);
                    }
                }
            }
        }
        return 0;
    }
}
