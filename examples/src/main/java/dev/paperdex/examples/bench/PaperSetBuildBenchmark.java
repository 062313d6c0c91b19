package dev.paperdex.examples.bench;

import dev.paperdex.Paper;
import dev.paperdex.query.PaperSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * {@link PaperSet} build with the default analysis on one and on two threads: the papers of {@link
 * PaperSetBenchmark#generate} without their analysis, so that {@code PaperSet.of(papers, threads)}
 * extracts every kept paper's claims (the default extractor) on {@code threads} workers while the
 * building thread fills the columns and indexes.
 *
 * <pre>
 * java -cp examples/target/papers.jar org.openjdk.jmh.Main PaperSetBuildBenchmark -f 1 -wi 1 -i 2
 * </pre>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class PaperSetBuildBenchmark {
    @Param("1000000")
    public int papers;

    @Param({"1", "2"})
    public int threads;

    private List<Paper> bare;

    @Setup
    public void setUp() {
        List<Paper> analysed = PaperSetBenchmark.generate(papers, 2025);
        bare = new ArrayList<>(analysed.size());
        for (Paper p : analysed) {
            bare.add(Paper.builder().from(p).claims(List.of()).analyzed(false).build());
        }
    }

    /** Build the set; every kept paper's claims are extracted. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PaperSet buildExtractingClaims() {
        return PaperSet.of(bare, threads);
    }
}
