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

/** {@code papers leaderboard}: best score and largest gain per benchmark. */
@Command(
        name = "leaderboard",
        mixinStandardHelpOptions = true,
        description = "For each benchmark and unit, the paper with the best reported score and the paper with the"
                + " largest reported gain (lower is better for FID, perplexity, error, latency...).")
final class LeaderboardCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(
            names = "--benchmark",
            paramLabel = "NAME",
            description = "Only this benchmark (case and punctuation ignored).")
    String benchmark;

    @Option(names = "--json", description = "One JSON object per row instead of a table.")
    boolean json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Leaderboard board = Leaderboard.of(QueryCommand.PaperSets.read(input, err));
        if (benchmark != null) {
            board = board.onBenchmark(benchmark);
        }
        if (json) {
            for (LeaderboardRow row : board.rows()) {
                PaperdexJson.writeLine(out, row);
            }
        } else {
            out.print(board.toTable());
        }
        return 0;
    }
}
