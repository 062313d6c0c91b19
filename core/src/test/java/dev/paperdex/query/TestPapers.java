package dev.paperdex.query;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Direction;
import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.Qualifier;
import dev.paperdex.ReportedMetric;
import java.time.LocalDate;

/** Hand-built papers, metrics and claims for the query and group tests. */
public final class TestPapers {
    private TestPapers() {}

    /** A paper with a title, an abstract and nothing else. */
    public static Paper.Builder paper(String title, String abstractText) {
        return Paper.builder().title(title).abstractText(abstractText);
    }

    public static Paper.Builder paper(String title) {
        return paper(title, "An abstract about " + title + ".");
    }

    public static Paper dated(String title, String isoDate) {
        return paper(title).date(LocalDate.parse(isoDate)).build();
    }

    public static Link code(String url) {
        return Link.of(url, LinkKind.CODE);
    }

    public static Link link(String url, LinkKind kind) {
        return Link.of(url, kind);
    }

    /** A metric with the fields that matter for queries; text is the value and unit. */
    public static ReportedMetric metric(double value, String unit, MetricKind kind, String benchmark) {
        ReportedMetric.Builder b = ReportedMetric.builder();
        b.text(format(value) + unit).value(value).unit(unit).kind(kind).start(0).end(1);
        if (benchmark != null) {
            b.benchmark(benchmark);
        }
        if (kind == MetricKind.CHANGE) {
            b.direction(Direction.UP);
        }
        return b.build();
    }

    public static ReportedMetric score(double value, String unit, String benchmark) {
        return metric(value, unit, MetricKind.SCORE, benchmark);
    }

    public static ReportedMetric gain(double value, String unit, String benchmark) {
        return metric(value, unit, MetricKind.CHANGE, benchmark);
    }

    public static ReportedMetric withQualifier(ReportedMetric m, Qualifier q) {
        return ReportedMetric.builder().from(m).qualifier(q).build();
    }

    public static ReportedMetric named(ReportedMetric m, String metricName) {
        return ReportedMetric.builder().from(m).metric(metricName).build();
    }

    public static Claim claim(String sentence, ClaimType type, ReportedMetric... metrics) {
        return Claim.builder()
                .sentence(sentence)
                .start(0)
                .end(sentence.length())
                .addTypes(type)
                .addMetrics(metrics)
                .build();
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
