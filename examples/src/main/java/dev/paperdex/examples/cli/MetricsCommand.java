package dev.paperdex.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperdex.ReportedMetric;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code papers metrics}: one record per reported metric, with its paper's id, title and source.
 */
@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        description = "Print every reported metric as one line of JSON: the paper's id (when known), title, source"
                + " and line, then the metric's fields; --format csv or table gives one row per metric.")
final class MetricsCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    FormatOptions format;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        OutputFormat f = format.or(OutputFormat.jsonl);
        if (f != OutputFormat.jsonl) {
            try (RowWriter rows = RowWriter.of(f, Records.METRIC, out)) {
                input.forEachPaper(spec.commandLine().getErr(), p -> {
                    for (int i = 0; i < p.metrics().size(); i++) {
                        rows.row(Records.metric(p, i, p.metrics().get(i)));
                    }
                });
            }
            return 0;
        }
        ObjectMapper mapper = PaperdexJson.mapper();
        input.forEachPaper(spec.commandLine().getErr(), p -> {
            for (ReportedMetric m : p.metrics()) {
                ObjectNode row = mapper.createObjectNode();
                p.id().ifPresent(id -> row.put("id", id));
                row.put("title", p.title());
                p.source().ifPresent(s -> row.put("source", s.name()).put("line", s.line()));
                row.setAll((ObjectNode) mapper.valueToTree(m));
                try {
                    out.println(mapper.writeValueAsString(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return 0;
    }
}
