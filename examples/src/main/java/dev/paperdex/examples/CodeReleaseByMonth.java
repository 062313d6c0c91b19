package dev.paperdex.examples;

import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.group.Aggregate;
import dev.paperdex.group.Aggregates;
import dev.paperdex.group.GroupKey;
import dev.paperdex.group.GroupTable;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * How many papers release code, month by month? Groups papers by the month of their date and
 * counts those with a code link (GitHub, GitLab, a Hugging Face Space...); undated papers are in
 * the {@code (none)} row.
 *
 * <pre>
 * java -cp examples/target/papers.jar dev.paperdex.examples.CodeReleaseByMonth seeds/000_ac4d8aa2034e5b5f.txt
 * </pre>
 */
public final class CodeReleaseByMonth {
    private CodeReleaseByMonth() {}

    /** Per month: papers, papers with a code link. */
    public static GroupTable codeReleaseByMonth(PaperSet papers) {
        Aggregate<Long> withCode = Aggregate.ofPapers(
                "with code",
                Collectors.filtering((Paper p) -> !p.links(LinkKind.CODE).isEmpty(), Collectors.counting()));
        return papers.groupBy(GroupKey.MONTH).aggregate(Aggregates.count(), withCode);
    }

    /** Prints the result for the listing files named in {@code args} (default: the two seed files). */
    public static void main(String[] args) throws IOException {
        System.out.print(codeReleaseByMonth(GainsByBenchmark.read(args)).toTable());
    }
}
