package dev.paperdex.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class BenchmarksTest {
    private static final Benchmarks B = Benchmarks.standard();

    private static List<String> keys(String... names) {
        return java.util.Arrays.stream(names).map(B::key).toList();
    }

    @Test
    void foldsSpellingsOfOneBenchmarkIntoOneKey() {
        assertThat(keys("AIME24", "AIME-24", "AIME 2024", "the AIME 2024 benchmark", "AIME'24", "aime_2024"))
                .containsOnly("aime2024");
        assertThat(keys("ImageNet-1K", "ImageNet1K", "ImageNet", "ImageNet 1k", "ILSVRC-2012"))
                .containsOnly("imagenet");
        assertThat(keys("GSM8K", "GSM-8K", "gsm8k", "The GSM8K dataset", "GSM 8K"))
                .containsOnly("gsm8k");
        assertThat(keys("ImageNet 256x256", "ImageNet-256", "ImageNet 256×256", "ImageNet 256 x 256"))
                .containsOnly("imagenet256x256");
        assertThat(keys("MATH500", "MATH-500", "MATH 500")).containsOnly("math500");
        assertThat(keys("HumanEval+", "HumanEval Plus")).containsOnly("humanevalplus");
    }

    @Test
    void keepsVariantsThatMeasureDifferentThingsApart() {
        assertThat(keys("AIME 2024", "AIME 2025", "ImageNet", "ImageNet 256x256", "ImageNet 512x512"))
                .doesNotHaveDuplicates();
        assertThat(keys("SWE-bench Verified", "SWE-bench Lite", "SWE-bench", "HumanEval", "HumanEval+"))
                .doesNotHaveDuplicates();
        assertThat(keys("MMLU", "MMLU-Pro", "MATH", "MATH-500", "CIFAR-10", "CIFAR-100"))
                .doesNotHaveDuplicates();
        // sizes are not years: ImageNet-21K is not "ImageNet 2021"
        assertThat(B.key("ImageNet-21K")).isEqualTo("imagenet21k");
        assertThat(Benchmarks.fold("CIFAR-10")).isEqualTo("cifar10");
    }

    @Test
    void keyingAKeyGivesTheSameKey() {
        for (String name : List.of("AIME24", "ImageNet 256×256", "The SWE-bench Verified benchmark", "MMLU-Pro", "x")) {
            assertThat(B.key(B.key(name))).isEqualTo(B.key(name));
        }
        assertThat(B.key("--")).isEmpty();
    }

    @Test
    void showsNamesAsWrittenWithoutArticleOrSuffix() {
        assertThat(Benchmarks.displayName("the  GSM8K benchmark")).isEqualTo("GSM8K");
        assertThat(Benchmarks.displayName("ImageNet-1K")).isEqualTo("ImageNet-1K");
        assertThat(B.tableName(B.key("swebench verified"))).hasValue("SWE-bench Verified");
    }

    @Test
    void knowsLowerIsBetterFromMetricNamesAndFromTheBenchmarksUsualMetric() {
        assertThat(List.of(
                                "FID",
                                "gFID",
                                "FID scores",
                                "Word Error Rate",
                                "WER",
                                "top-1 error",
                                "PPL",
                                "perplexity",
                                "CER",
                                "latency",
                                "EPE",
                                "RMSE",
                                "bits per dim")
                        .stream()
                        .filter(B::isLowerBetterMetric))
                .hasSize(13);
        assertThat(List.of("accuracy", "F1", "tokens per second", "BLEU", "pass@1", "mIoU", "IS").stream()
                        .filter(B::isLowerBetterMetric))
                .isEmpty();
        assertThat(B.isLowerBetter(Optional.empty(), B.key("ImageNet 256x256"))).isTrue();
        assertThat(B.isLowerBetter(Optional.empty(), B.key("LibriSpeech test-clean")))
                .isTrue();
        assertThat(B.isLowerBetter(Optional.empty(), B.key("GSM8K"))).isFalse();
        assertThat(B.isLowerBetter(Optional.of("IS"), B.key("ImageNet 256x256")))
                .isFalse();
        assertThat(B.usualMetric(B.key("GSM-8K"))).hasValue("accuracy");
    }

    @Test
    void aUserTableAddsBenchmarksAndWinsOverTheStandardOne() {
        Benchmarks mine = B.withTable(Benchmarks.parse("""
                # my lab's benchmarks
                [benchmarks]
                RoboSuite Hard = RS-H, RoboSuiteHard ; episode length lower
                GSM8K = GSM8K-Platinum ; accuracy
                [lower-is-better metrics]
                collisions, steps to goal
                """));
        assertThat(mine.key("RS-H")).isEqualTo(mine.key("RoboSuite Hard")).isEqualTo("robosuitehard");
        assertThat(mine.isLowerBetter(Optional.empty(), mine.key("RS-H"))).isTrue();
        assertThat(mine.isLowerBetterMetric("number of collisions")).isTrue();
        assertThat(mine.isLowerBetterMetric("Steps to goal")).isTrue();
        assertThat(mine.key("GSM8K Platinum")).isEqualTo("gsm8k");
        assertThat(mine.key("AIME24")).isEqualTo("aime2024");
        // the standard table is unchanged
        assertThat(B.key("RS-H")).isEqualTo("rsh");
        assertThat(B.isLowerBetterMetric("collisions")).isFalse();
    }

    @Test
    void rejectsATableLineOutsideASectionWithItsNumber() {
        assertThatThrownBy(() -> Benchmarks.parse("# comment\nGSM8K = GSM-8K\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("benchmark table line 2 must follow a [benchmarks] or [lower-is-better metrics] header,"
                        + " found 'GSM8K = GSM-8K'");
        assertThatThrownBy(() -> Benchmarks.parse("[metrics]\n"))
                .hasMessage(
                        "benchmark table line 1 must be [benchmarks] or [lower-is-better metrics], found '[metrics]'");
    }
}
