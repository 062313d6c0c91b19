package dev.paperdex.examples.cli;

import dev.paperdex.MetricKind;
import dev.paperdex.group.Leaderboard;
import dev.paperdex.group.LeaderboardRow;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papers timeline}: the running best score by date per benchmark. */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description = "For each benchmark, metric and unit, the state of the art by date: each step a paper whose"
                + " own score beat every earlier one.")
final class TimelineCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    BoardOptions board;

    @Option(names = "--json", description = "One JSON object per benchmark instead of text.")
    boolean json;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        board.kind = BoardOptions.Kind.score;
        Leaderboard result = board.board(QueryCommand.PaperSets.read(input, err));
        if (json) {
            for (LeaderboardRow row : result.rows()) {
                if (row.kind() != MetricKind.SCORE || row.timeline().isEmpty()) {
                    continue;
                }
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("benchmark", row.benchmark());
                line.put("name", row.name());
                row.metric().ifPresent(m -> line.put("metric", m));
                line.put("unit", row.unit());
                line.put("lowerIsBetter", row.lowerIsBetter());
                line.put("steps", row.timeline());
                PaperdexJson.writeLine(out, line);
            }
        } else {
            out.print(result.toTimelineText());
        }
        return 0;
    }
}
