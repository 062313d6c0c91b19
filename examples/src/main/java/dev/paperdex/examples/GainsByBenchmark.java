package dev.paperdex.examples;

import static dev.paperdex.query.PaperQuery.reports;

import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.group.Aggregates;
import dev.paperdex.group.GroupKey;
import dev.paperdex.group.GroupTable;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.query.MetricCondition;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How large are the reported gains on each benchmark? Groups the papers that report a gain (a
 * change going up) by benchmark: how many papers, the largest and the median gain.
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
     * One row per benchmark with a gain: papers with a gain on it, largest gain, median gain (any
     * unit). A paper with a gain on MATH and only a score on GSM8K counts for MATH alone.
     */
    public static GroupTable gainsByBenchmark(PaperSet papers) {
        return papers.filter(reports(GAIN))
                .groupBy(GroupKey.BENCHMARK)
                .aggregate(Aggregates.countReporting(GAIN), Aggregates.metricMax(GAIN), Aggregates.metricMedian(GAIN))
                .filter(row -> row.count() > 0);
    }

    /** Prints the result for the listing files named in {@code args} (default: the two seed files). */
    public static void main(String[] args) throws IOException {
        System.out.print(gainsByBenchmark(read(args)).toTable());
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
