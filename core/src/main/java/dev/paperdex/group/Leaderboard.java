package dev.paperdex.group;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.Claim;
import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.PaperdexStyle;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Span;
import dev.paperdex.benchmark.Benchmarks;
import dev.paperdex.query.PaperSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Leaderboards rebuilt from abstracts: for each benchmark, metric, unit and kind, the papers' own
 * results ranked best first, each with the sentence that backs it, and the state-of-the-art
 * timeline of the scores.
 *
 * <pre>{@code
 * Leaderboard board = Leaderboard.of(papers, LeaderboardOptions.defaults().withTop(5));
 * System.out.print(board.onBenchmark("GSM8K").toTable());
 * System.out.print(board.onBenchmark("ImageNet 256x256").toTimelineText());
 * }</pre>
 *
 * <p>Rules, in order:
 *
 * <ul>
 *   <li><b>Benchmarks</b> are compared by {@link Benchmarks#key} ({@code AIME24} and {@code AIME
 *       2024} are one, {@code ImageNet} and {@code ImageNet 256x256} two). A benchmark that is a
 *       list ({@code MATH500, AIME24, and GPQA}) or a generic task rather than a named benchmark
 *       (all lower case, as {@code language modeling}; or ending in {@code tasks}, {@code domain},
 *       {@code setting}, {@code scenario}, {@code models}) is left out, unless the table knows it.
 *   <li><b>Own results only</b>: a metric ranks only when it lies in one of the paper's claim
 *       sentences of type performance, sota or efficiency, and, for a score, when the sentence does
 *       not credit the number to something else: the start of a change ({@code from 57.2% to}),
 *       a comparator ({@code compared to 80.1%}), a number by its baseline's name ({@code GPT-4o
 *       (80.1%)}), or a clause about other work without a word for the paper's own ({@code even the
 *       strongest models achieve only 48.3%}).
 *   <li><b>Kinds</b>: scores rank among scores, gains among gains, never together. A gain is a
 *       change that improves: up on a higher-is-better metric, down on a lower-is-better one.
 *       Ratios (speed-ups) do not rank.
 *   <li><b>Direction</b>: a metric is lower-is-better by its name ({@link
 *       Benchmarks#isLowerBetterMetric}: FID, gFID, WER, perplexity, error...), or, without a name,
 *       by the benchmark's usual metric. A number without a metric name takes the name of an
 *       earlier number of the same kind and unit in its sentence ({@code FID of 1.28 on X and 8.35
 *       on Y}), or a lower-is-better word written just before it ({@code a WER of just 0.80%}).
 *   <li><b>Rows</b> are (benchmark, metric, unit, kind); numbers without a metric name join the
 *       most common named metric of their benchmark, unit, kind and direction. Each paper counts
 *       once per row, with its best value. Ties share a rank and go to the earlier paper.
 *   <li><b>Order</b>: rows with more papers first, then by name.
 * </ul>
 *
 * <p>One pass over the papers and their metrics, then a sort per row.
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableLeaderboard.class)
public abstract class Leaderboard {
    private static final String[] GENERIC_ENDINGS = {
        " tasks",
        " task",
        " domain",
        " domains",
        " setting",
        " settings",
        " scenario",
        " scenarios",
        " models",
        " model",
        " benchmarks"
    };

    /** The rows, more papers first. */
    public abstract List<LeaderboardRow> rows();

    /**
     * Why the other metrics with a benchmark did not rank, by the name of the rule, with how many
     * metrics each rule kept out: {@code ratio}, {@code not-a-named-benchmark}, {@code
     * not-in-claim}, {@code not-a-result}, {@code from-value}, {@code comparator}, {@code
     * baseline-value}, {@code other-work}, {@code not-an-improvement} (see the class comment). Metrics
     * left out by the options (kind, dates) are not counted. Empty on a board cut by {@link
     * #onBenchmark}, {@link #onKey} or {@link #limit}.
     */
    @Value.NaturalOrder
    public abstract java.util.SortedMap<String, Integer> excluded();

    /** The leaderboard of {@code set} with the default options and the standard benchmark table. */
    public static Leaderboard of(PaperSet set) {
        return of(set, LeaderboardOptions.defaults(), Benchmarks.standard());
    }

    /** The leaderboard of {@code set} with {@code options} and the standard benchmark table. */
    public static Leaderboard of(PaperSet set, LeaderboardOptions options) {
        return of(set, options, Benchmarks.standard());
    }

    /** The leaderboard of {@code set} with {@code options}, benchmarks keyed by {@code benchmarks}. */
    public static Leaderboard of(PaperSet set, LeaderboardOptions options, Benchmarks benchmarks) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(benchmarks, "benchmarks");
        Map<GroupId, List<Candidate>> groups = new LinkedHashMap<>();
        Map<String, Integer> excluded = new java.util.TreeMap<>();
        int[] order = {0};
        set.forEach((Paper p, List<Claim> claims) -> {
            int seq = order[0]++;
            if (!inRange(p, options)) {
                return;
            }
            for (ReportedMetric m : p.metrics()) {
                Object c = candidate(p, seq, claims, m, options, benchmarks);
                if (c instanceof Candidate candidate) {
                    groups.computeIfAbsent(candidate.group, g -> new ArrayList<>())
                            .add(candidate);
                } else if (c instanceof String reason) {
                    excluded.merge(reason, 1, Integer::sum);
                }
            }
        });
        // one display name per benchmark, the spelling papers use most, whatever the row
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        groups.forEach((g, cs) -> {
            Map<String, Integer> counts = spellings.computeIfAbsent(g.key, k -> new LinkedHashMap<>());
            cs.forEach(c ->
                    counts.merge(Benchmarks.displayName(c.metric.benchmark().orElseThrow()), 1, Integer::sum));
        });
        List<LeaderboardRow> rows = new ArrayList<>();
        groups.forEach((g, cs) -> rowsOf(g, cs, options, benchmarks)
                .forEach(r -> rows.add(LeaderboardRow.builder()
                        .from(r)
                        .name(spelling(spellings.get(g.key), benchmarks.tableName(g.key))
                                .orElse(r.name()))
                        .build())));
        rows.sort(Comparator.comparingInt(LeaderboardRow::paperCount)
                .reversed()
                .thenComparing(LeaderboardRow::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(r -> r.metric().orElse(""))
                .thenComparing(LeaderboardRow::unit)
                .thenComparing(LeaderboardRow::kind));
        return ImmutableLeaderboard.builder().rows(rows).excluded(excluded).build();
    }

    /** The rows of one benchmark (compared by {@link Benchmarks#canonicalKey}). */
    public final Leaderboard onBenchmark(String benchmark) {
        String key = Benchmarks.canonicalKey(benchmark);
        return ImmutableLeaderboard.builder()
                .rows(rows().stream().filter(r -> r.benchmark().equals(key)).toList())
                .build();
    }

    /** The rows whose benchmark key is {@code key} (a key from {@link Benchmarks#key}). */
    public final Leaderboard onKey(String key) {
        return ImmutableLeaderboard.builder()
                .rows(rows().stream().filter(r -> r.benchmark().equals(key)).toList())
                .build();
    }

    /** The first row of a benchmark, unit and kind, if there is one. */
    public final Optional<LeaderboardRow> row(String benchmark, String unit, MetricKind kind) {
        String key = Benchmarks.canonicalKey(benchmark);
        return rows().stream()
                .filter(r -> r.benchmark().equals(key) && r.unit().equalsIgnoreCase(unit) && r.kind() == kind)
                .findFirst();
    }

    /** These rows, only the first {@code n}. */
    public final Leaderboard limit(int n) {
        return ImmutableLeaderboard.builder()
                .rows(rows().stream().limit(n).toList())
                .build();
    }

    /**
     * Text: each row's {@link LeaderboardRow#title()}, then one line per entry with rank, value,
     * arXiv id, date, title and the words around the number in its sentence.
     */
    public final String toTable() {
        StringBuilder out = new StringBuilder();
        for (LeaderboardRow r : rows()) {
            out.append(r.title()).append('\n');
            List<List<String>> cells = new ArrayList<>();
            for (LeaderboardEntry e : r.entries()) {
                cells.add(List.of(
                        Integer.toString(e.rank()),
                        e.text(),
                        e.paperId().orElse("-"),
                        e.date().map(Object::toString).orElse("-"),
                        cut(e.title(), 50),
                        evidence(e)));
            }
            indent(
                    out,
                    TextTable.render(
                            List.of("rank", "value", "paper", "date", "title", "sentence"),
                            cells,
                            new boolean[] {true, true, false, false, false, false}));
            out.append('\n');
        }
        return out.toString();
    }

    /** Text: each score row's title, then its timeline, one line per step. */
    public final String toTimelineText() {
        StringBuilder out = new StringBuilder();
        for (LeaderboardRow r : rows()) {
            if (r.timeline().isEmpty()) {
                continue;
            }
            out.append(r.title()).append('\n');
            List<List<String>> cells = new ArrayList<>();
            for (TimelineStep s : r.timeline()) {
                cells.add(List.of(s.date().toString(), s.text(), s.paperId().orElse("-"), cut(s.title(), 60)));
            }
            indent(out, TextTable.render(List.of("date", "best", "paper", "title"), cells, new boolean[] {
                false, true, false, false
            }));
            out.append('\n');
        }
        return out.toString();
    }

    /** The words around the number, the number in brackets: {@code …scores of 70.8% and [94.0%] on…}. */
    static String evidence(LeaderboardEntry e) {
        String s = e.sentence();
        int at = e.span().start() - e.sentenceSpan().start();
        int end = e.span().end() - e.sentenceSpan().start();
        int from = Math.max(0, at - 45);
        int to = Math.min(s.length(), end + 35);
        String text = (from > 0 ? "…" : "") + s.substring(from, at) + "[" + s.substring(at, end) + "]"
                + s.substring(end, to) + (to < s.length() ? "…" : "");
        return text.replaceAll("\\s+", " ");
    }

    private static void indent(StringBuilder out, String table) {
        for (String line : table.split("\n")) {
            out.append("  ").append(line).append('\n');
        }
    }

    private static String cut(String title, int n) {
        return title.length() <= n ? title : title.substring(0, n - 1) + "…";
    }

    private static boolean inRange(Paper p, LeaderboardOptions options) {
        if (options.since().isEmpty() && options.until().isEmpty()) {
            return true;
        }
        if (p.date().isEmpty()) {
            return false;
        }
        LocalDate d = p.date().get();
        return options.since().map(f -> !d.isBefore(f)).orElse(true)
                && options.until().map(t -> !d.isAfter(t)).orElse(true);
    }

    /** What the rows of one benchmark, unit, kind and direction share. */
    private record GroupId(String key, String unit, MetricKind kind, boolean lowerIsBetter) {}

    /** An own result on its way to a row. */
    private static final class Candidate {
        final Paper paper;
        final int seq;
        final ReportedMetric metric;
        final Claim claim;
        final GroupId group;
        final Optional<String> metricName;
        String metricKey;

        Candidate(
                Paper paper, int seq, ReportedMetric metric, Claim claim, GroupId group, Optional<String> metricName) {
            this.paper = paper;
            this.seq = seq;
            this.metric = metric;
            this.claim = claim;
            this.group = group;
            this.metricName = metricName;
            this.metricKey = metricName.map(Leaderboard::metricKey).orElse("");
        }
    }

    /**
     * The candidate for {@code m}; else the name of the rule that keeps it out, or null when it has
     * no benchmark or the options leave it out (see the class comment).
     */
    private static Object candidate(
            Paper p, int seq, List<Claim> claims, ReportedMetric m, LeaderboardOptions options, Benchmarks benchmarks) {
        if (m.benchmark().isEmpty()) {
            return null;
        }
        if (options.kind().isPresent() && options.kind().get() != m.kind()) {
            return null;
        }
        if (m.kind() == MetricKind.RATIO) {
            return "ratio";
        }
        String written = m.benchmark().get();
        String key = benchmarks.key(written);
        if (key.isEmpty() || (!benchmarks.isKnown(key) && !isNamedBenchmark(written))) {
            return "not-a-named-benchmark";
        }
        Optional<Claim> claim = Credit.claimOf(claims, m);
        Optional<String> notOwn = Credit.notOwn(claim, m);
        if (notOwn.isPresent()) {
            return notOwn.get();
        }
        Optional<String> name = metricName(m, claim.get(), benchmarks);
        boolean lower = benchmarks.isLowerBetter(name, key);
        if (m.kind() == MetricKind.CHANGE) {
            Direction improving = lower ? Direction.DOWN : Direction.UP;
            if (!m.direction().equals(Optional.of(improving))) {
                return "not-an-improvement";
            }
        }
        GroupId g = new GroupId(key, m.unit().toLowerCase(Locale.ROOT), m.kind(), lower);
        return new Candidate(p, seq, m, claim.get(), g, name);
    }

    /** Whether a benchmark as written is one named benchmark, not a list or a generic task. */
    static boolean isNamedBenchmark(String written) {
        String w = written.strip();
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.contains(" and ") || lower.contains(",") || lower.contains(" & ") || lower.contains("/")) {
            return false;
        }
        for (String ending : GENERIC_ENDINGS) {
            if (lower.endsWith(ending)) {
                return false;
            }
        }
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (Character.isUpperCase(ch) || Character.isDigit(ch)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The metric's name: its own, else that of the nearest earlier metric of the same kind and unit
     * in the sentence, else a lower-is-better word written just before the number.
     */
    private static Optional<String> metricName(ReportedMetric m, Claim claim, Benchmarks benchmarks) {
        if (m.metric().isPresent() && !m.metric().get().isBlank()) {
            return m.metric();
        }
        ReportedMetric previous = null;
        for (ReportedMetric other : claim.metrics()) {
            if (other.start() >= m.start()) {
                break;
            }
            if (other.kind() == m.kind() && other.unit().equalsIgnoreCase(m.unit())) {
                previous = other;
            }
        }
        if (previous != null) {
            // the earlier number's own name, or the one it inherited or read (few numbers per sentence)
            Optional<String> inherited = metricName(previous, claim, benchmarks);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        String sentence = claim.sentence();
        int at = Math.max(0, Math.min(sentence.length(), m.start() - claim.start()));
        String before = sentence.substring(Math.max(0, at - 60), at);
        String[] words = before.split("[^\\p{L}\\p{N}]+");
        for (int i = words.length - 1, seen = 0; i >= 0 && seen < 6; i--) {
            if (words[i].isEmpty()) {
                continue;
            }
            seen++;
            if (words[i].chars().anyMatch(Character::isDigit)) {
                break;
            }
            if (benchmarks.isLowerBetterMetric(words[i])) {
                return Optional.of(words[i]);
            }
        }
        return Optional.empty();
    }

    /** A metric name folded for comparing: {@code FID scores} and {@code gFID} are {@code fid}. */
    static String metricKey(String name) {
        String w = Credit.words(name).replace('-', ' ').replace('.', ' ');
        w = w.replaceAll("\\s+", " ").strip();
        w = w.replaceAll("(?: scores?)+$", "").strip();
        return switch (w) {
            case "gfid", "fid score", "fid" -> "fid";
            case "acc", "accuracy", "accuracies" -> "accuracy";
            default -> w;
        };
    }

    /** The rows of one group: one per metric key, nameless numbers joining the most common name. */
    private static List<LeaderboardRow> rowsOf(
            GroupId g, List<Candidate> cs, LeaderboardOptions options, Benchmarks benchmarks) {
        Map<String, Integer> named = new LinkedHashMap<>();
        for (Candidate c : cs) {
            if (!c.metricKey.isEmpty()) {
                named.merge(c.metricKey, 1, Integer::sum);
            }
        }
        String usual = benchmarks
                .usualMetric(g.key)
                .filter(u -> benchmarks.isLowerBetterMetric(u) == g.lowerIsBetter)
                .map(Leaderboard::metricKey)
                .orElse("");
        String common = mostCommon(named).orElse(usual);
        Map<String, List<Candidate>> byMetric = new LinkedHashMap<>();
        for (Candidate c : cs) {
            if (c.metricKey.isEmpty()) {
                c.metricKey = common;
            }
            byMetric.computeIfAbsent(c.metricKey, k -> new ArrayList<>()).add(c);
        }
        List<LeaderboardRow> rows = new ArrayList<>();
        byMetric.forEach((metric, list) -> {
            LeaderboardRow row = row(g, metric, list, options, benchmarks);
            if (row != null) {
                rows.add(row);
            }
        });
        return rows;
    }

    private static LeaderboardRow row(
            GroupId g, String metric, List<Candidate> cs, LeaderboardOptions options, Benchmarks benchmarks) {
        boolean lowFirst = g.kind == MetricKind.SCORE && g.lowerIsBetter;
        Comparator<Candidate> lowest = Comparator.comparingDouble((Candidate c) -> c.metric.value());
        Comparator<Candidate> better = lowFirst ? lowest : lowest.reversed();
        // each paper once, with its best value
        Map<Integer, Candidate> bestOfPaper = new LinkedHashMap<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<String, Integer> metricNames = new LinkedHashMap<>();
        for (Candidate c : cs) {
            names.merge(Benchmarks.displayName(c.metric.benchmark().orElseThrow()), 1, Integer::sum);
            c.metricName.ifPresent(n -> metricNames.merge(n.strip(), 1, Integer::sum));
            bestOfPaper.merge(c.seq, c, (a, b) -> better.compare(b, a) < 0 ? b : a);
        }
        if (bestOfPaper.size() < options.minPapers()) {
            return null;
        }
        Comparator<Candidate> ranking =
                better.thenComparing(c -> c.paper.date().orElse(LocalDate.MAX)).thenComparingInt(c -> c.seq);
        List<Candidate> ranked = new ArrayList<>(bestOfPaper.values());
        ranked.sort(ranking);
        List<LeaderboardEntry> entries = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < ranked.size() && i < options.top(); i++) {
            Candidate c = ranked.get(i);
            if (i == 0 || c.metric.value() != ranked.get(i - 1).metric.value()) {
                rank = i + 1;
            }
            entries.add(entry(rank, c));
        }
        Optional<String> metricDisplay = mostCommon(metricNames)
                .or(() -> benchmarks.usualMetric(g.key).filter(u -> metricKey(u).equals(metric)));
        return LeaderboardRow.builder()
                .benchmark(g.key)
                .name(mostCommon(names).orElse(g.key))
                .metric(metricDisplay)
                .unit(g.unit)
                .kind(g.kind)
                .lowerIsBetter(g.lowerIsBetter)
                .paperCount(bestOfPaper.size())
                .entries(entries)
                .timeline(g.kind == MetricKind.SCORE ? timeline(ranked, better) : List.of())
                .build();
    }

    /** The running best by date: dated entries by date, each one better than all before a step. */
    private static List<TimelineStep> timeline(List<Candidate> ranked, Comparator<Candidate> better) {
        List<Candidate> dated = new ArrayList<>();
        for (Candidate c : ranked) {
            if (c.paper.date().isPresent()) {
                dated.add(c);
            }
        }
        dated.sort(Comparator.comparing((Candidate c) -> c.paper.date().orElseThrow())
                .thenComparing(better)
                .thenComparingInt(c -> c.seq));
        List<TimelineStep> steps = new ArrayList<>();
        Candidate best = null;
        for (Candidate c : dated) {
            if (best == null || better.compare(c, best) < 0) {
                best = c;
                steps.add(TimelineStep.builder()
                        .date(c.paper.date().orElseThrow())
                        .value(c.metric.value())
                        .text(c.metric.text())
                        .paperId(c.paper.id())
                        .title(c.paper.title())
                        .build());
            }
        }
        return steps;
    }

    private static LeaderboardEntry entry(int rank, Candidate c) {
        ReportedMetric m = c.metric;
        return LeaderboardEntry.builder()
                .rank(rank)
                .value(m.value())
                .text(m.text())
                .benchmark(m.benchmark().orElseThrow())
                .metric(c.metricName)
                .unit(m.unit())
                .paperId(c.paper.id())
                .title(c.paper.title())
                .date(c.paper.date())
                .sentence(c.claim.sentence())
                .span(m.span())
                .sentenceSpan(Span.of(c.claim.start(), c.claim.end()))
                .baseline(m.baseline())
                .build();
    }

    /** The most frequent spelling; among equals the table's, else the first seen. */
    static Optional<String> spelling(Map<String, Integer> counts, Optional<String> table) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (table.isPresent() && counts.getOrDefault(table.get(), 0) == max && max > 0) {
            return table;
        }
        return mostCommon(counts);
    }

    /** The most frequent key, the first seen among equals. */
    static Optional<String> mostCommon(Map<String, Integer> counts) {
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }
}
