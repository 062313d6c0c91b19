package dev.paperdex.examples.bench;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Direction;
import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.group.Aggregates;
import dev.paperdex.group.GroupKey;
import dev.paperdex.group.GroupTable;
import dev.paperdex.query.PaperQuery;
import dev.paperdex.query.PaperSet;
import dev.paperdex.query.QuerySyntax;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link PaperSet} at scale, one thread: building the set over a million generated papers, a
 * selective query on its indexes, a group-by-month, and the same query as a full scan (the query
 * used as a plain {@code Predicate} on every paper) as the baseline, in one run. The million-paper
 * sets are built with claims supplied (none), so that setup does not spend minutes in the claim
 * extractor; {@link #buildWithClaims10k} measures that cost per paper on 10,000 papers. The setup prints
 * the heap taken by the papers and by the set's indexes, per paper, measured after GC.
 *
 * <p>Papers are generated from a fixed seed: titles and abstracts of words drawn from a
 * Zipf-like vocabulary of 20,000 words (so the word index sees a natural mix of rare and common
 * words), 1% with the phrase {@code chain of thought}, dates over 2019-2025, 1 to 30 authors or a
 * team, a code link for 30%, and 0 to 3 metrics on 200 benchmarks.
 *
 * <pre>
 * ./mvnw -q -B -pl examples -am package -DskipTests
 * java -cp examples/target/papers.jar org.openjdk.jmh.Main PaperSetBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class PaperSetBenchmark {
    @Param("1000000")
    public int papers;

    /** Claims for the million-paper sets: none, so that the set's own cost is measured (see {@link #buildWithClaims10k}). */
    private static final Function<Paper, List<Claim>> NO_CLAIMS = p -> List.of();

    private List<Paper> list;
    private List<Paper> sample;
    private PaperSet set;
    private PaperQuery selective;
    private PaperQuery benchmarkQuery;

    @Setup
    public void setUp() {
        long base = usedHeap();
        list = generate(papers, 2025);
        long afterPapers = usedHeap();
        long t0 = System.nanoTime();
        set = PaperSet.of(list, NO_CLAIMS);
        long buildNanos = System.nanoTime() - t0;
        long afterSet = usedHeap();
        selective = QuerySyntax.parse("\"chain of thought\" AND link:code AND year:2025");
        benchmarkQuery = QuerySyntax.parse("benchmark:bench17 kind:score value>=90");
        sample = new ArrayList<>();
        for (Paper p : list.subList(0, 10_000)) {
            sample.add(Paper.builder().from(p).claims(List.of()).analyzed(false).build());
        }
        System.out.printf(
                "%n%d papers: papers %.0f bytes/paper, set indexes %.0f bytes/paper (heap after GC);"
                        + " first build %.2f s; selective query hits %d, benchmark query hits %d%n",
                set.size(),
                (afterPapers - base) / (double) papers,
                (afterSet - afterPapers) / (double) papers,
                buildNanos / 1e9,
                set.filter(selective).size(),
                set.filter(benchmarkQuery).size());
    }

    /** Build the set (dedupe, columns, indexes) from the million papers, claims supplied (none). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PaperSet build() {
        return PaperSet.of(list, NO_CLAIMS);
    }

    /**
     * Build the set from the million papers the default way, {@code PaperSet.of(papers)}: the papers
     * are analysed (as every parser gives them), so their own claims are used and none is extracted.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PaperSet buildDefault() {
        return PaperSet.of(list);
    }

    /**
     * Build a set of 10,000 of the papers stripped of their analysis with the default {@code
     * PaperSet.of}: the per-paper cost of extracting claims, which every paper paid before papers
     * carried their claims.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PaperSet buildWithClaims10k() {
        return PaperSet.of(sample);
    }

    /** A phrase, a link kind and a year, answered from the indexes. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int selectiveQuery() {
        return set.filter(selective).size();
    }

    /** One metric on one benchmark with a kind and a bound, from the benchmark index. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int benchmarkQuery() {
        return set.filter(benchmarkQuery).size();
    }

    /** Count and share per month. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public GroupTable groupByMonth() {
        return set.groupBy(GroupKey.MONTH).aggregate(Aggregates.count(), Aggregates.share());
    }

    /** Count and mean metric value per month: every paper is visited for its metrics. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public GroupTable groupByMonthWithMean() {
        return set.groupBy(GroupKey.MONTH).aggregate(Aggregates.count(), Aggregates.metricMean());
    }

    /** Baseline: the selective query tested on every paper, without the indexes. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long fullScanBaseline() {
        return set.stream().filter(selective).count();
    }

    /** Papers generated from a fixed seed (see the class comment). */
    static List<Paper> generate(int n, long seed) {
        Random random = new Random(seed);
        String[] vocabulary = vocabulary(20_000, random);
        List<Paper> out = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2019, 1, 1);
        int days = (int) (LocalDate.of(2025, 12, 9).toEpochDay() - start.toEpochDay());
        StringBuilder sb = new StringBuilder(512);
        for (int i = 0; i < n; i++) {
            sb.setLength(0);
            for (int w = 0; w < 7; w++) {
                sb.append(vocabulary[zipf(random, vocabulary.length)]).append(w == 2 ? ": " : " ");
            }
            String title = sb.append("v").append(i).toString();
            sb.setLength(0);
            int words = 40 + random.nextInt(30);
            int phraseAt = random.nextInt(100) == 0 ? random.nextInt(words) : -1;
            for (int w = 0; w < words; w++) {
                if (w == phraseAt) {
                    sb.append("chain-of-thought ");
                }
                sb.append(vocabulary[zipf(random, vocabulary.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
            }
            Paper.Builder b = Paper.builder()
                    .title(title)
                    .abstractText(sb.toString())
                    .date(start.plusDays(random.nextInt(days + 1)));
            if (random.nextInt(20) == 0) {
                b.team("Team " + vocabulary[random.nextInt(200)]);
            } else {
                b.authorCount(1 + random.nextInt(30));
            }
            if (random.nextInt(3) == 0) {
                b.commentCount(random.nextInt(10));
            }
            if (random.nextInt(10) < 3) {
                b.addLinks(Link.of("https://github.com/org" + random.nextInt(5000) + "/repo" + i, LinkKind.CODE));
            }
            if (random.nextInt(10) == 0) {
                b.addLinks(Link.of("https://p" + i + ".github.io/", LinkKind.PROJECT_PAGE));
            }
            for (int m = random.nextInt(4); m > 0; m--) {
                boolean score = random.nextBoolean();
                double value = score ? 20 + random.nextInt(800) / 10.0 : random.nextInt(300) / 10.0;
                ReportedMetric.Builder mb = ReportedMetric.builder()
                        .text(value + "%")
                        .value(value)
                        .unit("%")
                        .kind(score ? MetricKind.SCORE : MetricKind.CHANGE)
                        .benchmark("Bench" + zipf(random, 200))
                        .start(0)
                        .end(1);
                if (!score) {
                    mb.direction(Direction.UP);
                }
                b.addMetrics(mb.build());
            }
            // as a parser gives them: analysed, a fifth with a claim on their first metric
            b.analyzed(true);
            Paper p = b.build();
            if (!p.metrics().isEmpty() && random.nextInt(5) == 0) {
                p = Paper.builder()
                        .from(p)
                        .addClaims(Claim.builder()
                                .sentence("We outperform the baseline.")
                                .start(0)
                                .end(1)
                                .addTypes(ClaimType.PERFORMANCE)
                                .addMetricIndexes(0)
                                .build())
                        .build();
            }
            out.add(p);
        }
        return out;
    }

    private static String[] vocabulary(int size, Random random) {
        String[] common = ("the of and a to in we is for that on with model models language large learning data"
                        + " reasoning vision training performance results method task tasks benchmark show propose")
                .split(" ");
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            if (i < common.length) {
                words[i] = common[i];
            } else {
                StringBuilder w = new StringBuilder();
                for (int c = 3 + random.nextInt(8); c > 0; c--) {
                    w.append((char) ('a' + random.nextInt(26)));
                }
                words[i] = w.toString();
            }
        }
        return words;
    }

    /** An index in [0, n) with probability roughly proportional to 1 / (index + 1). */
    private static int zipf(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n + 1.0)) - 1));
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
