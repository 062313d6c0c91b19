package dev.paperdex.examples.cli;

import dev.paperdex.MetricKind;
import dev.paperdex.benchmark.Benchmarks;
import dev.paperdex.group.Leaderboard;
import dev.paperdex.group.LeaderboardOptions;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options of {@code leaderboard}, {@code timeline} and {@code report}. */
final class BoardOptions {
    /** What {@code --kind} accepts. */
    enum Kind {
        score,
        gain
    }

    @Option(
            names = "--benchmark",
            paramLabel = "NAME",
            description = "Only this benchmark (AIME24 = AIME-24 = AIME 2024; ImageNet-1K = ImageNet).")
    String benchmark;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Entries per board (default 10).")
    int top;

    @Option(
            names = "--min-papers",
            paramLabel = "N",
            defaultValue = "1",
            description = "Only boards with at least N papers (default 1).")
    int minPapers;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only scores or only gains: score or gain.")
    Kind kind;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only papers dated on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only papers dated on or before this day.")
    LocalDate until;

    @Option(
            names = "--benchmarks",
            paramLabel = "FILE",
            description = "More benchmark names, aliases and directions, in the grammar of the Benchmarks javadoc.")
    Path table;

    LeaderboardOptions options() {
        LeaderboardOptions o = LeaderboardOptions.defaults().withTop(top).withMinPapers(minPapers);
        if (kind != null) {
            o = o.withKind(kind == Kind.score ? MetricKind.SCORE : MetricKind.CHANGE);
        }
        if (since != null) {
            o = o.withSince(since);
        }
        if (until != null) {
            o = o.withUntil(until);
        }
        return o;
    }

    Benchmarks benchmarks() throws IOException {
        return table == null ? Benchmarks.standard() : Benchmarks.standard().withTable(table);
    }

    Leaderboard board(PaperSet papers) throws IOException {
        Benchmarks b = benchmarks();
        Leaderboard board = Leaderboard.of(papers, options(), b);
        if (benchmark == null) {
            return board;
        }
        String key = b.key(benchmark);
        return board.onKey(key);
    }
}
