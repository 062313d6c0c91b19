package dev.paperdex.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.Qualifier;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Span;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class MetricExtractorTest {

    /** A builder with the mention's text and span, found as the {@code n}-th occurrence in {@code s}. */
    private static ReportedMetric.Builder at(String s, String text, int n) {
        int i = -1;
        for (int k = 0; k <= n; k++) {
            i = s.indexOf(text, i + 1);
        }
        assertThat(i).as("'%s' in '%s'", text, s).isNotNegative();
        return ReportedMetric.builder().text(text).start(i).end(i + text.length());
    }

    private static ReportedMetric.Builder at(String s, String text) {
        return at(s, text, 0);
    }

    private static Span span(String s, String part) {
        int i = s.indexOf(part);
        assertThat(i).as("'%s' in '%s'", part, s).isNotNegative();
        return Span.of(i, i + part.length());
    }

    private static ReportedMetric.Builder bench(ReportedMetric.Builder b, String s, String benchmark) {
        return b.benchmark(benchmark).benchmarkSpan(span(s, benchmark));
    }

    private static ReportedMetric.Builder base(ReportedMetric.Builder b, String s, String baseline) {
        return b.baseline(baseline).baselineSpan(span(s, baseline));
    }

    @Test
    void readsSignedChangeWithBenchmarkAndBaseline() {
        String s = "Our method beats the strong baseline by +12.5% on CityBench.";
        ReportedMetric expected = base(bench(at(s, "+12.5%"), s, "CityBench"), s, "the strong baseline")
                .value(12.5)
                .unit("%")
                .kind(MetricKind.CHANGE)
                .direction(Direction.UP)
                .build();
        assertThat(MetricExtractor.extract(s)).containsExactly(expected);
    }

    @Test
    void keepsWrittenMinusSign() {
        String s = "The perplexity changes by -3.2 points on WikiText.";
        ReportedMetric expected = bench(at(s, "-3.2 points"), s, "WikiText")
                .value(-3.2)
                .unit("points")
                .kind(MetricKind.CHANGE)
                .direction(Direction.DOWN)
                .build();
        assertThat(MetricExtractor.extract(s)).containsExactly(expected);
    }

    @Test
    void readsLatexEscapedPercentAndTrimsTrailingBenchmarkWord() {
        String s = "It reaches 81.5\\% accuracy on the HarborQA benchmark.";
        ReportedMetric expected = bench(at(s, "81.5\\%"), s, "HarborQA")
                .value(81.5)
                .unit("%")
                .kind(MetricKind.SCORE)
                .metric("accuracy")
                .build();
        assertThat(MetricExtractor.extract(s)).containsExactly(expected);
    }

    @Test
    void readsLatexTieAsSpaceNotAsApproximation() {
        String s = "Training time drops by~20\\% on ImageNet.";
        ReportedMetric expected = bench(at(s, "20\\%"), s, "ImageNet")
                .value(20)
                .unit("%")
                .kind(MetricKind.CHANGE)
                .direction(Direction.DOWN)
                .build();
        assertThat(MetricExtractor.extract(s)).containsExactly(expected);
    }

    @Test
    void readsLatexOperatorsWhoseBackslashWasLostInTheTextCopy() {
        // HF pages copied to text drop the backslash of $\sim$, $\pm$ and $\times$
        String s = "Our system is 1.04sim2.2times faster, cuts memory by sim 11% and by {sim}60%, "
                + "reaches 85.2pm0.3% accuracy and 71.0 pm 0.4 F1, gains 2sim5% on grids of 36times64.";
        assertThat(MetricExtractor.extract(s))
                .extracting(
                        ReportedMetric::text,
                        ReportedMetric::value,
                        ReportedMetric::upper,
                        ReportedMetric::unit,
                        ReportedMetric::kind,
                        ReportedMetric::qualifier)
                .containsExactly(
                        tuple("1.04sim2.2times", 1.04, OptionalDouble.of(2.2), "x", MetricKind.RATIO, Qualifier.EXACT),
                        tuple("sim 11%", 11.0, OptionalDouble.empty(), "%", MetricKind.CHANGE, Qualifier.APPROX),
                        tuple("{sim}60%", 60.0, OptionalDouble.empty(), "%", MetricKind.CHANGE, Qualifier.APPROX),
                        tuple("85.2pm0.3%", 85.2, OptionalDouble.empty(), "%", MetricKind.SCORE, Qualifier.EXACT),
                        tuple("71.0 pm 0.4", 71.0, OptionalDouble.empty(), "", MetricKind.SCORE, Qualifier.EXACT),
                        tuple("2sim5%", 2.0, OptionalDouble.of(5.0), "%", MetricKind.CHANGE, Qualifier.EXACT));
    }

    @Test
    void namesAMetricWithTheWordsThatQualifyItAndAMetricAtACutOff() {
        assertThat(MetricExtractor.extract("It reaches 80.82% strict accuracy and an 86.5% LC win rate on SockBench."))
                .extracting(m -> m.metric().orElse("-"))
                .containsExactly("strict accuracy", "LC win rate");
        assertThat(MetricExtractor.extract("It improves pass@1 from 41.2% to 53.0% on SockBench."))
                .extracting(m -> m.metric().orElse("-"))
                .containsExactly("pass@1", "pass@1");
        assertThat(MetricExtractor.extract(
                        "It achieves 98.0% average success on SockBench and 4.78 average length on PairBench."))
                .extracting(m -> m.metric().orElse("-"))
                .containsExactly("average success", "average length");
        // a comparison before the name is not part of it
        assertThat(MetricExtractor.extract("It reaches 5.1% higher accuracy than scripted arms."))
                .extracting(m -> m.metric().orElse("-"))
                .containsExactly("accuracy");
    }

    @Test
    void readsTheDirectionOfAParticipleBeforeBy() {
        assertThat(MetricExtractor.extract("Most arms lose accuracy, with most systems declining by 3 to 10 points."))
                .extracting(ReportedMetric::text, ReportedMetric::direction)
                .containsExactly(tuple("3 to 10 points", java.util.Optional.of(Direction.DOWN)));
        assertThat(MetricExtractor.extract("Pairing accuracy keeps rising by 4% per added camera."))
                .extracting(ReportedMetric::text, ReportedMetric::direction)
                .containsExactly(tuple("4%", java.util.Optional.of(Direction.UP)));
    }

    @Test
    void readsLostOperatorsInsideMathDollars() {
        String s = "Our system is 3$times$ faster on grids of 36$times$64 and reaches 85.2$pm$0.3 on SockBench.";
        assertThat(MetricExtractor.extract(s))
                .extracting(ReportedMetric::text, ReportedMetric::value, ReportedMetric::unit, ReportedMetric::kind)
                .containsExactly(
                        tuple("3$times$", 3.0, "x", MetricKind.RATIO),
                        tuple("85.2$pm$0.3", 85.2, "", MetricKind.SCORE));
        // away from numbers the same letters are words
        assertThat(MetricExtractor.extract("We write $times$ for products and {sim} for similarity of 2 sets."))
                .isEmpty();
    }

    @Test
    void keepsWordsThatOnlyLookLikeLostOperators() {
        // "sim", "pm" and "times" are read as operators only next to numbers
        String s = "Our sim2real policy runs at 5 pm daily, and the simulator is 3 times faster on 2 sim tasks.";
        assertThat(MetricExtractor.extract(s))
                .extracting(ReportedMetric::text, ReportedMetric::value, ReportedMetric::unit)
                .containsExactly(tuple("3 times", 3.0, "x"));
    }

    @Test
    void readsLatexPlusMinusAndAMathDollarBeforeANumberAsNoCurrency() {
        String s = "It reaches 85.2 $\\pm$ 0.3% accuracy and runs $1.04\\sim2.2\\times$ faster, for under $20 a day.";
        assertThat(MetricExtractor.extract(s))
                .extracting(ReportedMetric::text, ReportedMetric::value, ReportedMetric::upper, ReportedMetric::unit)
                .containsExactly(
                        tuple("85.2 $\\pm$ 0.3%", 85.2, OptionalDouble.empty(), "%"),
                        tuple("1.04\\sim2.2\\times", 1.04, OptionalDouble.of(2.2), "x"),
                        tuple("under $20", 20.0, OptionalDouble.empty(), "$"));
    }

    @Test
    void readsLatexMathQualifiersFactorsAndRanges() {
        String s = "It is $\\sim$18% better and 5$\\times$ faster, with 3\\sim5x gains.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "$\\sim$18%")
                                .value(18)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.UP)
                                .qualifier(Qualifier.APPROX)
                                .build(),
                        at(s, "5$\\times$")
                                .value(5)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.UP)
                                .metric("speed")
                                .build(),
                        at(s, "3\\sim5x")
                                .value(3)
                                .upper(5)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.UP)
                                .build());
    }

    @Test
    void readsHyphenRangeWithCoordinatedBenchmark() {
        String s = "The model yields gains of 4-9% across ArcEval and BoolSet.";
        ReportedMetric expected = bench(at(s, "4-9%"), s, "ArcEval and BoolSet")
                .value(4)
                .upper(9)
                .unit("%")
                .kind(MetricKind.CHANGE)
                .direction(Direction.UP)
                .build();
        assertThat(MetricExtractor.extract(s)).containsExactly(expected);
    }

    @Test
    void readsTildeRangeOfFactors() {
        String s = "Decoding gets a 2~3x speedup.";
        ReportedMetric expected = at(s, "2~3x")
                .value(2)
                .upper(3)
                .unit("x")
                .kind(MetricKind.RATIO)
                .direction(Direction.UP)
                .metric("speedup")
                .build();
        assertThat(MetricExtractor.extract(s)).containsExactly(expected);
    }

    @Test
    void readsRangingFromToAsOneRange() {
        String s = "The probe reaches AUCs ranging from 0.71 to 0.78 on the PathVQA split.";
        ReportedMetric expected = bench(at(s, "0.71 to 0.78"), s, "PathVQA split")
                .value(0.71)
                .upper(0.78)
                .unit("")
                .kind(MetricKind.SCORE)
                .metric("AUCs")
                .build();
        assertThat(MetricExtractor.extract(s)).containsExactly(expected);
    }

    @Test
    void readsFromToAsTwoScoresSharingTheBenchmark() {
        String s = "Recall improves from 41.0% to 47.5% on the DocVQA test set.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        bench(at(s, "41.0%"), s, "DocVQA")
                                .value(41.0)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .build(),
                        bench(at(s, "47.5%"), s, "DocVQA")
                                .value(47.5)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .build());
    }

    @Test
    void readsApproximationAndLowerBoundWithBaseline() {
        String s = "It cuts memory by about 30% and runs over 5 times faster than FlashDecode.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "about 30%")
                                .value(30)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.DOWN)
                                .qualifier(Qualifier.APPROX)
                                .metric("memory")
                                .build(),
                        base(at(s, "over 5 times"), s, "FlashDecode")
                                .value(5)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.UP)
                                .qualifier(Qualifier.MIN)
                                .metric("speed")
                                .build());
    }

    @Test
    void readsMoreThanAndUpTo() {
        String s = "More than 40% of the compute is wasted, while our scheduler is up to 3.5x faster.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "More than 40%")
                                .value(40)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .qualifier(Qualifier.MIN)
                                .build(),
                        at(s, "up to 3.5x")
                                .value(3.5)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.UP)
                                .qualifier(Qualifier.MAX)
                                .metric("speed")
                                .build());
    }

    @Test
    void readsPlusAfterNumberAndTildeBeforeIt() {
        String s = "Throughput rises by 10+% and latency falls by ~18% on average.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "10+%")
                                .value(10)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.UP)
                                .qualifier(Qualifier.MIN)
                                .build(),
                        at(s, "~18%")
                                .value(18)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.DOWN)
                                .qualifier(Qualifier.APPROX)
                                .build());
    }

    @Test
    void readsAtLeast() {
        String s = "The sampler is at least 2x more sample efficient than uniform sampling.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(base(at(s, "at least 2x"), s, "uniform sampling")
                        .value(2)
                        .unit("x")
                        .kind(MetricKind.RATIO)
                        .direction(Direction.UP)
                        .qualifier(Qualifier.MIN)
                        .build());
    }

    @Test
    void readsQualifierBeforeListForEveryItem() {
        String s = "Our planner reduces latency by up to 19.6% and 12.7% on RoboSuite and MetaWorld, respectively.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        bench(at(s, "up to 19.6%"), s, "RoboSuite")
                                .value(19.6)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.DOWN)
                                .qualifier(Qualifier.MAX)
                                .metric("latency")
                                .build(),
                        bench(at(s, "12.7%"), s, "MetaWorld")
                                .value(12.7)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.DOWN)
                                .qualifier(Qualifier.MAX)
                                .metric("latency") // the list shares the metric named before it
                                .build());
    }

    @Test
    void readsFactorsWrittenWithSymbolsAndTimes() {
        String s = "Pruning makes inference 4x faster, uses 3\u00d7 less memory and needs 6 times fewer steps.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "4x")
                                .value(4)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.UP)
                                .metric("speed")
                                .build(),
                        at(s, "3\u00d7")
                                .value(3)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.DOWN)
                                .metric("memory")
                                .build(),
                        at(s, "6 times")
                                .value(6)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.DOWN)
                                .metric("steps")
                                .build());
    }

    @Test
    void givesEachNumberOfAListTheMetricItsNeighbourNames() {
        String s = "It reaches an FID of 2.04 on ImageNet-256 and 2.35 on ImageNet-512, a word error rate (WER) "
                + "of just 0.80% on HWR, and 78.97% strict accuracy on ISE-DSC01 and 80.82% on ViWikiFC, "
                + "while it improves latency by 20% and throughput by 3x.";
        assertThat(MetricExtractor.extract(s))
                .extracting(
                        ReportedMetric::text,
                        m -> m.metric().orElse(null),
                        m -> m.benchmark().orElse(null))
                .containsExactly(
                        tuple("2.04", "FID", "ImageNet-256"),
                        tuple("2.35", "FID", "ImageNet-512"),
                        tuple("0.80%", "word error rate", "HWR"),
                        tuple("78.97%", "strict accuracy", "ISE-DSC01"),
                        tuple("80.82%", "strict accuracy", "ViWikiFC"),
                        tuple("20%", "latency", null),
                        // another quantity and unit, not in the list: never latency (its own name,
                        // throughput after "and", is not read today)
                        tuple("3x", null, null));
    }

    @Test
    void namesTheQuantityOfAFromToPairACompoundAndAQualifiedScore() {
        String s = "On A, SockNet improves MRR from 0.573 to 0.707, with accuracy increasing from 38.79% to 82.38%. "
                + "On B, it reduces branch-value MSE by 45.5%, with Spearman correlation above 0.80. "
                + "On C, it improves the Qwen3-VL-8B agent from 24.9% to 39.0%.";
        assertThat(MetricExtractor.extract(s))
                .extracting(ReportedMetric::text, m -> m.metric().orElse(null))
                .containsExactly(
                        tuple("0.573", "MRR"),
                        tuple("0.707", "MRR"),
                        tuple("38.79%", "accuracy"),
                        tuple("82.38%", "accuracy"),
                        tuple("45.5%", "branch-value MSE"),
                        tuple("above 0.80", "correlation"), // the name read at the number: one word
                        // a model, not a measured quantity
                        tuple("24.9%", null),
                        tuple("39.0%", null));
    }

    @Test
    void namesTheQuantityWrittenAfterAFactor() {
        String s = "SockNet gives a 1.67x speedup, needs up to 20x fewer trainable parameters, takes 2x shorter "
                + "wall time, uses up to 8x the inference compute, trains 4.5x faster training and is 3x cheaper "
                + "while it runs on 3x larger models.";
        assertThat(MetricExtractor.extract(s))
                .extracting(ReportedMetric::text, m -> m.metric().orElse(null))
                .containsExactly(
                        tuple("1.67x", "speedup"),
                        tuple("up to 20x", "trainable parameters"),
                        tuple("2x", "wall time"),
                        tuple("up to 8x", "inference compute"),
                        tuple("4.5x", "training speed"),
                        tuple("3x", "cost"),
                        // a model is no measured quantity
                        tuple("3x", null));
    }

    @Test
    void readsFactorsWrittenWithWords() {
        String s = "Caching gives a 10-fold and an eight-fold reduction in cost, runs twice as fast, "
                + "and is an order of magnitude cheaper than beam search.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "10-fold")
                                .value(10)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.DOWN)
                                .metric("cost") // the list shares the metric named after it
                                .build(),
                        at(s, "eight-fold")
                                .value(8)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.DOWN)
                                .metric("cost")
                                .build(),
                        at(s, "twice")
                                .value(2)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.UP)
                                .build(),
                        base(at(s, "an order of magnitude"), s, "beam search")
                                .value(10)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.DOWN)
                                .qualifier(Qualifier.APPROX)
                                .metric("cost")
                                .build());
    }

    @Test
    void readsFactorOf() {
        String s = "It reduces the error by a factor of 3 on SVHN.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(bench(at(s, "a factor of 3"), s, "SVHN")
                        .value(3)
                        .unit("x")
                        .kind(MetricKind.RATIO)
                        .direction(Direction.DOWN)
                        .metric("error")
                        .build());
    }

    @Test
    void readsHalvingAsFactorTwoDown() {
        String s = "The new loss can halve the error compared to a plain decoder.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(base(at(s, "halve"), s, "a plain decoder")
                        .value(2)
                        .unit("x")
                        .kind(MetricKind.RATIO)
                        .direction(Direction.DOWN)
                        .metric("error")
                        .build());
    }

    @Test
    void readsFactorWordWithoutSymbolAsFactor() {
        String s = "We get a 2.5 speedup and a 1.8 speed-up over vLLM.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        base(at(s, "2.5 speedup"), s, "vLLM")
                                .value(2.5)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.UP)
                                .build(),
                        base(at(s, "1.8 speed-up"), s, "vLLM")
                                .value(1.8)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.UP)
                                .build());
    }

    @Test
    void readsSpreadHyphenatedPointsAndOrdersOfMagnitude() {
        String s =
                "It reaches 85.3\u00b10.4% on CIFAR-10. It gives a 1.5-point gain and cuts cost by 2 orders of magnitude.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        bench(at(s, "85.3\u00b10.4%"), s, "CIFAR-10")
                                .value(85.3)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .build(),
                        at(s, "1.5-point")
                                .value(1.5)
                                .unit("points")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.UP)
                                .build(),
                        at(s, "2 orders of magnitude")
                                .value(100)
                                .unit("x")
                                .kind(MetricKind.RATIO)
                                .direction(Direction.DOWN)
                                .qualifier(Qualifier.APPROX)
                                .metric("cost")
                                .build());
    }

    @Test
    void leavesOutDeviceCountsAndConfiguredRatios() {
        assertThat(MetricExtractor.extract("Training on 8x A100 GPUs with a 75% masking ratio and 50% sparsity."))
                .isEmpty();
        assertThat(MetricExtractor.extract("We mask 15% of tokens and apply 4x downsampling before decoding."))
                .isEmpty();
        assertThat(MetricExtractor.extract(
                        "Our contribution is twofold: 80%/10%/10% splits and 5-fold cross-validation."))
                .isEmpty();
    }

    @Test
    void readsSignedBareDeltaAfterEquals() {
        String s = "The gap shrinks to \u0394 = -15.25 on the Multi30K split.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(bench(at(s, "-15.25"), s, "Multi30K split")
                        .value(-15.25)
                        .unit("")
                        .kind(MetricKind.CHANGE)
                        .direction(Direction.DOWN)
                        .build());
    }

    @Test
    void readsPointsAndPercentagePointsWithSharedBaseline() {
        String s = "It gains 3.1 points on GLUE and 2.4 percentage points on SuperGLUE over RoBERTa.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        base(bench(at(s, "3.1 points"), s, "GLUE"), s, "RoBERTa")
                                .value(3.1)
                                .unit("points")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.UP)
                                .build(),
                        base(bench(at(s, "2.4 percentage points"), s, "SuperGLUE"), s, "RoBERTa")
                                .value(2.4)
                                .unit("points")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.UP)
                                .build());
    }

    @Test
    void readsBareScoresAfterMetricNames() {
        String s = "It reaches an FID of 2.1 on FFHQ and a BLEU of 35.2 on WMT14.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        bench(at(s, "2.1"), s, "FFHQ")
                                .value(2.1)
                                .unit("")
                                .kind(MetricKind.SCORE)
                                .metric("FID")
                                .build(),
                        bench(at(s, "35.2"), s, "WMT14")
                                .value(35.2)
                                .unit("")
                                .kind(MetricKind.SCORE)
                                .metric("BLEU")
                                .build());
    }

    @Test
    void readsMetricNameInPlaceOfUnitAsMetric() {
        String s = "The detector obtains 12.3 mAP on LVIS.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(bench(at(s, "12.3"), s, "LVIS")
                        .value(12.3)
                        .unit("")
                        .kind(MetricKind.SCORE)
                        .metric("mAP")
                        .build());
    }

    @Test
    void givesEachNumberOfACoordinatedListTheBenchmarkInTheSamePosition() {
        String s = "The model achieves scores of 61.2% and 73.4% on AlphaQA and BetaQA, respectively.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        bench(at(s, "61.2%"), s, "AlphaQA")
                                .value(61.2)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .build(),
                        bench(at(s, "73.4%"), s, "BetaQA")
                                .value(73.4)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .build());
    }

    @Test
    void givesEachNumberOfACoordinatedListTheBaselineInTheSamePosition() {
        String s = "SockNet outperforms GPT-4o and Gemini-1.5-Pro by 16% and 21%, respectively.";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.text(), m -> m.baseline().orElse("-"))
                .containsExactly(tuple("16%", "GPT-4o"), tuple("21%", "Gemini-1.5-Pro"));
        String points = "Our method improves over LoRA and DoRA by 3.1 and 2.4 points, respectively.";
        assertThat(MetricExtractor.extract(points))
                .extracting(m -> m.value(), m -> m.baseline().orElse("-"))
                .containsExactly(tuple(3.1, "LoRA"), tuple(2.4, "DoRA"));
        // one baseline for a list of two numbers covers both; two baselines for three numbers, neither
        String one = "SockNet outperforms GPT-4o by 16% and 21% on MMLU and GSM8K, respectively.";
        assertThat(MetricExtractor.extract(one))
                .extracting(m -> m.baseline().orElse("-"))
                .containsExactly("GPT-4o", "GPT-4o");
        String three = "SockNet outperforms GPT-4o and Gemini by 16%, 21% and 9%.";
        assertThat(MetricExtractor.extract(three))
                .extracting(m -> m.baseline().orElse("-"))
                .containsOnly("GPT-4o");
    }

    @Test
    void keepsTheBenchmarkOfAHighlightedPartOffTheOverallNumberBeforeIt() {
        String s = "Accuracy rises by 12%, with the largest gain on SockBench (+30%).";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.text(), m -> m.benchmark().orElse("-"))
                .containsExactly(tuple("12%", "-"), tuple("+30%", "SockBench"));
        String plain = "Accuracy rises by 12% and 30% on SockBench.";
        assertThat(MetricExtractor.extract(plain))
                .extracting(m -> m.benchmark().orElse("-"))
                .containsExactly("SockBench", "SockBench");
    }

    @Test
    void readsRespectivelyWithThreeItemsAndInheritsTheKind() {
        String s = "Accuracy improves by 2.5%, 3.1%, and 4.0% on ScanQA, ReferIt, and NuCap respectively.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        bench(at(s, "2.5%"), s, "ScanQA")
                                .value(2.5)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.UP)
                                .build(),
                        bench(at(s, "3.1%"), s, "ReferIt")
                                .value(3.1)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.UP)
                                .build(),
                        bench(at(s, "4.0%"), s, "NuCap")
                                .value(4.0)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.UP)
                                .build());
    }

    @Test
    void readsBenchmarkListThatPrecedesRespectively() {
        String s =
                "We test on DocBench, TabBench, and MapBench, where our agent gains 4.1%, 2.2%, and 1.9% respectively.";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly("DocBench", "TabBench", "MapBench");
    }

    @Test
    void readsBaselineAfterRelativeToAndBenchmarkAfterIt() {
        String s = "The agent improves success by 7.5% relative to the greedy planner on WebShop.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(base(bench(at(s, "7.5%"), s, "WebShop"), s, "the greedy planner")
                        .value(7.5)
                        .unit("%")
                        .kind(MetricKind.CHANGE)
                        .direction(Direction.UP)
                        .metric("success")
                        .build());
    }

    @Test
    void readsComparativeAfterNumberAsChangeWithBaselineAfterThan() {
        String s = "The accuracy is 12.5% lower than XNet.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(base(at(s, "12.5%"), s, "XNet")
                        .value(12.5)
                        .unit("%")
                        .kind(MetricKind.CHANGE)
                        .direction(Direction.DOWN)
                        .build());
    }

    @Test
    void readsBareScoreAfterScoreVerbAndBareChangeAfterBy() {
        String s = "It reaches 89.5 on GLUE and improves mAP by 3.4 on LVIS.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        bench(at(s, "89.5"), s, "GLUE")
                                .value(89.5)
                                .unit("")
                                .kind(MetricKind.SCORE)
                                .build(),
                        bench(at(s, "3.4"), s, "LVIS")
                                .value(3.4)
                                .unit("")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.UP)
                                .metric("mAP")
                                .build());
    }

    @Test
    void readsBenchmarkOfResultsBeforeTheNumberAndSkipsTopK() {
        String s = "Results on MMLU (5-shot) show 70.1% top-1 accuracy.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(bench(at(s, "70.1%"), s, "MMLU")
                        .value(70.1)
                        .unit("%")
                        .kind(MetricKind.SCORE)
                        .metric("top-1 accuracy")
                        .build());
    }

    @Test
    void readsDurationsOfFromToPairs() {
        String s = "Latency is reduced from 120 ms to 45 ms per token.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "120 ms")
                                .value(120)
                                .unit("ms/token")
                                .kind(MetricKind.SCORE)
                                .build(),
                        at(s, "45 ms per token")
                                .value(45)
                                .unit("ms/token")
                                .kind(MetricKind.SCORE)
                                .build());
    }

    @Test
    void readsBareFromToAfterAMetricAndItsBenchmarkBefore() {
        String s = "The pass@1 on HumanEval rises from 48.2 to 61.0, and a WER of 5.2% on the test set.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        bench(at(s, "48.2"), s, "HumanEval")
                                .value(48.2)
                                .unit("")
                                .kind(MetricKind.SCORE)
                                .build(),
                        bench(at(s, "61.0"), s, "HumanEval")
                                .value(61.0)
                                .unit("")
                                .kind(MetricKind.SCORE)
                                .build(),
                        at(s, "5.2%")
                                .value(5.2)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .metric("WER")
                                .build());
    }

    @Test
    void leavesOutHardwareAndTheWorkItselfAsBenchmarks() {
        String s = "In this work, it runs at 30 FPS on a single A100 GPU and cuts cost by 20%.";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly(null, null);
    }

    @Test
    void readsDurationsOnlyWithABoundAndRates() {
        String s = "It generates 10-second clips within 2 seconds and decodes at 120 tokens/s.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "within 2 seconds")
                                .value(2)
                                .unit("second")
                                .kind(MetricKind.SCORE)
                                .qualifier(Qualifier.MAX)
                                .build(),
                        at(s, "120 tokens/s")
                                .value(120)
                                .unit("token/s")
                                .kind(MetricKind.SCORE)
                                .build());
    }

    @Test
    void leavesOutSizesCountsLengthsAndYears() {
        assertThat(MetricExtractor.extract(
                        "We train a 7B model on 54K problems using 12,000 GPUs with a 2048K context length in 2024."))
                .isEmpty();
        assertThat(MetricExtractor.extract(
                        "It covers over 30 tasks with more than 1.5 million samples and 14 datasets."))
                .isEmpty();
    }

    @Test
    void leavesOutDigitsInsideNamesVersionsAndIdentifiers() {
        assertThat(MetricExtractor.extract("GPT-4o, Qwen2.5-7B, ImageNet-1K, MATH500 and Kinetics-400 are compared "
                        + "with SD3.5 and Llama 3.1 in version 3.1 (arXiv:2410.15027)."))
                .isEmpty();
    }

    @Test
    void leavesOutStagesShotsAndConfiguredValues() {
        assertThat(MetricExtractor.extract("A three-stage recipe with 4-shot prompts, k=3, 5-second clips, "
                        + "a masking ratio of 75% and 64x64 images."))
                .isEmpty();
    }

    @Test
    void spansPointAtTheMentionText() {
        String s = "Our method beats the strong baseline by +12.5% on CityBench, runs 2~3x faster, and reaches "
                + "81.5\\% accuracy, an FID of 2.1 and a 3-13% gain (from 57.2% to 65.\\%) over RoBERTa.";
        List<ReportedMetric> metrics = MetricExtractor.extract(s);
        assertThat(metrics).hasSize(7);
        for (ReportedMetric m : metrics) {
            assertThat(s.substring(m.start(), m.end())).isEqualTo(m.text());
            m.benchmarkSpan()
                    .ifPresent(
                            b -> assertThat(b.textIn(s)).isEqualTo(m.benchmark().orElseThrow()));
            m.baselineSpan()
                    .ifPresent(
                            b -> assertThat(b.textIn(s)).isEqualTo(m.baseline().orElseThrow()));
        }
    }

    @Test
    void readsBareScoresRightAfterAMetricName() {
        String s = "Our sampler reaches FID 3.1 on FooGen, a link (r > 0.8) with quality, and a "
                + "Spearman correlation above 0.75.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        bench(at(s, "3.1"), s, "FooGen")
                                .value(3.1)
                                .unit("")
                                .kind(MetricKind.SCORE)
                                .metric("FID")
                                .build(),
                        at(s, "> 0.8")
                                .value(0.8)
                                .unit("")
                                .kind(MetricKind.SCORE)
                                .qualifier(Qualifier.MIN)
                                .metric("r")
                                .build(),
                        at(s, "above 0.75")
                                .value(0.75)
                                .unit("")
                                .kind(MetricKind.SCORE)
                                .qualifier(Qualifier.MIN)
                                .metric("correlation")
                                .build());
    }

    @Test
    void readsPrefixedMetricNamesAndScoresInParenthesesAfterThem() {
        String s = "It gets a gFID of 1.9 and higher scores (7.2 on FooChat-hard and 8.1 on FooChat-full).";
        assertThat(MetricExtractor.extract(s))
                .extracting(
                        ReportedMetric::text,
                        ReportedMetric::value,
                        m -> m.benchmark().orElse(null))
                .containsExactly(
                        tuple("1.9", 1.9, null), tuple("7.2", 7.2, "FooChat-hard"), tuple("8.1", 8.1, "FooChat-full"));
    }

    @Test
    void readsLatexEnDashRangesAndBracedApproximation() {
        String s = "Errors drop by 3.1--4.2 points and costs fall by {\\sim}60%.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "3.1--4.2 points")
                                .value(3.1)
                                .upper(4.2)
                                .unit("points")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.DOWN)
                                .build(),
                        at(s, "{\\sim}60%")
                                .value(60)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.DOWN)
                                .qualifier(Qualifier.APPROX)
                                .build());
    }

    @Test
    void readsScientificNotationAndLeavesOutSizesWrittenWithTimes() {
        assertThat(MetricExtractor.extract("We use 36$\\times$64 patches with a learning rate of 3.2 x 10^-5."))
                .isEmpty();
        String s = "The model reaches an MSE of 3.2 x 10^-5 on FooSim.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(bench(at(s, "3.2 x 10^-5"), s, "FooSim")
                        .value(3.2e-5)
                        .unit("")
                        .kind(MetricKind.SCORE)
                        .metric("MSE")
                        .build());
    }

    @Test
    void readsFromToWithAPhraseBetweenTheEnds() {
        String s = "Accuracy rises from 5% on the old split to 9% on FooBench.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "5%").value(5).unit("%").kind(MetricKind.SCORE).build(),
                        bench(at(s, "9%"), s, "FooBench")
                                .value(9)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .build());
    }

    @Test
    void readsCompoundAndGluedUnitsAndCurrency() {
        String s = "Latency is 0.5s per frame, throughput reaches 120 token/s and training costs <$20.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "0.5s per frame")
                                .value(0.5)
                                .unit("second/frame")
                                .kind(MetricKind.SCORE)
                                .build(),
                        at(s, "120 token/s")
                                .value(120)
                                .unit("token/s")
                                .kind(MetricKind.SCORE)
                                .build(),
                        at(s, "<$20")
                                .value(20)
                                .unit("$")
                                .kind(MetricKind.SCORE)
                                .qualifier(Qualifier.MAX)
                                .metric("training costs")
                                .build());
    }

    @Test
    void leavesOutSetUpNumbersAndDigitsOfBenchmarkNames() {
        String s = "We collect a 90-hour corpus, fine-tune for 10 hours at 30 FPS input, and score 40% on "
                + "ARC-AGI 1 and 50% on AlpacaEval 2.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        bench(at(s, "40%"), s, "ARC-AGI 1")
                                .value(40)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .build(),
                        bench(at(s, "50%"), s, "AlpacaEval 2")
                                .value(50)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .build());
    }

    @Test
    void readsBenchmarksAcrossParentheses() {
        String s = "It achieves 71.2% (a new record) on QuxBench and leads the ProofLand benchmark (25.3%).";
        assertThat(MetricExtractor.extract(s))
                .extracting(ReportedMetric::text, m -> m.benchmark().orElse(null))
                .containsExactly(tuple("71.2%", "QuxBench"), tuple("25.3%", "ProofLand"));
    }

    @Test
    void readsTheBenchmarkNamedEarlierInTheSentence() {
        String s = "Our results on FooBench show that the method is strong, reaching 27%.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(bench(at(s, "27%"), s, "FooBench")
                        .value(27)
                        .unit("%")
                        .kind(MetricKind.SCORE)
                        .build());
    }

    @Test
    void readsRespectivelyWithHyphenatedNames() {
        String s = "We obtain 10%, 20% and 30% on A-Set, B-Set and C-Set, respectively.";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly("A-Set", "B-Set", "C-Set");
    }

    @Test
    void leavesOutModelsHardwareAndVaguePhrasesAsBenchmarks() {
        String s = "It is 2x faster on H100, gains +4% on Llama-3-8B across backbones, is 3x faster on "
                + "cache hits and improves accuracy by 4% across all axes.";
        assertThat(MetricExtractor.extract(s))
                .extracting(ReportedMetric::text, m -> m.benchmark().orElse(null))
                .containsExactly(tuple("2x", null), tuple("+4%", null), tuple("3x", null), tuple("4%", null));
    }

    @Test
    void readsOutcomeCounts() {
        String s = "Our agent solves 13 of 73 tasks and is better for three out of four datasets, winning in "
                + "5/5 seeds.";
        assertThat(MetricExtractor.extract(s))
                .containsExactly(
                        at(s, "13").value(13).unit("").kind(MetricKind.SCORE).build(),
                        at(s, "three").value(3).unit("").kind(MetricKind.SCORE).build(),
                        at(s, "5/5").value(5).unit("").kind(MetricKind.SCORE).build());
    }

    @Test
    void readsFactorsOfAList() {
        String s = "It achieves acceleration factors of 2.5, 2.1, and 1.9.";
        assertThat(MetricExtractor.extract(s))
                .extracting(ReportedMetric::value, ReportedMetric::unit, ReportedMetric::kind)
                .containsExactly(
                        tuple(2.5, "x", MetricKind.RATIO),
                        tuple(2.1, "x", MetricKind.RATIO),
                        tuple(1.9, "x", MetricKind.RATIO));
    }

    @Test
    void takesTheBenchmarkTheAbstractDeclaresOrEvaluatesOn() {
        String declared =
                "We introduce CrabBench, a benchmark for crab counting. The best model reaches only " + "41% accuracy.";
        assertThat(MetricExtractor.extract(declared))
                .containsExactly(bench(at(declared, "41%"), declared, "CrabBench")
                        .value(41)
                        .unit("%")
                        .kind(MetricKind.SCORE)
                        .metric("accuracy")
                        .build());
        String before = "Evaluations on the GooseQA benchmark show clear gains. With a small model, it lifts "
                + "accuracy from 40% to 52%.";
        assertThat(MetricExtractor.extract(before))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly("GooseQA", "GooseQA");
        String quoted = "We present \"Owl Eye\", a benchmark of puzzles. Humans achieve 80% accuracy.";
        assertThat(MetricExtractor.extract(quoted))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly("Owl Eye");
    }

    @Test
    void takesNoBenchmarkWhenTheAbstractDeclaresSeveral() {
        String s = "We introduce AlphaSet, a benchmark for maps, and BetaSet, a benchmark for charts. The best "
                + "model reaches 41% accuracy.";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly((String) null);
    }

    @Test
    void readsClauseLeadsAfterSemicolonsAndAppositiveChanges() {
        String s = "We test two tasks: in Skill Search, it improves MRR from 0.51 to 0.62; in Risk Rating, it "
                + "lifts F1 from 0.70 to 0.75.";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly("Skill Search", "Skill Search", "Risk Rating", "Risk Rating");
        String a = "It achieves 51.2% on the public MemoBench benchmark, a nearly 3% improvement upon MemX.";
        assertThat(MetricExtractor.extract(a))
                .containsExactly(
                        bench(at(a, "51.2%"), a, "MemoBench")
                                .value(51.2)
                                .unit("%")
                                .kind(MetricKind.SCORE)
                                .build(),
                        base(bench(at(a, "nearly 3%"), a, "MemoBench"), a, "MemX")
                                .value(3)
                                .unit("%")
                                .kind(MetricKind.CHANGE)
                                .direction(Direction.UP)
                                .qualifier(Qualifier.APPROX)
                                .build());
    }

    @Test
    void givesAChangeTheBenchmarkOfAnEarlierScoreWithTheSameMetric() {
        String s = "It reaches a 7.4 FooText perplexity and 70.1% accuracy on 5 reasoning tasks, beating "
                + "BarQuant with a 0.9 perplexity improvement and +5.2 points accuracy.";
        assertThat(MetricExtractor.extract(s))
                .extracting(
                        ReportedMetric::text,
                        m -> m.benchmark().orElse(null),
                        m -> m.metric().orElse(null))
                .containsExactly(
                        tuple("7.4", "FooText", "perplexity"),
                        tuple("70.1%", "reasoning tasks", "accuracy"),
                        tuple("0.9", "FooText", "perplexity"),
                        tuple("+5.2 points", "reasoning tasks", "accuracy"));
    }

    @Test
    void carriesASentenceLeadToTheNextSentenceButNotASettingCutByParentheses() {
        String s = "Across 6 deep search benchmarks, it lifts the agent from 20.1% to 30.2% on average. At a "
                + "larger scale, it raises the score from 31.5% to 40.5%.";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly(
                        "deep search benchmarks",
                        "deep search benchmarks",
                        "deep search benchmarks",
                        "deep search benchmarks");
        String setting =
                "For instance, in W8A8 (8-bit weight, 8-bit activation) Llama-3-8B, it improves accuracy " + "by 2.5%.";
        assertThat(MetricExtractor.extract(setting))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly((String) null);
    }

    @Test
    void returnsNothingForTextWithoutNumbers() {
        assertThat(MetricExtractor.extract("")).isEmpty();
        assertThat(MetricExtractor.extract("We propose a new method.")).isEmpty();
    }

    @Test
    void givesTheSameResultsFromManyThreads() {
        String s = "It gains 3.1 points on GLUE and 2.4 percentage points on SuperGLUE over RoBERTa, "
                + "runs 4x faster and cuts memory by about 30%.";
        List<ReportedMetric> expected = MetricExtractor.extract(s);
        List<List<ReportedMetric>> results = IntStream.range(0, 2000)
                .parallel()
                .mapToObj(i -> MetricExtractor.extract(s))
                .collect(Collectors.toList());
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void neverThrowsAndKeepsSpansOnRandomFragments() {
        String[] fragments = {
            "by",
            "up",
            "to",
            "from",
            "between",
            "and",
            ",",
            ".",
            " ",
            "%",
            "\\%",
            "~",
            "+",
            "-",
            "x",
            "\u00d7",
            "times",
            "fold",
            "-fold",
            "twice",
            "halve",
            "an order of magnitude",
            "on",
            "MATH",
            "GSM8K",
            "(",
            ")",
            "respectively",
            "than",
            "over",
            "compared to",
            "12",
            "3.5",
            "0.1",
            "1,000",
            "2024",
            "7B",
            "GPT-4o",
            "=",
            "k",
            "\u0394",
            "points",
            "seconds",
            "within",
            "more than",
            "$",
            "/s",
            "of",
            "the",
            "ranging",
            "F1",
            "FID",
            "score",
            "accuracy",
            "reduces",
            "improves",
            "65.",
            "@",
            "\u2264",
            "<",
            ">"
        };
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(30);
            for (int i = 0; i < len; i++) {
                b.append(fragments[random.nextInt(fragments.length)]);
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String s = b.toString();
            for (ReportedMetric m : MetricExtractor.extract(s)) {
                assertThat(s.substring(m.start(), m.end())).as(s).isEqualTo(m.text());
                m.benchmarkSpan()
                        .ifPresent(sp -> assertThat(Spaces.oneLine(sp.textIn(s)))
                                .as(s)
                                .isEqualTo(m.benchmark().orElseThrow()));
                m.baselineSpan()
                        .ifPresent(sp -> assertThat(Spaces.oneLine(sp.textIn(s)))
                                .as(s)
                                .isEqualTo(m.baseline().orElseThrow()));
            }
        }
    }

    private static String repeat(String unit, int length) {
        StringBuilder b = new StringBuilder(length + unit.length());
        while (b.length() < length) {
            b.append(unit);
        }
        return b.toString();
    }

    @Test
    void readsABenchmarkCutByALineBreakAsOneLineAndKeepsWhereItWasWritten() {
        String s = "It is 2.34x faster on multi-document\nquestion-answering than the dense\nbaseline model.";
        ReportedMetric m = MetricExtractor.extract(s).get(0);
        assertThat(m.benchmark()).hasValue("multi-document question-answering");
        assertThat(m.benchmarkSpan().map(sp -> sp.textIn(s))).hasValue("multi-document\nquestion-answering");
        assertThat(m.baseline()).hasValue("the dense baseline model");
    }

    @Test
    void readsASentenceInitialListOfBenchmarksUpToTheCommaAfterItsConjunction() {
        String s = "On ARC and DART, Dr.LLM improves accuracy by up to +3.4%.";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly("ARC and DART");
    }

    @Test
    void keepsShortGlossesOfTheItemsOfABenchmarkList() {
        String s = "On ARC (logic) and DART (math), the router improves accuracy by 3.4%.";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly("ARC (logic) and DART (math)");
        // a parenthesis that is not a gloss of a list item stays out of the benchmark
        String setting = "Our model reaches 45.2% on MMLU (general knowledge) and 60.1% on GSM8K.";
        assertThat(MetricExtractor.extract(setting))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly("MMLU", "GSM8K");
    }

    @Test
    void readsANamedDatasetAfterDescribingWords() {
        String s = "Its FactScore on the out-of-domain Biography dataset is also improved from 30.29% to 39.39%.";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.benchmark().orElse(null))
                .containsExactly("Biography", "Biography");
    }

    @Test
    void readsTheScoreOfTheModelComparedWithOnTheBenchmarkOfTheSentence() {
        String s = "Our model reaches 77.5% on ANAH, surpassing Llama3.1-70B (53.4%).";
        assertThat(MetricExtractor.extract(s))
                .extracting(m -> m.benchmark().orElse(null), m -> m.baseline().orElse(null))
                .containsExactly(tuple("ANAH", null), tuple("ANAH", "Llama3.1-70B"));
        String of = "The score on the ANAH test set rises from 49.19% to 77.53%, even surpassing the score of "
                + "Llama3.1-70B-Instruct (53.44%).";
        assertThat(MetricExtractor.extract(of).get(2).baseline()).hasValue("the score of Llama3.1-70B-Instruct");
        assertThat(MetricExtractor.extract(of).get(2).benchmark()).hasValue("ANAH");
    }

    @Test
    void readsNoBenchmarkInModelsOrMethodsRunWithButATaskOfTrainingThem() {
        String setup = "Our system is 2.2x faster across multiple LLM inference optimizations than the GPU baseline.";
        assertThat(MetricExtractor.extract(setup).get(0).benchmark()).isEmpty();
        String task = "The framework reduces the computational cost by about 20% on training BERT/GPT-Base models.";
        assertThat(MetricExtractor.extract(task).get(0).benchmark()).hasValue("training BERT/GPT-Base models");
    }

    @Test
    void runsInLinearTimeOnPathologicalInput() {
        List<String> inputs = List.of(
                repeat("12.5%3.4.%%9", 100_000),
                repeat("1.", 100_000),
                repeat("+-", 100_000),
                repeat("~", 100_000),
                repeat("1 ", 100_000),
                repeat("by up to 1-2% and ", 100_000),
                repeat("1234567890", 100_000));
        // a guard against blow-up, not a speed check (that is ExtractionBenchmark's): each input is
        // about a million characters, so a quadratic step would take hours, and linear work takes
        // well under a second even on a loaded machine
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String in : inputs) {
                MetricExtractor.extract(in);
            }
        });
    }
}
