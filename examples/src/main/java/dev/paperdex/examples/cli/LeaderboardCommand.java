package dev.paperdex.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.group.Leaderboard;
import dev.paperdex.group.LeaderboardEntry;
import dev.paperdex.group.LeaderboardRow;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papers leaderboard}: the papers' own results per benchmark, ranked, with their sentences. */
@Command(
        name = "leaderboard",
        mixinStandardHelpOptions = true,
        description = {
            "For each benchmark, metric, unit and kind (score or gain), the papers' own results ranked best"
                    + " first (lowest first for FID, WER, perplexity, error...), each with its arXiv id, date and"
                    + " the sentence that reports it.",
            "A number the sentence credits to a baseline or to other work does not rank.",
            "--json (--format jsonl): one JSON object per board, each entry with its paper's source and line;"
                    + " --format csv: one row per entry."
        })
final class LeaderboardCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    BoardOptions board;

    @Option(names = "--json", description = "One JSON object per board instead of text (--format jsonl).")
    boolean json;

    @Mixin
    FormatOptions format;

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** The source of each entry's paper, found by arXiv id, else by title. */
    static final class Sources {
        private final Map<String, Source> byId = new HashMap<>();
        private final Map<String, Source> byTitle = new HashMap<>();

        Sources(PaperSet papers) {
            for (Paper p : papers) {
                p.source().ifPresent(s -> {
                    p.id().ifPresent(id -> byId.putIfAbsent(id, s));
                    byTitle.putIfAbsent(p.title(), s);
                });
            }
        }

        Optional<Source> of(LeaderboardEntry e) {
            Source s = e.paperId().map(byId::get).orElse(null);
            return Optional.ofNullable(s != null ? s : byTitle.get(e.title()));
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PaperSet papers = QueryCommand.PaperSets.read(input, err);
        Leaderboard result = board.board(papers);
        OutputFormat f = format.or(json ? OutputFormat.jsonl : OutputFormat.table);
        if (f == OutputFormat.table) {
            out.print(result.toTable());
            return 0;
        }
        Sources sources = new Sources(papers);
        if (f == OutputFormat.csv) {
            try (RowWriter rows = RowWriter.of(f, Records.ENTRY, out)) {
                for (LeaderboardRow row : result.rows()) {
                    for (LeaderboardEntry e : row.entries()) {
                        rows.row(Records.entry(row, e, sources.of(e)));
                    }
                }
            }
            return 0;
        }
        ObjectMapper mapper = PaperdexJson.mapper();
        for (LeaderboardRow row : result.rows()) {
            ObjectNode node = mapper.valueToTree(row);
            JsonNode entries = node.get("entries");
            for (int i = 0; i < row.entries().size(); i++) {
                ObjectNode entry = (ObjectNode) entries.get(i);
                sources.of(row.entries().get(i))
                        .ifPresent(s -> entry.put("source", s.name()).put("line", s.line()));
            }
            out.println(mapper.writeValueAsString(node));
        }
        return 0;
    }
}
