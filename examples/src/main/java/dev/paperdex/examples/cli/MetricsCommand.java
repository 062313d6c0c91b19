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

/** {@code papers metrics}: one JSON object per reported metric, with its paper's title. */
@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        description = "Print every reported metric as one line of JSON: the paper's title, then the metric's fields.")
final class MetricsCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper mapper = PaperdexJson.mapper();
        input.forEachPaper(spec.commandLine().getErr(), p -> {
            for (ReportedMetric m : p.metrics()) {
                ObjectNode row = mapper.createObjectNode();
                row.put("title", p.title());
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
