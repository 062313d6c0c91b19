package dev.paperdex.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.analysis.ClaimExtractor;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code papers claims}: one JSON object per paper, {@code {"id": ..., "title": ..., "source": ...,
 * "line": N, "claims": [...], "metrics": [...]}}, or one CSV or table row per claim.
 */
@Command(
        name = "claims",
        mixinStandardHelpOptions = true,
        description = {
            "Print the claim sentences of every paper as one line of JSON: {\"id\": ..., \"title\": ...,"
                    + " \"source\": ..., \"line\": N, \"claims\": [...], \"metrics\": [...]}.",
            "--format csv or table: one row per claim, with the paper's id, title, source and line."
        })
final class ClaimsCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    FormatOptions format;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            converter = ClaimTypeConverter.class,
            description =
                    "Only claims of this type: performance, sota, efficiency, release or finding; papers with none are left out.")
    ClaimType type;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        OutputFormat f = format.or(OutputFormat.jsonl);
        if (f != OutputFormat.jsonl) {
            try (RowWriter rows = RowWriter.of(f, Records.CLAIM, out)) {
                input.forEachPaper(spec.commandLine().getErr(), p -> {
                    List<Claim> claims = ClaimExtractor.extract(p);
                    for (int i = 0; i < claims.size(); i++) {
                        if (type == null || claims.get(i).is(type)) {
                            rows.row(Records.claim(p, i, claims.get(i)));
                        }
                    }
                });
            }
            return 0;
        }
        ObjectMapper mapper = PaperdexJson.mapper();
        input.forEachPaper(spec.commandLine().getErr(), p -> {
            List<Claim> claims = ClaimExtractor.extract(p);
            if (type != null) {
                claims = claims.stream().filter(c -> c.is(type)).toList();
                if (claims.isEmpty()) {
                    return;
                }
            }
            ObjectNode row = mapper.createObjectNode();
            p.id().ifPresent(id -> row.put("id", id));
            row.put("title", p.title());
            p.source().ifPresent(s -> row.put("source", s.name()).put("line", s.line()));
            row.set("claims", mapper.valueToTree(claims));
            // the claims name their metrics by position in this list
            row.set("metrics", mapper.valueToTree(p.metrics()));
            try {
                out.println(mapper.writeValueAsString(row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return 0;
    }

    /** Reads a claim type in any case. */
    static final class ClaimTypeConverter implements CommandLine.ITypeConverter<ClaimType> {
        @Override
        public ClaimType convert(String value) {
            try {
                return ClaimType.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "expected one of performance, sota, efficiency, release, finding, found '" + value + "'");
            }
        }
    }
}
