package dev.paperdex.analysis;

import java.util.Set;

/** The cue lexicons of the claim rules, loaded once from the class path. */
final class ClaimLexicons {
    static final ClaimLexicons INSTANCE = new ClaimLexicons();

    /** The words and prefixes of every lexicon below, complete once this instance exists. */
    final CueVocabulary vocabulary = CueVocabulary.INSTANCE;

    final Lexicon performance = Lexicon.load("performance");
    final Lexicon comparison = Lexicon.load("comparison");
    final Lexicon sota = Lexicon.load("sota");
    final Lexicon efficiency = Lexicon.load("efficiency");
    final Lexicon release = Lexicon.load("release");
    final Lexicon finding = Lexicon.load("finding");
    final Lexicon evidence = Lexicon.load("evidence");
    final Lexicon background = Lexicon.load("background");
    final Lexicon method = Lexicon.load("method");
    final Lexicon hedge = Lexicon.load("hedge");
    final Lexicon intro = Lexicon.load("intro");
    final Lexicon purpose = Lexicon.load("purpose");
    final Lexicon analysis = Lexicon.load("analysis");
    final Lexicon phenomenon = Lexicon.load("phenomenon");
    final Lexicon continuation = Lexicon.load("continuation");
    final Lexicon conclusion = Lexicon.load("conclusion");
    final Lexicon manner = Lexicon.load("manner");
    final Lexicon insight = Lexicon.load("insight");
    /** Nouns that, after "this" or "these", name the paper's own work. */
    final Set<String> ownNouns = Set.of(
            "approach",
            "method",
            "methods",
            "model",
            "models",
            "framework",
            "work",
            "paper",
            "dataset",
            "benchmark",
            "system",
            "strategy",
            "strategies",
            "technique",
            "techniques",
            "scheme",
            "module",
            "design",
            "algorithm",
            "pipeline",
            "paradigm",
            "mechanism",
            "results",
            "improvements");

    /** Nouns that, after "our", "proposed" or "this", name the paper's method or model. */
    final Set<String> methodNouns = Set.of(
            "approach",
            "method",
            "methods",
            "model",
            "models",
            "framework",
            "system",
            "strategy",
            "strategies",
            "technique",
            "techniques",
            "scheme",
            "module",
            "design",
            "algorithm",
            "pipeline",
            "paradigm",
            "mechanism",
            "mechanisms",
            "architecture",
            "solution",
            "agent",
            "recipe",
            "loss",
            "objective",
            "policy",
            "benchmark",
            "dataset",
            "datasets",
            "metric",
            "metrics",
            "corpus",
            "pretraining",
            "training",
            "prompting",
            "toolkit",
            "library",
            "process",
            "network",
            "networks");

    /** Nouns that show an abstract introduces a method rather than a study or a benchmark. */
    final Set<String> proposalNouns =
            Set.of("method", "approach", "framework", "algorithm", "technique", "architecture", "model", "system");

    /** Nouns that, after "our", name the paper's analysis of others rather than its own method. */
    final Set<String> analysisNouns = Set.of(
            "results",
            "result",
            "experiments",
            "experiment",
            "analysis",
            "analyses",
            "findings",
            "finding",
            "study",
            "studies",
            "evaluation",
            "evaluations",
            "benchmark",
            "benchmarks",
            "work",
            "investigation",
            "investigations",
            "observations",
            "extensive",
            "comprehensive",
            "empirical",
            "key",
            "main",
            "central",
            "core",
            "systematic",
            "theory",
            "theoretical",
            "derivation",
            "experimental",
            "large",
            "further",
            "detailed",
            "careful",
            "controlled",
            "metrics",
            "metric",
            "taxonomy",
            "dataset",
            "data",
            "survey",
            "paper",
            "conclusions",
            "insights",
            "understanding");

    private ClaimLexicons() {}
}
