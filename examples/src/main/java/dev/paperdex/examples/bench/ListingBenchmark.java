package dev.paperdex.examples.bench;

import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Listing parser throughput beside two baselines in the same run: reading the same file line by
 * line with {@link BufferedReader}, and Jackson reading the same records from JSON Lines. Each
 * operation reads the whole generated file; the secondary results {@code listingMegabytes} and
 * {@code papers} are MB of listing text per second and papers per second (for the JSON Lines
 * baseline: the MB of the listing those records came from, so the ratios compare like with like).
 *
 * <pre>
 * ./mvnw -q -B package -DskipTests
 * java -cp examples/target/papers.jar org.openjdk.jmh.Main ListingBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class ListingBenchmark {
    @Param("32")
    public int megabytes;

    private Path dir;
    private Path listing;
    private Path jsonLines;
    private double listingMb;
    private long cards;

    /** Secondary results: MB of listing text and papers read, reported by JMH as rates per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Rates {
        public double listingMegabytes;
        public long papers;

        @Setup(Level.Iteration)
        public void reset() {
            listingMegabytes = 0;
            papers = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("paperdex-bench");
        listing = dir.resolve("listing.txt");
        jsonLines = dir.resolve("listing.jsonl");
        cards = ListingGenerator.write(listing, megabytes * 1024L * 1024L);
        listingMb = Files.size(listing) / 1048576.0;
        ParseOptions options = ParseOptions.defaults().withYear(2025).withAnalyze(false);
        try (Stream<Paper> papers = Papers.stream(listing, options, d -> {});
                BufferedWriter w = Files.newBufferedWriter(jsonLines, StandardCharsets.UTF_8)) {
            Iterator<Paper> it = papers.iterator();
            while (it.hasNext()) {
                PaperdexJson.writeLine(w, it.next());
            }
        }
        System.out.printf(
                "%nlisting: %.1f MB, %d papers; JSON Lines of the same records: %.1f MB%n",
                Files.size(listing) / 1048576.0, cards, Files.size(jsonLines) / 1048576.0);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(listing);
        Files.deleteIfExists(jsonLines);
        Files.deleteIfExists(dir);
    }

    /** The listing parser, links found, metrics not extracted: the format work alone. */
    @Benchmark
    public long listingParser(Rates rates) throws IOException {
        return count(
                rates,
                Papers.stream(listing, ParseOptions.defaults().withYear(2025).withAnalyze(false), d -> {}));
    }

    /** The listing parser with metric extraction, as {@code papers parse} runs it. */
    @Benchmark
    public long listingParserWithMetrics(Rates rates) throws IOException {
        return count(rates, Papers.stream(listing, ParseOptions.defaults().withYear(2025), d -> {}));
    }

    /** Baseline: {@code BufferedReader.readLine} over the same file. */
    @Benchmark
    public long bufferedReaderLines(Rates rates) throws IOException {
        rates.listingMegabytes += listingMb;
        rates.papers += cards;
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(listing, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                n += line.length();
            }
        }
        return n;
    }

    /** Baseline: Jackson binding the same records from JSON Lines. */
    @Benchmark
    public long jacksonJsonLines(Rates rates) throws IOException {
        return count(rates, PaperdexJson.readLines(Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8)));
    }

    private long count(Rates rates, Stream<Paper> papers) {
        try (papers) {
            long n = papers.count();
            rates.listingMegabytes += listingMb;
            rates.papers += n;
            return n;
        }
    }
}
