package dev.paperdex.examples.cli;

import dev.paperdex.group.Leaderboard;
import dev.paperdex.group.LeaderboardRow;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.PrintWriter;
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
            "A number the sentence credits to a baseline or to other work does not rank."
        })
final class LeaderboardCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    BoardOptions board;

    @Option(names = "--json", description = "One JSON object per board instead of text.")
    boolean json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Leaderboard result = board.board(QueryCommand.PaperSets.read(input, err));
        if (json) {
            for (LeaderboardRow row : result.rows()) {
                PaperdexJson.writeLine(out, row);
            }
        } else {
            out.print(result.toTable());
        }
        return 0;
    }
}
