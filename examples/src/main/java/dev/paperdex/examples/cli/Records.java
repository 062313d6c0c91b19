package dev.paperdex.examples.cli;

import dev.paperdex.Claim;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Source;
import dev.paperdex.group.LeaderboardEntry;
import dev.paperdex.group.LeaderboardRow;
import java.util.List;
import java.util.Optional;

/**
 * The flat records the commands print in CSV and tables (and {@code metrics} in JSON Lines): each
 * starts with the paper's {@code id} (arXiv id, when the source gives one), {@code title}, and the
 * {@code source} name and {@code line} it was read from.
 */
final class Records {
    private Records() {}

    /** One row per paper ({@code parse}, {@code query}). */
    static final List<String> PAPER = List.of(
            "id",
            "title",
            "source",
            "line",
            "date",
            "authorCount",
            "team",
            "upvotes",
            "commentCount",
            "linkCount",
            "metricCount",
            "claimCount");

    /** One row per reported metric ({@code metrics}); {@code index} is its position in the paper. */
    static final List<String> METRIC = List.of(
            "id",
            "title",
            "source",
            "line",
            "index",
            "text",
            "value",
            "upper",
            "unit",
            "kind",
            "direction",
            "qualifier",
            "metric",
            "benchmark",
            "baseline",
            "start",
            "end");

    /** One row per claim ({@code claims}); {@code metricIndexes} are positions in the paper's metrics. */
    static final List<String> CLAIM = List.of(
            "id",
            "title",
            "source",
            "line",
            "index",
            "types",
            "subject",
            "baseline",
            "metricIndexes",
            "cues",
            "start",
            "end",
            "sentence");

    /** One row per leaderboard entry ({@code leaderboard}). */
    static final List<String> ENTRY = List.of(
            "benchmark",
            "metric",
            "unit",
            "kind",
            "lowerIsBetter",
            "rank",
            "value",
            "text",
            "id",
            "title",
            "source",
            "line",
            "date",
            "baseline",
            "sentence");

    static Object[] paper(Paper p) {
        return new Object[] {
            p.id(),
            p.title(),
            sourceName(p.source()),
            sourceLine(p.source()),
            p.date(),
            p.authorCount(),
            p.team(),
            p.upvotes(),
            p.commentCount(),
            p.links().size(),
            p.metrics().size(),
            p.claims().size()
        };
    }

    static Object[] metric(Paper p, int index, ReportedMetric m) {
        return new Object[] {
            p.id(),
            p.title(),
            sourceName(p.source()),
            sourceLine(p.source()),
            index,
            m.text(),
            m.value(),
            m.upper(),
            m.unit(),
            m.kind(),
            m.direction(),
            m.qualifier(),
            m.metric(),
            m.benchmark(),
            m.baseline(),
            m.start(),
            m.end()
        };
    }

    static Object[] claim(Paper p, int index, Claim c) {
        return new Object[] {
            p.id(),
            p.title(),
            sourceName(p.source()),
            sourceLine(p.source()),
            index,
            List.copyOf(c.types()),
            c.subject(),
            c.baseline(),
            c.metricIndexes(),
            c.cues(),
            c.start(),
            c.end(),
            c.sentence()
        };
    }

    static Object[] entry(LeaderboardRow row, LeaderboardEntry e, Optional<Source> source) {
        return new Object[] {
            row.benchmark(),
            row.metric(),
            row.unit(),
            row.kind(),
            row.lowerIsBetter(),
            e.rank(),
            e.value(),
            e.text(),
            e.paperId(),
            e.title(),
            sourceName(source),
            sourceLine(source),
            e.date(),
            e.baseline(),
            e.sentence()
        };
    }

    static Optional<String> sourceName(Optional<Source> s) {
        return s.map(Source::name);
    }

    static Optional<Integer> sourceLine(Optional<Source> s) {
        return s.map(Source::line);
    }
}
