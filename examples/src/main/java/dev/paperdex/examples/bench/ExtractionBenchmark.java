package dev.paperdex.examples.bench;

import dev.paperdex.Paper;
import dev.paperdex.analysis.AbstractAnalyzer;
import dev.paperdex.analysis.ClaimExtractor;
import dev.paperdex.analysis.MetricExtractor;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Abstract analysis throughput on the seed abstracts, one thread, in abstracts per second: every
 * operation goes over all abstracts of the two seed listings once. The baseline splits the same
 * abstracts on white space, the least any tokenizer has to do.
 *
 * <pre>
 * ./mvnw -q -B -pl examples -am package -DskipTests
 * java -cp examples/target/papers.jar dev.paperdex.examples.bench.ExtractionBenchmark
 * </pre>
 *
 * <p>{@code main} prints every benchmark's throughput as a ratio to {@code whitespaceSplit} of the
 * same run; {@code org.openjdk.jmh.Main ExtractionBenchmark} runs them without the ratios.
 *
 * <p>The warm-up is long (20 s a benchmark): the analysis is much code, and the JIT takes about 15 s
 * to compile all of it (measured: 696 us an abstract in the first 3 s, 265 at 6 s, 150 from 15 s on),
 * so a short warm-up reports a figure that no long-running program sees.
 *
 * <p>The seeds are read from {@code seeds/} under the working directory, or from the folder named
 * by the system property {@code paperdex.seeds}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {
    /** The number of abstracts in the two seed listings; the setup checks it. */
    static final int ABSTRACTS = 151;

    private static final List<String> SEED_FILES = List.of("000_ac4d8aa2034e5b5f.txt", "003_94c5f68b1bf7e18c.txt");

    private String[] abstracts;
    private List<Optional<String>> titles;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path seeds = Path.of(System.getProperty("paperdex.seeds", "seeds"));
        ParseOptions options = ParseOptions.defaults().withYear(2025).withAnalyze(false);
        List<String> texts = new ArrayList<>();
        titles = new ArrayList<>();
        for (String file : SEED_FILES) {
            for (Paper p : Papers.read(seeds.resolve(file), options).papers()) {
                texts.add(p.abstractText());
                titles.add(Optional.of(p.title()));
            }
        }
        if (texts.size() != ABSTRACTS) {
            throw new IllegalStateException("expected " + ABSTRACTS + " seed abstracts in " + seeds.toAbsolutePath()
                    + ", found " + texts.size());
        }
        abstracts = texts.toArray(new String[0]);
    }

    @Benchmark
    @OperationsPerInvocation(ABSTRACTS)
    public void metrics(Blackhole bh) {
        for (String a : abstracts) {
            bh.consume(MetricExtractor.extract(a));
        }
    }

    /**
     * The whole analysis of an abstract in one pass: links, metrics and the claims linked to them
     * ({@link AbstractAnalyzer#analyze}).
     */
    @Benchmark
    @OperationsPerInvocation(ABSTRACTS)
    public void metricsAndClaims(Blackhole bh) {
        for (int i = 0; i < abstracts.length; i++) {
            bh.consume(AbstractAnalyzer.analyze(titles.get(i), abstracts[i]));
        }
    }

    /** Metrics and claims as two separate calls, each reading the text on its own. */
    @Benchmark
    @OperationsPerInvocation(ABSTRACTS)
    public void separateCalls(Blackhole bh) {
        for (String a : abstracts) {
            bh.consume(ClaimExtractor.extract(a, MetricExtractor.extract(a)));
        }
    }

    /**
     * A cost model, not a product path: reads every character once and counts the words between
     * white space, the least any reader of the text does.
     */
    @Benchmark
    @OperationsPerInvocation(ABSTRACTS)
    public void charScan(Blackhole bh) {
        for (String a : abstracts) {
            int words = 0;
            boolean inWord = false;
            for (int i = 0; i < a.length(); i++) {
                boolean space = Character.isWhitespace(a.charAt(i));
                if (!space && !inWord) {
                    words++;
                }
                inWord = !space;
            }
            bh.consume(words);
        }
    }

    /**
     * A cost model, not a product path: one {@code String} per word between white space, split by
     * hand (no regular expression), the least a tokenizer that keeps each word's text allocates.
     */
    @Benchmark
    @OperationsPerInvocation(ABSTRACTS)
    public void wordStrings(Blackhole bh) {
        for (String a : abstracts) {
            int start = -1;
            for (int i = 0; i <= a.length(); i++) {
                boolean space = i == a.length() || Character.isWhitespace(a.charAt(i));
                if (space && start >= 0) {
                    bh.consume(a.substring(start, i));
                    start = -1;
                } else if (!space && start < 0) {
                    start = i;
                }
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(ABSTRACTS)
    public void whitespaceSplit(Blackhole bh) {
        for (String a : abstracts) {
            bh.consume(a.split("\\s+"));
        }
    }

    /**
     * Runs the benchmarks of this class and prints each one's throughput as a ratio to {@code
     * whitespaceSplit} measured in the same run. Arguments are JMH's (e.g. {@code -f 1 -wi 3 -i 5}).
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        Options options = new OptionsBuilder()
                .parent(cli)
                .include(ExtractionBenchmark.class.getName() + ".*")
                .build();
        Map<String, Double> score = new TreeMap<>();
        for (RunResult r : new Runner(options).run()) {
            String name = r.getParams().getBenchmark();
            score.put(
                    name.substring(name.lastIndexOf('.') + 1),
                    r.getPrimaryResult().getScore());
        }
        double base = score.getOrDefault("whitespaceSplit", Double.NaN);
        System.out.println();
        score.forEach((name, ops) -> System.out.printf(
                Locale.ROOT, "%-18s %,12.0f abstracts/s  %6.3f x whitespaceSplit%n", name, ops, ops / base));
    }
}
