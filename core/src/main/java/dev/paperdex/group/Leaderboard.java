package dev.paperdex.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.PaperdexStyle;
import dev.paperdex.ReportedMetric;
import dev.paperdex.query.MetricCondition;
import dev.paperdex.query.PaperSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * For each benchmark, the paper with the best reported score and the paper with the largest
 * reported gain:
 *
 * <pre>{@code
 * Leaderboard board = Leaderboard.of(papers);
 * System.out.print(board.onBenchmark("GSM8K").toTable());
 * }</pre>
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Only metrics with a benchmark count; benchmarks are compared by {@link
 *       MetricCondition#normalizeBenchmark} ({@code GSM-8K} and {@code gsm8k} are one).
 *   <li>Numbers are compared only within one unit: each (benchmark, unit) pair is its own row.
 *   <li>The best score is the highest {@link MetricKind#SCORE}, except where the metric's name
 *       says lower is better: a name containing one of the words {@code fid}, {@code perplexity},
 *       {@code ppl}, {@code error}, {@code err}, {@code wer}, {@code cer}, {@code latency}, {@code
 *       loss}, {@code mse}, {@code mae} or {@code rmse}. Such scores form their own row, marked
 *       {@link LeaderboardRow#lowerIsBetter()}, whose best is the lowest.
 *   <li>The largest gain is the highest {@link MetricKind#CHANGE} with direction {@link
 *       Direction#UP} on a higher-is-better metric.
 *   <li>Ties go to the paper that comes first in the set.
 * </ul>
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableLeaderboard.class)
public abstract class Leaderboard {
    private static final Set<String> LOWER_IS_BETTER =
            Set.of("fid", "perplexity", "ppl", "error", "err", "wer", "cer", "latency", "loss", "mse", "mae", "rmse");

    /** The rows, by benchmark, then unit, then higher-is-better first. */
    public abstract List<LeaderboardRow> rows();

    /** The leaderboard of the papers of {@code set}. */
    public static Leaderboard of(PaperSet set) {
        Map<String, LeaderboardRow.Builder> rows = new TreeMap<>();
        Map<String, LeaderboardEntry> best = new TreeMap<>();
        Map<String, LeaderboardEntry> gain = new TreeMap<>();
        for (Paper p : set) {
            for (ReportedMetric m : p.metrics()) {
                if (m.benchmark().isEmpty()) {
                    continue;
                }
                String bench = MetricCondition.normalizeBenchmark(m.benchmark().get());
                if (bench.isEmpty()) {
                    continue;
                }
                String unit = m.unit().toLowerCase(Locale.ROOT);
                boolean lowerBetter = isLowerBetter(m);
                String key = bench + '\u0000' + unit + '\u0000' + (lowerBetter ? '1' : '0');
                if (m.kind() == MetricKind.SCORE) {
                    LeaderboardEntry e = best.get(key);
                    if (e == null || (lowerBetter ? m.value() < e.value() : m.value() > e.value())) {
                        best.put(key, entry(p, m));
                    }
                } else if (m.kind() == MetricKind.CHANGE
                        && m.direction().equals(Optional.of(Direction.UP))
                        && !lowerBetter) {
                    LeaderboardEntry e = gain.get(key);
                    if (e == null || m.value() > e.value()) {
                        gain.put(key, entry(p, m));
                    }
                } else {
                    continue;
                }
                rows.computeIfAbsent(
                        key,
                        k -> LeaderboardRow.builder()
                                .benchmark(bench)
                                .unit(unit)
                                .lowerIsBetter(lowerBetter));
            }
        }
        List<LeaderboardRow> out = new ArrayList<>();
        rows.forEach((key, b) -> {
            Optional.ofNullable(best.get(key)).ifPresent(b::best);
            Optional.ofNullable(gain.get(key)).ifPresent(b::largestGain);
            out.add(b.build());
        });
        return ImmutableLeaderboard.builder().rows(out).build();
    }

    /** Whether the metric's name says lower is better (see the class comment). */
    public static boolean isLowerBetter(ReportedMetric metric) {
        if (metric.metric().isEmpty()) {
            return false;
        }
        String name = metric.metric().get().toLowerCase(Locale.ROOT);
        for (String word : name.split("[^\\p{L}\\p{N}]+")) {
            if (LOWER_IS_BETTER.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The rows of one benchmark (compared by {@link MetricCondition#normalizeBenchmark}). */
    public final Leaderboard onBenchmark(String benchmark) {
        String key = MetricCondition.normalizeBenchmark(benchmark);
        return ImmutableLeaderboard.builder()
                .rows(rows().stream().filter(r -> r.benchmark().equals(key)).toList())
                .build();
    }

    /** The row of a benchmark and unit (higher-is-better row first), if there is one. */
    public final Optional<LeaderboardRow> row(String benchmark, String unit) {
        String key = MetricCondition.normalizeBenchmark(benchmark);
        return rows().stream()
                .filter(r -> r.benchmark().equals(key) && r.unit().equalsIgnoreCase(unit))
                .findFirst();
    }

    /** An aligned text table, one line per row. */
    public final String toTable() {
        List<String> header = List.of("benchmark", "unit", "best", "paper", "date", "largest gain", "paper", "date");
        List<List<String>> cells = new ArrayList<>();
        for (LeaderboardRow r : rows()) {
            List<String> line = new ArrayList<>();
            // the benchmark as a paper wrote it reads better than the normalised key
            String name =
                    r.best().or(r::largestGain).map(LeaderboardEntry::benchmark).orElse(r.benchmark());
            line.add(name + (r.lowerIsBetter() ? " (lower is better)" : ""));
            line.add(r.unit().isEmpty() ? "-" : r.unit());
            addEntry(line, r.best());
            addEntry(line, r.largestGain());
            cells.add(line);
        }
        return TextTable.render(header, cells, new boolean[] {false, false, true, false, false, true, false, false});
    }

    private static void addEntry(List<String> line, Optional<LeaderboardEntry> e) {
        line.add(e.map(LeaderboardEntry::text).orElse(""));
        line.add(e.map(x -> cut(x.title())).orElse(""));
        line.add(e.flatMap(LeaderboardEntry::date).map(Object::toString).orElse(""));
    }

    private static String cut(String title) {
        return title.length() <= 50 ? title : title.substring(0, 49) + "…";
    }

    private static LeaderboardEntry entry(Paper p, ReportedMetric m) {
        return LeaderboardEntry.builder()
                .benchmark(m.benchmark().orElseThrow())
                .text(m.text())
                .metric(m.metric())
                .value(m.value())
                .unit(m.unit())
                .title(p.title())
                .date(p.date())
                .build();
    }
}
