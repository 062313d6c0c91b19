package dev.paperdex.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class ClaimExtractorTest {
    private static final String INTRO = "Sorting socks is hard for robots. We propose SockNet, a folding policy. ";

    private static List<Claim> claims(String text) {
        return ClaimExtractor.extract(text, List.of());
    }

    private static Claim onlyClaim(String sentence) {
        List<Claim> found = claims(INTRO + sentence);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).sentence()).isEqualTo(sentence);
        return found.get(0);
    }

    private static Set<ClaimType> typesOf(String sentence) {
        return onlyClaim(sentence).types();
    }

    @Test
    void typesOutperformingAsPerformance() {
        assertThat(typesOf("Experiments show that SockNet outperforms strong baselines on three robots."))
                .containsExactly(ClaimType.PERFORMANCE);
    }

    @Test
    void typesScoreWithPercentAsPerformance() {
        assertThat(typesOf("SockNet reaches 91.5% pairing accuracy on the laundry benchmark."))
                .containsExactly(ClaimType.PERFORMANCE);
    }

    @Test
    void typesStateOfTheArtAsSotaAndPerformance() {
        assertThat(typesOf("SockNet achieves state-of-the-art results on two sock benchmarks."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.SOTA);
    }

    @Test
    void readsSotaAbbreviationAsStateOfTheArt() {
        assertThat(typesOf("SockNet sets a new SOTA on the laundry benchmark."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.SOTA);
    }

    @Test
    void typesSpeedAloneAsEfficiencyOnly() {
        assertThat(typesOf("SockNet folds socks 3x faster than a scripted arm."))
                .containsExactly(ClaimType.EFFICIENCY);
    }

    @Test
    void typesSpeedWithOutperformingAsEfficiencyAndPerformance() {
        assertThat(typesOf("SockNet outperforms scripted arms while running 2.5x faster."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.EFFICIENCY);
    }

    @Test
    void typesSpeedWithPreservedQualityAsEfficiencyAndPerformance() {
        assertThat(typesOf("Our policy cuts inference latency by 40% without sacrificing accuracy."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.EFFICIENCY);
    }

    @Test
    void typesFewerOfACountedResourceWhileMaintainingQualityAsEfficiencyAndPerformance() {
        assertThat(typesOf(
                        "Experiments show that SockNet reduces the number of grasp steps by up to 50% while maintaining "
                                + "the pairing, folding and stacking skills of the arm."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.EFFICIENCY);
    }

    @Test
    void typesALeapInAccuracyAndEfficiencyAsBoth() {
        assertThat(
                        typesOf(
                                "These results show SockNet's potential, offering a significant leap in accuracy and efficiency."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.EFFICIENCY);
    }

    @Test
    void typesOutperformingOverStateOfTheArtAtASpeedFactorAsAllThree() {
        assertThat(typesOf("Results show that SockNet outperforms state-of-the-art planners by up to 1.7x."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.SOTA, ClaimType.EFFICIENCY);
    }

    @Test
    void doesNotTypeTrainingFreeAsEfficiency() {
        assertThat(typesOf("Being training-free and needing no fine-tuning, SockNet still outperforms tuned policies."))
                .containsExactly(ClaimType.PERFORMANCE);
    }

    @Test
    void typesOwnMethodWinningAsPerformanceEvenAfterWeFind() {
        Claim claim = onlyClaim("We find that our policy outperforms larger policies on unseen socks.");
        assertThat(claim.types()).containsExactly(ClaimType.PERFORMANCE);
        assertThat(claim.cues()).contains("consistency:own-method-result-is-performance");
    }

    @Test
    void typesObservationAboutPhenomenonAsFinding() {
        assertThat(typesOf("We observe that wool socks cause most grasp failures."))
                .containsExactly(ClaimType.FINDING);
    }

    @Test
    void typesEmpiricalRegularityAsFinding() {
        assertThat(typesOf("Pairing errors are strongly correlated with sock length across all robots."))
                .containsExactly(ClaimType.FINDING);
    }

    @Test
    void typesAnalysisOfAFactorAsFinding() {
        assertThat(typesOf("Our analysis reveals that lighting improves grasp stability."))
                .containsExactly(ClaimType.FINDING);
    }

    @Test
    void typesComparingAnalysisOfFactorsAsFinding() {
        // which input matters is an insight about a factor, not the paper's method winning
        Claim claim = onlyClaim("Our analysis reveals that depth input outperforms color input for pairing.");
        assertThat(claim.types()).containsExactly(ClaimType.FINDING);
        assertThat(claim.cues()).contains("consistency:compared-finding-is-finding");
    }

    @Test
    void typesMeasuredGainReportedAsFindingAsPerformance() {
        Claim claim = onlyClaim("We find that longer prompts yield a 12% gain in pairing accuracy.");
        assertThat(claim.types()).containsExactly(ClaimType.PERFORMANCE);
        assertThat(claim.cues()).contains("consistency:measured-gain-is-performance");
    }

    @Test
    void typesWeaknessOfStudiedModelsAsFinding() {
        assertThat(typesOf("Our experiments reveal that even the strongest arms achieve only 31% accuracy."))
                .containsExactly(ClaimType.FINDING);
    }

    @Test
    void dropsEfficiencyThatIsOnlyTheTopicOfAFinding() {
        Claim claim = onlyClaim("We observe that the trade-off between speed and quality depends on sock size.");
        assertThat(claim.types()).containsExactly(ClaimType.FINDING);
        assertThat(claim.cues()).contains("consistency:efficiency-topic-of-finding");
    }

    @Test
    void typesEvaluatedOwnMethodWithoutTypeCueAsPerformance() {
        Claim claim = onlyClaim("Experiments on three robots validate our method.");
        assertThat(claim.types()).containsExactly(ClaimType.PERFORMANCE);
        assertThat(claim.cues()).contains("default:evaluated-own-method-is-performance");
    }

    @Test
    void doesNotReadVersionOrSizeAsOutcome() {
        assertThat(claims(INTRO + "SockNet on Llama 3.1 8B improves pairing.")).isEmpty();
        assertThat(claims(INTRO + "SockNet with 1.5 million images improves pairing."))
                .isEmpty();
        assertThat(claims(INTRO + "SockNet improves pairing to 91.5 F1.")).hasSize(1);
    }

    @Test
    void typesAvailableCodeAsRelease() {
        assertThat(typesOf("Code and models are publicly available at https://example.org/socknet."))
                .containsExactly(ClaimType.RELEASE);
    }

    @Test
    void typesWeReleaseAsRelease() {
        assertThat(typesOf("We release the sock dataset and the trained policies."))
                .containsExactly(ClaimType.RELEASE);
    }

    @Test
    void typesResourcesGivenOutWithoutTheWordAvailableAsRelease() {
        assertThat(typesOf("We share our code and fold annotations with the community."))
                .containsExactly(ClaimType.RELEASE);
        assertThat(typesOf("Our work provides public resources to advance future research on sock sorting."))
                .containsExactly(ClaimType.RELEASE);
    }

    @Test
    void doesNotTypeProjectPageAsRelease() {
        assertThat(claims(INTRO + "Project page: https://example.org/socknet")).isEmpty();
    }

    @Test
    void returnsNoBackgroundSentence() {
        assertThat(claims("Vision models have achieved state-of-the-art results on many tasks. "
                        + "We propose SockNet, a folding policy."))
                .isEmpty();
    }

    @Test
    void returnsNoProblemOfPriorWork() {
        assertThat(claims(INTRO + "However, existing methods fail to outperform humans on wet socks."))
                .isEmpty();
    }

    @Test
    void returnsNoMethodDescription() {
        assertThat(claims(INTRO + "We introduce a memory module, which improves pairing and reduces latency."))
                .isEmpty();
    }

    @Test
    void returnsNoSetUp() {
        assertThat(claims(INTRO + "We train on 12,000 sock images from three laundries."))
                .isEmpty();
    }

    @Test
    void returnsNoFutureWork() {
        assertThat(claims(INTRO + "We hope SockNet will inspire better laundry robots."))
                .isEmpty();
    }

    @Test
    void returnsNoPurposeClause() {
        assertThat(claims(INTRO + "We run ablations to verify the effectiveness of each module."))
                .isEmpty();
    }

    private static final String BENCHMARK_INTRO = "Sock sorting is hard for robots. "
            + "We introduce SockBench, a benchmark for pairing socks in cluttered laundry. "
            + "We evaluate twelve vision-language models on SockBench. ";

    private static Claim lastClaim(String text) {
        List<Claim> found = claims(text);
        assertThat(found).isNotEmpty();
        return found.get(found.size() - 1);
    }

    @Test
    void typesRegularityOfABenchmarkWithoutWeFindAsFinding() {
        Claim claim = lastClaim(BENCHMARK_INTRO + "All models stay below 20% pairing accuracy on striped socks.");
        assertThat(claim.sentence()).startsWith("All models");
        assertThat(claim.types()).containsExactly(ClaimType.FINDING);
        assertThat(claim.cues()).contains("analysis:regularity-after-evaluation-is-finding");
    }

    @Test
    void typesListedFindingsAfterTheirAnnouncementAsFinding() {
        List<Claim> found = claims(BENCHMARK_INTRO
                + "Our evaluation yields two findings. "
                + "First, wool socks are the hardest setting. "
                + "Second, larger models pair socks of one colour well.");
        assertThat(found)
                .extracting(Claim::sentence)
                .containsExactly(
                        "Our evaluation yields two findings.",
                        "First, wool socks are the hardest setting.",
                        "Second, larger models pair socks of one colour well.");
        assertThat(found).allSatisfy(c -> assertThat(c.types()).containsExactly(ClaimType.FINDING));
        assertThat(found.get(2).cues()).contains("analysis:continues-finding");
    }

    @Test
    void typesAMethodABenchmarkPaperProposesByItsOwnResult() {
        Claim claim = lastClaim(
                BENCHMARK_INTRO
                        + "We further propose a sorting strategy that reduces pairing time by 73% without sacrificing accuracy.");
        assertThat(claim.types()).containsExactly(ClaimType.PERFORMANCE, ClaimType.EFFICIENCY);
        assertThat(claim.cues()).doesNotContain("analysis:measured-speed-up-is-efficiency");
    }

    @Test
    void typesNoDemoAsRelease() {
        assertThat(claims(INTRO + "The demo is available at https://socknet.example.org/demo."))
                .isEmpty();
        assertThat(claims(INTRO + "The code is available at https://github.com/socknet/socknet."))
                .singleElement()
                .satisfies(c -> assertThat(c.types()).containsExactly(ClaimType.RELEASE));
    }

    @Test
    void typesAnOpenWeightsModelItIntroducesAsRelease() {
        assertThat(
                        claims(
                                "Here we describe the training of a new open-weights sock-folding model trained on public data."))
                .singleElement()
                .satisfies(c -> assertThat(c.types()).containsExactly(ClaimType.RELEASE));
        // open-weights models the paper compares with are not released by it
        assertThat(claims(INTRO + "We compare SockNet with open-weights models."))
                .isEmpty();
    }

    @Test
    void typesModelsThatPerformMuchWorseOrLagBehindAsFinding() {
        Claim worse = lastClaim(
                BENCHMARK_INTRO + "Current models perform substantially worse on striped socks than on plain ones.");
        assertThat(worse.types()).containsExactly(ClaimType.FINDING);
        Claim behind = lastClaim(BENCHMARK_INTRO + "Open models lag far behind humans by 40% on wool socks.");
        assertThat(behind.types()).containsExactly(ClaimType.FINDING);
        assertThat(behind.cues()).contains("finding:lag|lags|lagging|lagged ~ behind");
    }

    @Test
    void typesWeaknessesOfOtherModelsThatTheBenchmarkExposesAlsoAsFinding() {
        Claim claim = lastClaim(BENCHMARK_INTRO
                + "SockBench exposes the critical limitations of current models and provides a robust foundation "
                + "for future sorting robots.");
        assertThat(claim.types()).containsExactly(ClaimType.PERFORMANCE, ClaimType.FINDING);
        assertThat(claim.cues()).contains("consistency:exposed-weakness-is-also-finding");
    }

    @Test
    void typesResultsOfTheModelsABenchmarkStudiesAsFinding() {
        Claim claim = lastClaim(BENCHMARK_INTRO + "GPT-4o outperforms Gemini by 6% on wool socks.");
        assertThat(claim.types()).containsExactly(ClaimType.FINDING);
        assertThat(claim.cues()).contains("analysis:studied-models-result-is-finding");
    }

    @Test
    void typesMeasuredSpeedUpInAStudyAsEfficiencyOnly() {
        Claim claim = lastClaim(
                BENCHMARK_INTRO + "Plan caching gives a 1.7x speedup and still reaches 80% of full accuracy.");
        assertThat(claim.types()).containsExactly(ClaimType.EFFICIENCY);
        assertThat(claim.cues()).contains("analysis:measured-speed-up-is-efficiency");
    }

    @Test
    void typesInsightAboutExistingModelsAsFindingNotPerformance() {
        assertThat(typesOf("We find that existing sorting robots perform better on cotton than on wool."))
                .containsExactly(ClaimType.FINDING);
    }

    @Test
    void typesProblemOfPriorWorkDiagnosedByThePaperAsFinding() {
        assertThat(typesOf("Our analysis reveals that existing robots fail on wool socks."))
                .containsExactly(ClaimType.FINDING);
        assertThat(typesOf("We identify the root cause: grippers slip on smooth fabric."))
                .containsExactly(ClaimType.FINDING);
    }

    @Test
    void typesQualitativeGeneralizationAsPerformance() {
        assertThat(typesOf("SockNet generalizes to unseen laundry baskets and fabrics."))
                .containsExactly(ClaimType.PERFORMANCE);
    }

    @Test
    void returnsNoDescriptionOfWhatAModuleDoesBetter() {
        assertThat(claims(INTRO + "SockNet uses a tactile encoder that better captures fabric texture."))
                .isEmpty();
        assertThat(claims(INTRO + "A planner orders the grasps for a better speed-quality trade-off."))
                .isEmpty();
    }

    @Test
    void typesReleaseWithoutTheWordAvailableAsRelease() {
        assertThat(typesOf("We have released our code and checkpoints.")).containsExactly(ClaimType.RELEASE);
        assertThat(typesOf("All sorting scripts will be open-sourced.")).containsExactly(ClaimType.RELEASE);
        assertThat(typesOf("Code is released open-source.")).containsExactly(ClaimType.RELEASE);
    }

    @Test
    void doesNotTypeDemoPageOrSamplesAsRelease() {
        assertThat(claims(INTRO + "The project page is available at https://example.org/socknet"))
                .isEmpty();
        assertThat(claims(INTRO + "Video samples are available at https://example.org/socks."))
                .isEmpty();
    }

    @Test
    void typesWinningOverAllBaselinesOrTheOnlyMethodAsSota() {
        assertThat(typesOf("SockNet pairs socks more accurately than all existing baselines."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.SOTA);
        assertThat(typesOf("SockNet is the only method that pairs striped socks without errors."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.SOTA);
    }

    @Test
    void doesNotTypeParityWithTheStateOfTheArtAsSota() {
        assertThat(typesOf("SockNet achieves competitive results compared to state-of-the-art planners."))
                .containsExactly(ClaimType.PERFORMANCE);
    }

    @Test
    void typesFactorOnSomethingThatIsNoResourceAsPerformance() {
        Claim claim = onlyClaim("SockNet reduces mismatched pairs 10x.");
        assertThat(claim.types()).containsExactly(ClaimType.PERFORMANCE);
        assertThat(claim.cues()).contains("consistency:factor-on-no-resource-is-performance");
    }

    @Test
    void readsNoFactorInsideAName() {
        assertThat(claims(INTRO + "We run SockNet on images edited by Step1X-Edit and FLUX.1 Kontext."))
                .isEmpty();
    }

    @Test
    void doesNotTypeTheMemoryOfAnAgentAsEfficiency() {
        assertThat(typesOf("SockNet significantly improves memory recall of sock locations."))
                .containsExactly(ClaimType.PERFORMANCE);
    }

    @Test
    void readsASentenceOpeningAsAConclusionAsOneOnceTheAbstractWasEvaluated() {
        String evaluated = INTRO + "Experiments show that SockNet outperforms scripted arms. ";
        Claim own = lastClaim(evaluated + "Overall, our work opens a new direction for home robots.");
        assertThat(own.sentence()).startsWith("Overall");
        assertThat(own.types()).containsExactly(ClaimType.PERFORMANCE);
        assertThat(own.cues()).contains("conclusion:judges-own-method");
        Claim general = lastClaim(evaluated + "Taken together, tactile sensing opens a new direction for sorting.");
        assertThat(general.sentence()).startsWith("Taken");
        assertThat(general.types()).containsExactly(ClaimType.FINDING);
        // before any evaluation the same opening concludes nothing
        assertThat(claims(INTRO + "Overall, our work opens a new direction for home robots."))
                .isEmpty();
    }

    @Test
    void readsWhatTheOwnBenchmarkIsWorthAsAConclusionOnceEvaluated() {
        String intro = "We introduce SockEval, a benchmark of pairing tasks. ";
        String evaluated = intro + "Experiments show that most arms decline by 3 to 10 points on it. ";
        Claim tool =
                lastClaim(evaluated + "SockEval provides a holistic diagnostic tool for the next generation of arms.");
        assertThat(tool.types()).containsExactly(ClaimType.PERFORMANCE);
        assertThat(tool.cues()).contains("conclusion:judges-own-method");
        Claim role = lastClaim(evaluated + "This gap highlights SockEval's critical role in advancing home robots.");
        assertThat(role.sentence()).startsWith("This gap");
        assertThat(role.types()).containsExactly(ClaimType.PERFORMANCE);
        // said before any result, the same words describe the benchmark
        assertThat(claims(intro + "SockEval provides a holistic diagnostic tool for the next generation of arms."))
                .isEmpty();
    }

    @Test
    void typesConcludingSentenceByWhoseWorkItJudges() {
        String evaluated = INTRO + "Experiments show that SockNet outperforms scripted arms. ";
        Claim own = lastClaim(evaluated + "These results position SockNet as a practical step toward home robots.");
        assertThat(own.types()).containsExactly(ClaimType.PERFORMANCE);
        assertThat(own.cues()).contains("conclusion:judges-own-method");
        Claim general = lastClaim(evaluated + "Tactile sensing thus offers a practical path toward reliable sorting.");
        assertThat(general.sentence()).startsWith("Tactile");
        assertThat(general.types()).containsExactly(ClaimType.FINDING);
        Claim efficient = lastClaim(evaluated + "Our work lays the foundation for efficient laundry robots.");
        assertThat(efficient.types()).containsExactly(ClaimType.EFFICIENCY);
    }

    @Test
    void returnsNoHedgedConcludingSentence() {
        List<Claim> found = claims(INTRO + "Experiments show that SockNet outperforms scripted arms. "
                + "These results suggest SockNet could be a promising step toward home robots.");
        assertThat(found)
                .singleElement()
                .satisfies(c -> assertThat(c.sentence()).startsWith("Experiments"));
    }

    @Test
    void typesTheoreticalResultAsFinding() {
        assertThat(typesOf("Theoretically, we demonstrate that SockNet's pairing loss is convex."))
                .containsExactly(ClaimType.FINDING);
    }

    @Test
    void typesBeatingTheBaselinesAsPerformanceButSpeedOverThemAsEfficiencyOnly() {
        assertThat(typesOf("SockNet pairs more socks correctly than the scripted baselines."))
                .containsExactly(ClaimType.PERFORMANCE);
        assertThat(typesOf("SockNet folds socks 3x faster than the scripted baselines."))
                .containsExactly(ClaimType.EFFICIENCY);
    }

    @Test
    void typesScoreReachedAfterItsNameAsPerformance() {
        assertThat(typesOf("SockNet achieves a pairing accuracy of 88.1 on wool socks."))
                .containsExactly(ClaimType.PERFORMANCE);
    }

    @Test
    void returnsNoMethodThatImprovesOverTime() {
        assertThat(claims(INTRO + "SockNet keeps a memory of past grasps, letting robots improve over time."))
                .isEmpty();
    }

    @Test
    void namesMethodDefinedByAnAppositiveAndTypesItsWinAsPerformance() {
        List<Claim> found =
                claims("We train robots with standard grasping and with SOCK-U, an objective that plans folds. "
                        + "We find that SOCK-U outperforms standard grasping on wool socks.");
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.subject()).hasValue("SOCK-U");
            assertThat(c.types()).containsExactly(ClaimType.PERFORMANCE);
        });
    }

    @Test
    void typesOwnResultWithAGeneralInsightAsPerformanceAndFinding() {
        Claim claim =
                onlyClaim("SockNet outperforms scripted arms, demonstrating that touch matters more than vision.");
        assertThat(claim.types()).containsExactly(ClaimType.PERFORMANCE, ClaimType.FINDING);
        assertThat(claim.cues()).contains("consistency:own-result-with-general-insight-is-also-finding");
    }

    @Test
    void typesAComparisonReportedAsNotWonAsFinding() {
        assertThat(typesOf("Fine-tuning grippers on synthetic folds does not outperform standard fine-tuning."))
                .containsExactly(ClaimType.FINDING);
        assertThat(typesOf("SockNet not only outperforms scripted arms but also runs faster."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.EFFICIENCY);
    }

    @Test
    void typesWhatAnEvaluationExposesOrIdentifiesAsFinding() {
        assertThat(typesOf("Our results expose a concrete failure mode of caching for long sock queries."))
                .containsExactly(ClaimType.FINDING);
        assertThat(typesOf("Our benchmarks uncover the strengths and weaknesses of open grippers."))
                .containsExactly(ClaimType.FINDING);
        assertThat(typesOf("These results identify fabric stiffness as an explanatory signal for slips."))
                .containsExactly(ClaimType.FINDING);
    }

    @Test
    void typesInsightsTheAnalysisProvidesAsFinding() {
        assertThat(typesOf("Through a layer-wise analysis, we provide detailed insights into how grippers slip."))
                .containsExactly(ClaimType.FINDING);
    }

    @Test
    void returnsNoMechanismWhosePurposeIsToImproveBeforeAnyEvaluation() {
        assertThat(claims(INTRO
                        + "SockNet orders grasps by fabric stiffness, substantially improving its pairing skill."))
                .isEmpty();
        assertThat(typesOf("Experiments show that SockNet substantially improves pairing on wool socks."))
                .containsExactly(ClaimType.PERFORMANCE);
    }

    @Test
    void namesTheAcronymOfTheTitleAsTheSubjectAndTypesItsWinAsPerformance() {
        String text = "We argue for multi-agent sock sorting (MASS) systems. "
                + "We demonstrate that MASS consistently improves over single-arm baselines by 3.4% on SockBench.";
        List<Claim> found = AbstractAnalyzer.analyze(java.util.Optional.of("Multi-Agent Sock Sorting"), text)
                .claims();
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.subject()).hasValue("MASS");
            assertThat(c.types()).containsExactly(ClaimType.PERFORMANCE);
        });
        // without the title, MASS is a name the abstract never says is its own: an analysed comparison
        assertThat(claims(text)).singleElement().satisfies(c -> {
            assertThat(c.subject()).isEmpty();
            assertThat(c.types()).containsExactly(ClaimType.FINDING);
        });
    }

    @Test
    void namesAPartOfTheOwnMethodDefinedWhereTheMethodIsNamed() {
        String text = "We present SockFusion, a sorting policy. "
                + "At the core of SockFusion is the Layered Fabric Pooling (LFP) mechanism that reads touch. "
                + "We demonstrate that LFP outperforms other pooling designs on wool socks.";
        assertThat(claims(text)).singleElement().satisfies(c -> {
            assertThat(c.subject()).hasValue("LFP");
            assertThat(c.types()).containsExactly(ClaimType.PERFORMANCE);
        });
        // a kind of model named where the method is, is not a part of it
        String kind = "We present SockFusion, a sorting policy built on the Mixture-of-Experts (MoE) architecture. "
                + "We demonstrate that MoE outperforms dense designs on wool socks.";
        assertThat(claims(kind))
                .singleElement()
                .satisfies(c -> assertThat(c.types()).containsExactly(ClaimType.FINDING));
    }

    @Test
    void readsALongPhraseEndingInAMethodNounAsTheOwnMethod() {
        assertThat(typesOf("Our experiments demonstrate that this touch-guided fabric sorting approach "
                        + "significantly improves pairing, achieving state-of-the-art results on SockBench."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.SOTA);
    }

    @Test
    void namesWhatWeConstructButNotWhatOthersConstruct() {
        String ours = "To support training, we construct the Paired Sock Dataset (PSD), with 9K pairs. "
                + "We show that PSD enables a sorter which substantially outperforms existing baselines.";
        assertThat(claims(ours)).singleElement().satisfies(c -> {
            assertThat(c.subject()).hasValue("PSD");
            assertThat(c.types()).containsExactly(ClaimType.PERFORMANCE);
        });
        String theirs = "Earlier sorters construct PSD-665k, one of the most used sock datasets today. "
                + "We show that PSD-665k enables a sorter which substantially outperforms existing baselines.";
        assertThat(claims(theirs))
                .singleElement()
                .satisfies(c -> assertThat(c.subject()).isEmpty());
    }

    @Test
    void namesSubjectWrittenInOtherCapitals() {
        List<Claim> found = claims(
                "We propose Sock-Net, a folding policy. Experiments show that SOCK-NET outperforms scripted arms.");
        assertThat(found).singleElement().satisfies(c -> assertThat(c.subject()).hasValue("Sock-Net"));
    }

    @Test
    void typesTheLargestGainOnOneTaskAsPerformanceOnly() {
        assertThat(typesOf("SockNet raises pairing accuracy from 0.42 to 0.62, with the largest gain on wool."))
                .containsExactly(ClaimType.PERFORMANCE);
        assertThat(typesOf("SockNet achieves the largest improvement among all policies."))
                .containsExactly(ClaimType.PERFORMANCE, ClaimType.SOTA);
    }

    @Test
    void namesSubjectWrittenAcrossAWrappedLine() {
        List<Claim> found = claims("We propose Sock Sorter, a folding policy. Experiments show that the Sock\n"
                + "Sorter outperforms strong baselines.");
        assertThat(found).singleElement().satisfies(c -> assertThat(c.subject()).hasValue("Sock Sorter"));
    }

    @Test
    void recordsTheCuesThatGaveEachType() {
        Claim claim = onlyClaim("SockNet achieves state-of-the-art results and runs 2x faster.");
        assertThat(claim.cues()).contains(ClaimRules.METRIC_NUMBER, "efficiency:faster");
        assertThat(claim.cues()).anyMatch(c -> c.startsWith("sota:"));
    }

    @Test
    void linksTheMetricsInsideTheSentenceBySpan() {
        String text = INTRO + "SockNet improves pairing accuracy by +4.2% over the scripted arm. "
                + "It also halves the folding time to 3.1 seconds.";
        int first = text.indexOf("+4.2%");
        ReportedMetric inside = metric("+4.2%", 4.2, first, "the scripted arm");
        int second = text.indexOf("3.1 seconds");
        ReportedMetric outside = metric("3.1 seconds", 3.1, second, null);
        List<Claim> found = ClaimExtractor.extract(text, List.of(inside, outside));
        assertThat(found).hasSize(2);
        assertThat(found.get(0).metrics()).containsExactly(inside);
        assertThat(found.get(0).baseline()).hasValue("the scripted arm");
        assertThat(found.get(1).metrics()).containsExactly(outside);
    }

    @Test
    void readsBaselineAfterThan() {
        assertThat(onlyClaim("SockNet pairs socks more accurately than the scripted arm.")
                        .baseline())
                .hasValue("the scripted arm");
    }

    @Test
    void readsBaselineOfEfficiencyClaim() {
        assertThat(onlyClaim("SockNet folds socks 3x faster than a scripted arm.")
                        .baseline())
                .hasValue("a scripted arm");
    }

    @Test
    void leavesBaselineEmptyWithoutComparison() {
        assertThat(onlyClaim("SockNet reaches 91.5% pairing accuracy.").baseline())
                .isEmpty();
    }

    @Test
    void namesSubjectWithSizeSuffix() {
        assertThat(onlyClaim("SockNet-7B outperforms the scripted arm on all robots.")
                        .subject())
                .hasValue("SockNet-7B");
    }

    @Test
    void givesPronounTheNameOfThePreviousSentence() {
        List<Claim> found = claims(INTRO + "SockNet-7B outperforms the scripted arm. It also runs 2x faster.");
        assertThat(found).extracting(c -> c.subject().orElse("-")).containsExactly("SockNet-7B", "SockNet-7B");
    }

    @Test
    void namesNoSubjectBeforeTheNameIsIntroduced() {
        List<Claim> found = claims("Robots fold socks. We observe that wool socks tangle most. "
                + "We then propose SockNet, a policy. Experiments show that it outperforms scripted arms.");
        assertThat(found).extracting(c -> c.subject().orElse("-")).containsExactly("-", "SockNet");
    }

    @Test
    void namesIntroducedMethodAsSubjectOfUnnamedClaim() {
        assertThat(onlyClaim("Our code is available at https://example.org/socknet.")
                        .subject())
                .hasValue("SockNet");
    }

    @Test
    void namesAcronymInParenthesesAsSubject() {
        List<Claim> found = claims("We introduce Sock Pairing Transformers (SPT), a folding policy. "
                + "Experiments show that it outperforms scripted arms.");
        assertThat(found).singleElement().satisfies(c -> assertThat(c.subject()).hasValue("SPT"));
    }

    @Test
    void namesTitlePrefixAsSubject() {
        Paper paper = Paper.builder()
                .title("SockNet: Folding Socks with Policies")
                .abstractText("Robots fold socks poorly. We study folding with SockNet. "
                        + "Results show that the policy outperforms scripted arms.")
                .build();
        assertThat(ClaimExtractor.extract(paper))
                .singleElement()
                .satisfies(c -> assertThat(c.subject()).hasValue("SockNet"));
    }

    @Test
    void leavesSubjectEmptyWhenNothingIsNamed() {
        List<Claim> found =
                claims("We propose a new folding policy. Experiments show that it outperforms scripted arms.");
        assertThat(found).singleElement().satisfies(c -> assertThat(c.subject()).isEmpty());
    }

    @Test
    void buildsWholeClaimValue() {
        String sentence = "We release the sock dataset.";
        Claim claim = onlyClaim(sentence);
        int start = INTRO.length();
        assertThat(claim)
                .isEqualTo(Claim.builder()
                        .sentence(sentence)
                        .start(start)
                        .end(start + sentence.length())
                        .addTypes(ClaimType.RELEASE)
                        .subject("SockNet")
                        .addCues("release:we ~ release|releases|publish")
                        .build());
    }

    @Test
    void extractsFromLongAbstractQuickly() {
        String sentence =
                "Experiments show that SockNet-7B outperforms (ABC) the scripted arm by 4.2% and runs 2x faster. ";
        String text = INTRO + sentence.repeat(10_000) + "we propose (X) ".repeat(10_000);
        List<Claim> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> claims(text));
        assertThat(found).hasSize(10_000);
    }

    @Test
    void givesTheSameClaimsFromManyThreads() {
        String text = INTRO + "SockNet outperforms scripted arms. Our analysis reveals that wool causes failures. "
                + "Code is available at https://example.org/socknet.";
        List<Claim> expected = claims(text);
        List<List<Claim>> parallel =
                IntStream.range(0, 64).parallel().mapToObj(i -> claims(text)).toList();
        assertThat(parallel).allSatisfy(c -> assertThat(c).isEqualTo(expected));
        assertThat(expected).hasSize(3);
    }

    private static ReportedMetric metric(String text, double value, int start, String baseline) {
        ReportedMetric.Builder b = ReportedMetric.builder()
                .text(text)
                .value(value)
                .unit(text.endsWith("%") ? "%" : "second")
                .kind(MetricKind.CHANGE)
                .direction(Direction.UP)
                .start(start)
                .end(start + text.length());
        if (baseline != null) {
            b.baseline(baseline);
        }
        return b.build();
    }
}
