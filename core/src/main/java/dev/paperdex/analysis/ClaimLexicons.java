package dev.paperdex.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The cue lexicons of the claim rules, loaded once from the class path. */
final class ClaimLexicons {
    static final ClaimLexicons INSTANCE = new ClaimLexicons();

    /** The words and prefixes of every lexicon below, complete once this instance exists. */
    final CueVocabulary vocabulary = CueVocabulary.INSTANCE;

    /** Every lexicon, in load order: {@link #index} finds the cues of all of them in one walk. */
    private final List<Lexicon> all = new ArrayList<>();

    final Lexicon performance = load("performance");
    final Lexicon comparison = load("comparison");
    final Lexicon sota = load("sota");
    final Lexicon efficiency = load("efficiency");
    final Lexicon release = load("release");
    final Lexicon finding = load("finding");
    final Lexicon evidence = load("evidence");
    final Lexicon background = load("background");
    final Lexicon method = load("method");
    final Lexicon hedge = load("hedge");
    final Lexicon intro = load("intro");
    final Lexicon purpose = load("purpose");
    final Lexicon analysis = load("analysis");
    final Lexicon phenomenon = load("phenomenon");
    final Lexicon continuation = load("continuation");
    final Lexicon conclusion = load("conclusion");
    final Lexicon manner = load("manner");
    final Lexicon insight = load("insight");
    /** The nouns that name a method in both sets below. */
    private final List<String> methodWords = List.of(
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
            "benchmark",
            "dataset");

    /** Nouns that, after "this" or "these", name the paper's own work. */
    final Set<String> ownNouns = with(methodWords, "work", "paper", "results", "improvements");

    /** Nouns that, after "our", "proposed" or "this", name the paper's method or model. */
    final Set<String> methodNouns = with(
            methodWords,
            "mechanisms",
            "architecture",
            "solution",
            "agent",
            "recipe",
            "loss",
            "objective",
            "policy",
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

    /** The cues of every lexicon above, indexed together (declared last: all are loaded by then). */
    final CueIndex index = new CueIndex(all, vocabulary);

    private ClaimLexicons() {}

    private static Set<String> with(List<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private Lexicon load(String name) {
        Lexicon lexicon = Lexicon.load(name, all.size());
        all.add(lexicon);
        return lexicon;
    }

    /** The position of {@code lexicon} in {@link CueIndex#findAll}'s result. */
    int slot(Lexicon lexicon) {
        return lexicon.slot();
    }
}
