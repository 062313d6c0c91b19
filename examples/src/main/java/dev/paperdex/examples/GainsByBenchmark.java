package dev.paperdex.examples;

import static dev.paperdex.query.PaperQuery.reports;

import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.group.Aggregates;
import dev.paperdex.group.GroupKey;
import dev.paperdex.group.GroupTable;
import dev.paperdex.group.Leaderboard;
import dev.paperdex.group.LeaderboardOptions;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.query.MetricCondition;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How large are the reported gains on each benchmark, and whose are the largest? Groups the papers
 * that report a gain (a change going up) by benchmark, most papers first: how many papers, the
 * largest and the median gain; then the leaderboard of gains: the top papers of the benchmarks with
 * the most gains, each with the sentence that reports it.
 *
 * <pre>
 * java -cp examples/target/papers.jar dev.paperdex.examples.GainsByBenchmark seeds/000_ac4d8aa2034e5b5f.txt
 * </pre>
 */
public final class GainsByBenchmark {
    /** A gain: a change whose direction is up. */
    static final MetricCondition GAIN =
            MetricCondition.any().ofKind(MetricKind.CHANGE).inDirection(Direction.UP);

    private GainsByBenchmark() {}

    /**
     * One row per benchmark with a gain, most papers first: papers with a gain on it, largest gain,
     * median gain (over the benchmark's most frequent unit of gain). A paper with a gain on MATH and
     * only a score on GSM8K counts for MATH alone.
     */
    public static GroupTable gainsByBenchmark(PaperSet papers) {
        return papers.filter(reports(GAIN))
                .groupBy(GroupKey.BENCHMARK)
                .aggregate(Aggregates.countReporting(GAIN), Aggregates.metricMax(GAIN), Aggregates.metricMedian(GAIN))
                .filter(row -> row.count() > 0)
                .sortedByCount();
    }

    /**
     * The boards of gains the papers claim for themselves (a baseline's number never ranks), the
     * {@code boards} with the most papers, {@code top} entries each.
     */
    public static Leaderboard topGains(PaperSet papers, int boards, int top) {
        return Leaderboard.of(
                        papers,
                        LeaderboardOptions.defaults()
                                .withKind(MetricKind.CHANGE)
                                .withTop(top))
                .limit(boards);
    }

    /** Prints the result for the listing files named in {@code args} (default: the two seed files). */
    public static void main(String[] args) throws IOException {
        PaperSet papers = read(args);
        System.out.print(gainsByBenchmark(papers).toTable());
        System.out.println();
        System.out.print(topGains(papers, 5, 3).toTable());
    }

    /** The papers of the files named in {@code args} (default: the two seed files), listing year 2025. */
    static PaperSet read(String[] args) throws IOException {
        List<String> files = args.length > 0
                ? List.of(args)
                : List.of("seeds/000_ac4d8aa2034e5b5f.txt", "seeds/003_94c5f68b1bf7e18c.txt");
        List<dev.paperdex.Paper> papers = new ArrayList<>();
        for (String f : files) {
            papers.addAll(Papers.read(Path.of(f), ParseOptions.defaults().withYear(2025))
                    .papers());
        }
        return PaperSet.of(papers);
    }
}
