package dev.paperdex.examples;

import static dev.paperdex.query.PaperQuery.hasClaim;

import dev.paperdex.ClaimType;
import dev.paperdex.Paper;
import dev.paperdex.query.MetricCondition;
import dev.paperdex.query.PaperOrder;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.util.List;

/**
 * Which papers claim to be at least five times faster, smaller or cheaper? Finds efficiency
 * claims whose sentence reports a factor of 5x or more ({@code over 5 times} counts: its value is
 * 5), largest factor first.
 *
 * <pre>
 * java -cp examples/target/papers.jar dev.paperdex.examples.EfficiencyClaimsAbove5x seeds/000_ac4d8aa2034e5b5f.txt
 * </pre>
 */
public final class EfficiencyClaimsAbove5x {
    /** A factor of at least 5. */
    static final MetricCondition AT_LEAST_5X = MetricCondition.any().inUnit("x").atLeast(5);

    private EfficiencyClaimsAbove5x() {}

    /** The papers with such a claim, largest factor first. */
    public static List<Paper> efficiencyClaimsAbove5x(PaperSet papers) {
        return papers.filter(hasClaim(ClaimType.EFFICIENCY, AT_LEAST_5X))
                .sorted(PaperOrder.highestMetricFirst(AT_LEAST_5X))
                .toList();
    }

    /** Prints the result for the listing files named in {@code args} (default: the two seed files). */
    public static void main(String[] args) throws IOException {
        PaperSet papers = GainsByBenchmark.read(args);
        for (Paper p : efficiencyClaimsAbove5x(papers)) {
            System.out.println(p.title());
            papers.claims(p).stream()
                    .filter(c ->
                            c.is(ClaimType.EFFICIENCY) && c.metrics().stream().anyMatch(AT_LEAST_5X))
                    .forEach(c -> System.out.println("    " + c.sentence()));
        }
    }
}
