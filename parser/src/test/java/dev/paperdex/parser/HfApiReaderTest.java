package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import dev.paperdex.analysis.MetricExtractor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class HfApiReaderTest {
    static final Paper P_2407_14177 = Paper.builder()
            .id("2407.14177")
            .title("EVLM: An Efficient Vision-Language Model for Visual Understanding")
            .addAuthors(
                    "Kaibing Chen",
                    "Dong Shen",
                    "Hanwen Zhong",
                    "Huasong Zhong",
                    "Kui Xia",
                    "Di Xu",
                    "Wei Yuan",
                    "Yifei Hu",
                    "Bin Wen",
                    "Tianke Zhang",
                    "Changyi Liu",
                    "Dewen Fan",
                    "Huihui Xiao",
                    "Jiahong Wu",
                    "Fan Yang",
                    "Size Li",
                    "Di Zhang")
            .authorCount(17)
            .date(LocalDate.of(2024, 7, 19))
            .dateText("2024-07-19T10:09:51.000Z")
            .commentCount(1)
            .upvotes(25)
            .abstractText(
                    "In the field of multi-modal language models, the majority of methods are built on an architecture similar to LLaVA. These models use a single-layer ViT feature as a visual prompt, directly feeding it into the language models alongside textual tokens. However, when dealing with long sequences of visual signals or inputs such as videos, the self-attention mechanism of language models can lead to significant computational overhead. Additionally, using single-layer ViT features makes it challenging for large language models to perceive visual signals fully. This paper proposes an efficient multi-modal language model to minimize computational costs while enabling the model to perceive visual signals as comprehensively as possible. Our method primarily includes: (1) employing cross-attention to image-text interaction similar to Flamingo. (2) utilize hierarchical ViT features. (3) introduce the Mixture of Experts (MoE) mechanism to enhance model effectiveness. Our model achieves competitive scores on public multi-modal benchmarks and performs well in tasks such as image captioning and video captioning.")
            .addLinks(Link.of("https://arxiv.org/abs/2407.14177", LinkKind.ARXIV))
            .source(Source.of("daily_papers-2024-07-22.json", 116, SourceKind.HF_API))
            .build();
    static final Paper P_2407_14358 = Paper.builder()
            .id("2407.14358")
            .title("Stable Audio Open")
            .addAuthors("Zach Evans", "Julian D. Parker", "CJ Carr", "Zack Zukowski", "Josiah Taylor", "Jordi Pons")
            .authorCount(6)
            .date(LocalDate.of(2024, 7, 19))
            .dateText("2024-07-19T14:40:23.000Z")
            .commentCount(3)
            .upvotes(8)
            .abstractText(
                    "Open generative models are vitally important for the community, allowing for fine-tunes and serving as baselines when presenting new models. However, most current text-to-audio models are private and not accessible for artists and researchers to build upon. Here we describe the architecture and training process of a new open-weights text-to-audio model trained with Creative Commons data. Our evaluation shows that the model's performance is competitive with the state-of-the-art across various metrics. Notably, the reported FDopenl3 results (measuring the realism of the generations) showcase its potential for high-quality stereo sound synthesis at 44.1kHz.")
            .addLinks(Link.of("https://arxiv.org/abs/2407.14358", LinkKind.ARXIV))
            .source(Source.of("daily_papers-2024-07-22.json", 609, SourceKind.HF_API))
            .build();
    static final Paper P_2503_02682 = Paper.builder()
            .id("2503.02682")
            .title("MPO: Boosting LLM Agents with Meta Plan Optimization")
            .addAuthors(
                    "Weimin Xiong",
                    "Yifan Song",
                    "Qingxiu Dong",
                    "Bingchan Zhao",
                    "Feifan Song",
                    "Xun Wang",
                    "Sujian Li")
            .authorCount(7)
            .date(LocalDate.of(2025, 3, 4))
            .dateText("2025-03-04T14:54:45.000Z")
            .commentCount(1)
            .upvotes(12)
            .abstractText(
                    "Recent advancements in large language models (LLMs) have enabled LLM-based agents to successfully tackle interactive planning tasks. However, despite their successes, existing approaches often suffer from planning hallucinations and require retraining for each new agent. To address these challenges, we propose the Meta Plan Optimization (MPO) framework, which enhances agent planning capabilities by directly incorporating explicit guidance. Unlike previous methods that rely on complex knowledge, which either require significant human effort or lack quality assurance, MPO leverages high-level general guidance through meta plans to assist agent planning and enables continuous optimization of the meta plans based on feedback from the agent's task execution. Our experiments conducted on two representative tasks demonstrate that MPO significantly outperforms existing baselines. Moreover, our analysis indicates that MPO provides a plug-and-play solution that enhances both task completion efficiency and generalization capabilities in previous unseen scenarios.")
            .addLinks(Link.of("https://github.com/WeiminXiong/MPO", LinkKind.CODE))
            .addLinks(Link.of("https://arxiv.org/abs/2503.02682", LinkKind.ARXIV))
            .source(Source.of("daily_papers-2025-03-05.json", 2, SourceKind.HF_API))
            .build();
    static final Paper P_2503_02197 = Paper.builder()
            .id("2503.02197")
            .title("ATLaS: Agent Tuning via Learning Critical Steps")
            .addAuthors("Zhixun Chen", "Ming Li", "Yuxuan Huang", "Yali Du", "Meng Fang", "Tianyi Zhou")
            .authorCount(6)
            .date(LocalDate.of(2025, 3, 4))
            .dateText("2025-03-04T02:14:55.000Z")
            .commentCount(1)
            .upvotes(4)
            .abstractText(
                    "Large Language Model (LLM) agents have demonstrated remarkable generalization capabilities across multi-domain tasks. Existing agent tuning approaches typically employ supervised finetuning on entire expert trajectories. However, behavior-cloning of full trajectories can introduce expert bias and weaken generalization to states not covered by the expert data. Additionally, critical steps, such as planning, complex reasoning for intermediate subtasks, and strategic decision-making, are essential to success in agent tasks, so learning these steps is the key to improving LLM agents. For more effective and efficient agent tuning, we propose ATLaS that identifies the critical steps in expert trajectories and finetunes LLMs solely on these steps with reduced costs. By steering the training's focus to a few critical steps, our method mitigates the risk of overfitting entire trajectories and promotes generalization across different environments and tasks. In extensive experiments, an LLM finetuned on only 30% critical steps selected by ATLaS outperforms the LLM finetuned on all steps and recent open-source LLM agents. ATLaS maintains and improves base LLM skills as generalist agents interacting with diverse environments.")
            .addLinks(Link.of("https://arxiv.org/abs/2503.02197", LinkKind.ARXIV))
            .source(Source.of("daily_papers-2025-03-05.json", 484, SourceKind.HF_API))
            .build();
    static final Paper P_2510_12586 = Paper.builder()
            .id("2510.12586")
            .title("Advancing End-to-End Pixel Space Generative Modeling via Self-supervised Pre-training")
            .addAuthors(
                    "Jiachen Lei",
                    "Keli Liu",
                    "Julius Berner",
                    "Haiming Yu",
                    "Hongkai Zheng",
                    "Jiahong Wu",
                    "Xiangxiang Chu")
            .authorCount(7)
            .team("AMAP-ML")
            .date(LocalDate.of(2025, 10, 14))
            .dateText("2025-10-14T14:41:16.000Z")
            .commentCount(2)
            .upvotes(67)
            .stars(48)
            .listedOn(LocalDate.of(2025, 10, 15))
            .abstractText(
                    "Pixel-space generative models are often more difficult to train and generally underperform compared to their latent-space counterparts, leaving a persistent performance and efficiency gap. In this paper, we introduce a novel two-stage training framework that closes this gap for pixel-space diffusion and consistency models. In the first stage, we pre-train encoders to capture meaningful semantics from clean images while aligning them with points along the same deterministic sampling trajectory, which evolves points from the prior to the data distribution. In the second stage, we integrate the encoder with a randomly initialized decoder and fine-tune the complete model end-to-end for both diffusion and consistency models. Our training framework demonstrates strong empirical performance on ImageNet dataset. Specifically, our diffusion model reaches an FID of 2.04 on ImageNet-256 and 2.35 on ImageNet-512 with 75 number of function evaluations (NFE), surpassing prior pixel-space methods by a large margin in both generation quality and efficiency while rivaling leading VAE-based models at comparable training cost. Furthermore, on ImageNet-256, our consistency model achieves an impressive FID of 8.82 in a single sampling step, significantly surpassing its latent-space counterpart. To the best of our knowledge, this marks the first successful training of a consistency model directly on high-resolution images without relying on pre-trained VAEs or diffusion models.")
            .addLinks(Link.of("https://github.com/AMAP-ML/EPG", LinkKind.CODE))
            .addLinks(Link.of("https://arxiv.org/abs/2510.12586", LinkKind.ARXIV))
            .source(Source.of("daily_papers-2025-10-15.json", 2, SourceKind.HF_API))
            .build();
    static final Paper P_2510_12747 = Paper.builder()
            .id("2510.12747")
            .title("FlashVSR: Towards Real-Time Diffusion-Based Streaming Video Super-Resolution")
            .addAuthors("Junhao Zhuang", "Shi Guo", "Xin Cai", "Xiaohui Li", "Yihao Liu", "Chun Yuan", "Tianfan Xue")
            .authorCount(7)
            .date(LocalDate.of(2025, 10, 14))
            .dateText("2025-10-14T17:25:54.000Z")
            .commentCount(2)
            .upvotes(24)
            .stars(34)
            .listedOn(LocalDate.of(2025, 10, 15))
            .abstractText(
                    "Diffusion models have recently advanced video restoration, but applying them to real-world video super-resolution (VSR) remains challenging due to high latency, prohibitive computation, and poor generalization to ultra-high resolutions. Our goal in this work is to make diffusion-based VSR practical by achieving efficiency, scalability, and real-time performance. To this end, we propose FlashVSR, the first diffusion-based one-step streaming framework towards real-time VSR. FlashVSR runs at approximately 17 FPS for 768x1408 videos on a single A100 GPU by combining three complementary innovations: (i) a train-friendly three-stage distillation pipeline that enables streaming super-resolution, (ii) locality-constrained sparse attention that cuts redundant computation while bridging the train-test resolution gap, and (iii) a tiny conditional decoder that accelerates reconstruction without sacrificing quality. To support large-scale training, we also construct VSR-120K, a new dataset with 120k videos and 180k images. Extensive experiments show that FlashVSR scales reliably to ultra-high resolutions and achieves state-of-the-art performance with up to 12x speedup over prior one-step diffusion VSR models. We will release the code, pretrained models, and dataset to foster future research in efficient diffusion-based VSR.")
            .addLinks(Link.of("https://github.com/OpenImagingLab/FlashVSR", LinkKind.CODE))
            .addLinks(Link.of("https://zhuang2002.github.io/FlashVSR/", LinkKind.PROJECT_PAGE))
            .addLinks(Link.of("https://arxiv.org/abs/2510.12747", LinkKind.ARXIV))
            .source(Source.of("daily_papers-2025-10-15.json", 378, SourceKind.HF_API))
            .build();
    static final Paper P_2603_24414 = Paper.builder()
            .id("2603.24414")
            .title(
                    "ClawKeeper: Comprehensive Safety Protection for OpenClaw Agents Through Skills, Plugins, and Watchers")
            .addAuthors(
                    "Songyang Liu",
                    "Chaozhuo Li",
                    "Chenxu Wang",
                    "Jinyu Hou",
                    "Zejian Chen",
                    "Litian Zhang",
                    "Zheng Liu",
                    "Qiwei Ye",
                    "Yiming Hei",
                    "Xi Zhang",
                    "Zhongyuan Wang")
            .authorCount(11)
            .date(LocalDate.of(2026, 3, 25))
            .dateText("2026-03-25T15:27:54.000Z")
            .commentCount(1)
            .upvotes(161)
            .stars(285)
            .addKeywords(
                    "autonomous agent runtime",
                    "tool integration",
                    "local file access",
                    "shell command execution",
                    "security vulnerabilities",
                    "privilege escalation",
                    "malicious third-party skill execution",
                    "security framework",
                    "multi-dimensional protection mechanisms",
                    "instruction level",
                    "structured security policies",
                    "environment-specific constraints",
                    "cross-platform boundaries",
                    "internal runtime enforcer",
                    "configuration hardening",
                    "proactive threat detection",
                    "continuous behavioral monitoring",
                    "execution pipeline",
                    "decoupled system-level security middleware",
                    "real-time execution intervention",
                    "high-risk actions",
                    "human confirmation",
                    "watcher paradigm",
                    "foundational building block")
            .listedOn(LocalDate.of(2026, 4, 2))
            .abstractText(
                    "OpenClaw has rapidly established itself as a leading open-source autonomous agent runtime, offering powerful capabilities including tool integration, local file access, and shell command execution. However, these broad operational privileges introduce critical security vulnerabilities, transforming model errors into tangible system-level threats such as sensitive data leakage, privilege escalation, and malicious third-party skill execution. Existing security measures for the OpenClaw ecosystem remain highly fragmented, addressing only isolated stages of the agent lifecycle rather than providing holistic protection. To bridge this gap, we present ClawKeeper, a real-time security framework that integrates multi-dimensional protection mechanisms across three complementary architectural layers. (1) Skill-based protection operates at the instruction level, injecting structured security policies directly into the agent context to enforce environment-specific constraints and cross-platform boundaries. (2) Plugin-based protection serves as an internal runtime enforcer, providing configuration hardening, proactive threat detection, and continuous behavioral monitoring throughout the execution pipeline. (3) Watcher-based protection introduces a novel, decoupled system-level security middleware that continuously verifies agent state evolution. It enables real-time execution intervention without coupling to the agent's internal logic, supporting operations such as halting high-risk actions or enforcing human confirmation. We argue that this Watcher paradigm holds strong potential to serve as a foundational building block for securing next-generation autonomous agent systems. Extensive qualitative and quantitative evaluations demonstrate the effectiveness and robustness of ClawKeeper across diverse threat scenarios. We release our code.")
            .addLinks(Link.of("https://github.com/SafeAI-Lab-X/ClawKeeper", LinkKind.CODE))
            .addLinks(Link.of("https://huggingface.co/datasets/xunyoyo/clawkeeper", LinkKind.PROJECT_PAGE))
            .addLinks(Link.of("https://arxiv.org/abs/2603.24414", LinkKind.ARXIV))
            .source(Source.of("daily_papers-2026-04-02.json", 2, SourceKind.HF_API))
            .build();
    static final Paper P_2603_28407 = Paper.builder()
            .id("2603.28407")
            .title("MiroEval: Benchmarking Multimodal Deep Research Agents in Process and Outcome")
            .addAuthors(
                    "Fangda Ye",
                    "Yuxin Hu",
                    "Pengxiang Zhu",
                    "Yibo Li",
                    "Ziqi Jin",
                    "Yao Xiao",
                    "Yibo Wang",
                    "Lei Wang",
                    "Zhen Zhang",
                    "Lu Wang",
                    "Yue Deng",
                    "Bin Wang",
                    "Yifan Zhang",
                    "Liangcai Su",
                    "Xinyu Wang",
                    "He Zhao",
                    "Chen Wei",
                    "Qiang Ren",
                    "Bryan Hooi",
                    "An Bo",
                    "Shuicheng Yan",
                    "Lidong Bing")
            .authorCount(22)
            .team("MiroMind AI")
            .date(LocalDate.of(2026, 3, 30))
            .dateText("2026-03-30T13:16:03.000Z")
            .commentCount(1)
            .upvotes(43)
            .stars(6)
            .addKeywords(
                    "deep research systems",
                    "evaluation framework",
                    "adaptive synthesis quality evaluation",
                    "agentic factuality verification",
                    "process-centric evaluation",
                    "multimodal coverage",
                    "real user needs",
                    "dual-path pipeline",
                    "live evolving setting",
                    "deep research agents")
            .listedOn(LocalDate.of(2026, 4, 2))
            .abstractText(
                    "Recent progress in deep research systems has been impressive, but evaluation still lags behind real user needs. Existing benchmarks predominantly assess final reports using fixed rubrics, failing to evaluate the underlying research process. Most also offer limited multimodal coverage, rely on synthetic tasks that do not reflect real-world query complexity, and cannot be refreshed as knowledge evolves. To address these gaps, we introduce MiroEval, a benchmark and evaluation framework for deep research systems. The benchmark comprises 100 tasks (70 text-only, 30 multimodal), all grounded in real user needs and constructed via a dual-path pipeline that supports periodic updates, enabling a live and evolving setting. The proposed evaluation suite assesses deep research systems along three complementary dimensions: adaptive synthesis quality evaluation with task-specific rubrics, agentic factuality verification via active retrieval and reasoning over both web sources and multimodal attachments, and process-centric evaluation audits how the system searches, reasons, and refines throughout its investigation. Evaluation across 13 systems yields three principal findings: the three evaluation dimensions capture complementary aspects of system capability, with each revealing distinct strengths and weaknesses across systems; process quality serves as a reliable predictor of overall outcome while revealing weaknesses invisible to output-level metrics; and multimodal tasks pose substantially greater challenges, with most systems declining by 3 to 10 points. The MiroThinker series achieves the most balanced performance, with MiroThinker-H1 ranking the highest overall in both settings. Human verification and robustness results confirm the reliability of the benchmark and evaluation framework. MiroEval provides a holistic diagnostic tool for the next generation of deep research agents.")
            .addLinks(Link.of("https://github.com/MiroMindAI/MiroEval", LinkKind.CODE))
            .addLinks(Link.of("https://miroeval-ai.github.io/website/", LinkKind.PROJECT_PAGE))
            .addLinks(Link.of("https://arxiv.org/abs/2603.28407", LinkKind.ARXIV))
            .source(Source.of("daily_papers-2026-04-02.json", 139, SourceKind.HF_API))
            .build();
    static final Paper P_2604_01221 = Paper.builder()
            .id("2604.01221")
            .title("HippoCamp: Benchmarking Contextual Agents on Personal Computers")
            .addAuthors(
                    "Zhe Yang",
                    "Shulin Tian",
                    "Kairui Hu",
                    "Shuai Liu",
                    "Hoang-Nhat Nguyen",
                    "Yichi Zhang",
                    "Zujin Guo",
                    "Mengying Yu",
                    "Zinan Zhang",
                    "Jingkang Yang",
                    "Chen Change Loy",
                    "Ziwei Liu")
            .authorCount(12)
            .date(LocalDate.of(2026, 4, 1))
            .dateText("2026-04-01T17:58:33.000Z")
            .commentCount(0)
            .upvotes(12)
            .stars(1)
            .addKeywords(
                    "multimodal large language models",
                    "agentic methods",
                    "user profiling",
                    "long-horizon retrieval",
                    "cross-modal reasoning",
                    "evidence grounding")
            .listedOn(LocalDate.of(2026, 4, 2))
            .abstractText(
                    "We present HippoCamp, a new benchmark designed to evaluate agents' capabilities on multimodal file management. Unlike existing agent benchmarks that focus on tasks like web interaction, tool use, or software automation in generic settings, HippoCamp evaluates agents in user-centric environments to model individual user profiles and search massive personal files for context-aware reasoning. Our benchmark instantiates device-scale file systems over real-world profiles spanning diverse modalities, comprising 42.4 GB of data across over 2K real-world files. Building upon the raw files, we construct 581 QA pairs to assess agents' capabilities in search, evidence perception, and multi-step reasoning. To facilitate fine-grained analysis, we provide 46.1K densely annotated structured trajectories for step-wise failure diagnosis. We evaluate a wide range of state-of-the-art multimodal large language models (MLLMs) and agentic methods on HippoCamp. Our comprehensive experiments reveal a significant performance gap: even the most advanced commercial models achieve only 48.3% accuracy in user profiling, struggling particularly with long-horizon retrieval and cross-modal reasoning within dense personal file systems. Furthermore, our step-wise failure diagnosis identifies multimodal perception and evidence grounding as the primary bottlenecks. Ultimately, HippoCamp exposes the critical limitations of current agents in realistic, user-centric environments and provides a robust foundation for developing next-generation personal AI assistants.")
            .addLinks(Link.of("https://github.com/Savannah-yz/HippoCamp", LinkKind.CODE))
            .addLinks(Link.of("https://hippocamp-ai.github.io/", LinkKind.PROJECT_PAGE))
            .addLinks(Link.of("https://arxiv.org/abs/2604.01221", LinkKind.ARXIV))
            .source(Source.of("daily_papers-2026-04-02.json", 809, SourceKind.HF_API))
            .build();

    private static ParseResult sample(String file) {
        return Samples.read(HfApiReader::stream, Samples.text("samples/hf/" + file), file, Samples.noMetrics());
    }

    private static ParseResult json(String text) {
        return Samples.read(HfApiReader::stream, text, "t.json", Samples.noMetrics());
    }

    private static Map<String, Paper> byId(ParseResult r) {
        return r.papers().stream().collect(Collectors.toMap(p -> p.id().orElseThrow(), p -> p));
    }

    @ParameterizedTest
    @CsvSource({
        "daily_papers-2024-07-22.json, 16, 2407.14507, 2407.14329",
        "daily_papers-2025-03-05.json, 12, 2503.02682, 2503.02876",
        "daily_papers-2025-10-15.json, 26, 2510.12586, 2510.08783",
        "daily_papers-2026-04-02.json, 22, 2603.24414, 2603.29247"
    })
    void readsEverySampleDayWithoutDiagnostics(String file, int count, String firstId, String lastId) {
        ParseResult r = sample(file);

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).hasSize(count);
        assertThat(r.papers().get(0).id()).hasValue(firstId);
        assertThat(r.papers().get(count - 1).id()).hasValue(lastId);
        assertThat(r.papers()).allSatisfy(p -> {
            assertThat(p.source().orElseThrow().kind()).isEqualTo(SourceKind.HF_API);
            assertThat(p.source().orElseThrow().name()).isEqualTo(file);
            assertThat(p.authors()).isNotEmpty();
            assertThat(p.date()).isPresent();
            assertThat(p.upvotes()).isPresent();
            assertThat(p.commentCount()).isPresent();
            assertThat(p.links(LinkKind.ARXIV))
                    .containsExactly(Link.of("https://arxiv.org/abs/" + p.id().orElseThrow(), LinkKind.ARXIV));
        });
    }

    @Test
    void readsItemsOf2024WithoutItemLevelSummary() {
        Map<String, Paper> papers = byId(sample("daily_papers-2024-07-22.json"));

        assertThat(papers.get("2407.14177")).isEqualTo(P_2407_14177);
        assertThat(papers.get("2407.14358")).isEqualTo(P_2407_14358);
    }

    @Test
    void readsGithubRepoOfEarly2025Items() {
        Map<String, Paper> papers = byId(sample("daily_papers-2025-03-05.json"));

        assertThat(papers.get("2503.02682")).isEqualTo(P_2503_02682);
        assertThat(papers.get("2503.02197")).isEqualTo(P_2503_02197);
    }

    @Test
    void readsOrganizationFullnameAsTeamInLate2025Items() {
        Map<String, Paper> papers = byId(sample("daily_papers-2025-10-15.json"));

        assertThat(papers.get("2510.12586")).isEqualTo(P_2510_12586);
        assertThat(papers.get("2510.12747")).isEqualTo(P_2510_12747);
        assertThat(papers.values().stream().filter(p -> p.team().isPresent())).hasSize(21);
    }

    @Test
    void reads2026ItemsWithZeroComments() {
        Map<String, Paper> papers = byId(sample("daily_papers-2026-04-02.json"));

        assertThat(papers.get("2603.24414")).isEqualTo(P_2603_24414);
        assertThat(papers.get("2603.28407")).isEqualTo(P_2603_28407);
        assertThat(papers.get("2604.01221")).isEqualTo(P_2604_01221);
    }

    @Test
    void extractsMetricsFromTheAbstractUnlessTurnedOff() {
        String text = Samples.text("samples/hf/daily_papers-2025-10-15.json");

        ParseResult with = Samples.read(HfApiReader::stream, text, "d.json", ParseOptions.defaults());
        ParseResult without = sample("daily_papers-2025-10-15.json");

        assertThat(with.papers())
                .allSatisfy(p -> assertThat(p.metrics()).isEqualTo(MetricExtractor.extract(p.abstractText())));
        assertThat(without.papers()).allSatisfy(p -> assertThat(p.metrics()).isEmpty());
    }

    @Test
    void readsASinglePaperObjectAsFromApiPapersId() {
        ParseResult r = json("""
                {"id": "2401.01234", "title": "A  Title", "summary": "An\\n abstract.",
                 "authors": [{"name": "Ann"}, {"name": "Bob", "hidden": false}],
                 "publishedAt": "2024-01-02T23:59:59.000Z", "upvotes": 3, "numComments": 2,
                 "githubRepo": "https://github.com/a/b", "extra": {"nested": [1, 2, {"x": null}]}}
                """);

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers())
                .containsExactly(Paper.builder()
                        .id("2401.01234")
                        .title("A Title")
                        .abstractText("An abstract.")
                        .addAuthors("Ann", "Bob")
                        .authorCount(2)
                        .date(LocalDate.of(2024, 1, 2))
                        .dateText("2024-01-02T23:59:59.000Z")
                        .upvotes(3)
                        .commentCount(2)
                        .addLinks(Link.of("https://github.com/a/b", LinkKind.CODE))
                        .addLinks(Link.of("https://arxiv.org/abs/2401.01234", LinkKind.ARXIV))
                        .source(Source.of("t.json", 1, SourceKind.HF_API))
                        .build());
    }

    @Test
    void readsAnArrayOfPaperObjectsAndSearchResultsWrappedInPaper() {
        ParseResult r = json("""
                [
                  {"id": "2401.00001", "title": "One", "summary": "S1"},
                  {"paper": {"id": "2401.00002", "title": "Two", "summary": "S2", "upvotes": 9}},
                  {"paper": {"id": "2401.00003", "title": "Three", "summary": "S3"}, "title": "Three!"}
                ]
                """);

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers())
                .extracting(
                        p -> p.id().orElseThrow(),
                        Paper::title,
                        p -> p.source().orElseThrow().line())
                .containsExactly(
                        tuple("2401.00001", "One", 2), tuple("2401.00002", "Two", 3), tuple("2401.00003", "Three!", 4));
        assertThat(r.papers().get(1).upvotes()).hasValue(9);
    }

    @Test
    void readsConcatenatedTopLevelValues() {
        ParseResult r = json("{\"title\": \"A\", \"summary\": \"a\"}\n[{\"title\": \"B\", \"summary\": \"b\"}]\n");

        assertThat(r.papers()).extracting(Paper::title).containsExactly("A", "B");
    }

    @Test
    void treatsNullAndMissingOptionalFieldsAsAbsent() {
        ParseResult r = json("""
                [{"paper": {"title": "T", "summary": "S", "authors": null, "upvotes": null,
                  "githubRepo": null, "projectPage": "", "organization": null, "publishedAt": null},
                  "numComments": null, "organization": null}]
                """);

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers())
                .containsExactly(Paper.builder()
                        .title("T")
                        .abstractText("S")
                        .source(Source.of("t.json", 1, SourceKind.HF_API))
                        .build());
    }

    @Test
    void keepsARecordWithAWrongTypedFieldWithoutThatField() {
        ParseResult r = json("""
                [
                  {"paper": {"id": "2401.00001", "title": "T", "summary": "S",
                    "upvotes": "many", "authors": [{"name": "A"}, 7, {"name": ["x"]}]},
                   "numComments": -1, "organization": "Org"}
                ]
                """);

        assertThat(r.diagnostics())
                .extracting(
                        Diagnostic::code,
                        d -> d.position().line(),
                        d -> d.position().column())
                .containsExactly(
                        tuple(ProblemCode.WRONG_TYPE, 3, 16),
                        tuple(ProblemCode.WRONG_TYPE, 3, 51),
                        tuple(ProblemCode.WRONG_TYPE, 3, 63),
                        tuple(ProblemCode.WRONG_TYPE, 4, 19),
                        tuple(ProblemCode.WRONG_TYPE, 4, 39));
        assertThat(r.diagnostics().get(0).message())
                .isEqualTo("expected a non-negative integer for \"upvotes\" at line 3, column 16, found many");
        assertThat(r.diagnostics().get(0).found()).hasValue("many");
        Paper p = r.papers().get(0);
        assertThat(r.papers()).hasSize(1);
        assertThat(p.upvotes()).isEmpty();
        assertThat(p.commentCount()).isEmpty();
        assertThat(p.team()).isEmpty();
        assertThat(p.authors()).containsExactly("A");
        assertThat(p.authorCount()).hasValue(1);
    }

    @Test
    void dropsARecordWithoutTitleOrSummaryAndKeepsTheOthers() {
        ParseResult r = json("""
                [
                  {"paper": {"id": "2401.00001", "summary": "S"}},
                  {"paper": {"id": "2401.00002", "title": "T", "summary": "  "}},
                  {"paper": {"id": "2401.00003", "title": "T", "summary": "S"}}
                ]
                """);

        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, d -> d.position().line(), Diagnostic::message)
                .containsExactly(
                        tuple(
                                ProblemCode.MISSING_FIELD,
                                2,
                                "expected a \"title\" in the record starting at line 2, column 3, found none"),
                        tuple(
                                ProblemCode.MISSING_FIELD,
                                3,
                                "expected a \"summary\" in the record starting at line 3, column 3, found none"));
        assertThat(r.papers()).extracting(p -> p.id().orElseThrow()).containsExactly("2401.00003");
    }

    @Test
    void keepsARecordWithAnUnreadableDateWithoutTheDate() {
        ParseResult r = json("{\"title\": \"T\", \"summary\": \"S\", \"publishedAt\": \"yesterday\"}");

        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, d -> d.position().column())
                .containsExactly(tuple(ProblemCode.BAD_DATE, 47));
        assertThat(r.papers()).hasSize(1);
        assertThat(r.papers().get(0).date()).isEmpty();
        assertThat(r.papers().get(0).dateText()).isEmpty();
    }

    @Test
    void reportsTopLevelValuesThatAreNotRecords() {
        ParseResult r = json("[1, \"x\", [2], {\"title\": \"T\", \"summary\": \"S\"}]");

        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, d -> d.position().column())
                .containsExactly(
                        tuple(ProblemCode.WRONG_TYPE, 2),
                        tuple(ProblemCode.WRONG_TYPE, 5),
                        tuple(ProblemCode.WRONG_TYPE, 10));
        assertThat(r.papers()).extracting(Paper::title).containsExactly("T");
    }

    @Test
    void keepsTheRecordsBeforeTruncatedJson() {
        String text = Samples.text("samples/hf/daily_papers-2025-03-05.json");
        int cut = text.indexOf("\"id\": \"2503.02879\"");
        ParseResult r = Samples.read(HfApiReader::stream, text.substring(0, cut), "cut.json", Samples.noMetrics());

        assertThat(r.papers()).extracting(p -> p.id().orElseThrow()).containsExactly("2503.02682", "2503.02846");
        assertThat(r.diagnostics()).hasSize(1);
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.code()).isEqualTo(ProblemCode.BAD_JSON);
        assertThat(d.position().line()).isEqualTo(text.substring(0, cut).split("\n", -1).length);
        assertThat(d.message()).startsWith("expected well-formed JSON at line ");
    }

    @Test
    void reportsMalformedJsonAtItsPosition() {
        ParseResult r = json("[{\"title\": \"T\", \"summary\": \"S\"},\n {\"title\" \"U\"}]");

        assertThat(r.papers()).extracting(Paper::title).containsExactly("T");
        assertThat(r.diagnostics())
                .extracting(
                        Diagnostic::code,
                        d -> d.position().line(),
                        d -> d.position().column())
                .containsExactly(tuple(ProblemCode.BAD_JSON, 2, 11));
    }

    @Test
    void strictModeThrowsAtTheFirstWrongType() {
        String text = "[{\"title\": \"T\", \"summary\": \"S\", \"upvotes\": \"many\"}]";
        ParseOptions strict = Samples.noMetrics().withStrict(true);

        assertThatThrownBy(() -> Samples.read(HfApiReader::stream, text, "t.json", strict))
                .isInstanceOfSatisfying(PaperFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.WRONG_TYPE);
                    assertThat(e.position()).isEqualTo(SourcePosition.of(1, 44, 43));
                    assertThat(e.getMessage())
                            .isEqualTo("t.json:1:44: WRONG_TYPE: expected a non-negative integer"
                                    + " for \"upvotes\" at line 1, column 44, found many");
                });
    }

    @Test
    void strictModeThrowsAtTruncatedJson() {
        String text = "[{\"title\": \"T\", \"summary\": \"S\"}, {\"title\": ";
        ParseOptions strict = Samples.noMetrics().withStrict(true);

        assertThatThrownBy(() -> Samples.read(HfApiReader::stream, text, "t.json", strict))
                .isInstanceOfSatisfying(PaperFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.BAD_JSON);
                    assertThat(e.position().line()).isEqualTo(1);
                    assertThat(e.position().offset()).isEqualTo(text.length());
                });
    }

    @Test
    void readsAStrictlyValidSampleInStrictMode() {
        ParseResult r = Samples.read(
                HfApiReader::stream,
                Samples.text("samples/hf/daily_papers-2026-04-02.json"),
                "d.json",
                Samples.noMetrics().withStrict(true));

        assertThat(r.papers()).hasSize(22);
    }

    @Test
    void givesEachUrlOneLinkWhenAbstractAndMetadataShareIt() {
        Paper p = byId(sample("daily_papers-2025-10-15.json")).get("2510.12276");

        assertThat(p.links()).extracting(l -> MergeLinks.key(l.url())).doesNotHaveDuplicates();
        assertThat(p.links(LinkKind.PROJECT_PAGE))
                .extracting(Link::url)
                .containsExactly("https://spatial-forcing.github.io/");
        assertThat(p.links(LinkKind.CODE))
                .extracting(Link::url)
                .containsExactly("https://github.com/OpenHelix-Team/Spatial-Forcing");
        assertThat(List.of(p.links().get(p.links().size() - 1).kind())).containsExactly(LinkKind.ARXIV);
    }

    @Test
    void keepsTheAbstractSpanWhenGithubRepoRepeatsAnAbstractLink() {
        Paper p = byId(sample("daily_papers-2025-03-05.json")).get("2503.01935");
        String url = "https://github.com/MultiagentBench/MARBLE";
        int start = p.abstractText().indexOf(url);

        assertThat(p.links())
                .containsExactly(
                        Link.of(url, LinkKind.CODE, start, start + url.length()),
                        Link.of("https://arxiv.org/abs/2503.01935", LinkKind.ARXIV));
    }

    @Test
    void reportsJsonNestedTooDeeplyInsteadOfOverflowingTheStack() {
        String deep = "[{\"title\": \"T\", \"summary\": \"S\"}, {\"x\": " + "[".repeat(100_000);

        ParseResult r = json(deep);

        assertThat(r.papers()).extracting(Paper::title).containsExactly("T");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.BAD_JSON);
    }
}
