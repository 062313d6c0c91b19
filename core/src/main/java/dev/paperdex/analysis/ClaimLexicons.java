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

    /** The marks and words after a number that make it read as an outcome ("12%", "3x", "4 points"). */
    final CueWords metricUnits = words("%", "x", "times", "fold", "points", "pp", "percent");

    /** The words after a decimal that make it a size or a duration rather than an outcome. */
    final CueWords quantities = words(
            "million",
            "billion",
            "trillion",
            "thousand",
            "k",
            "m",
            "b",
            "years",
            "hours",
            "days",
            "minutes",
            "seconds",
            "tokens",
            "samples",
            "parameters",
            "images",
            "examples");

    /** The words of a sentence in the first person. */
    final CueWords firstPerson = words("we", "our", "us", "ours");

    /** The words that, a few words before a method noun, make it the paper's own ("our method"). */
    final CueWords ownMethodLeads = words("our", "proposed", "this");

    /** The subject of a sentence about what the paper's method does ("we achieve"). */
    final CueWords we = words("we");

    /** The beginnings of the verbs that, after "we", report what the paper's method does. */
    final CueWords ownResultVerbs = prefixes("achiev", "outperform", "surpass", "obtain", "reduc", "improv");

    /** The words that by themselves refer to the paper's own work ("the proposed", "the resulting"). */
    final CueWords ownWorkWords = words("proposed", "resulting");

    /** The words that, before one of {@link #ownNouns}, refer to the paper's own work ("this work"). */
    final CueWords demonstratives = words("this", "these");

    /** The pronouns that, among a sentence's first words, refer to the paper's work. */
    final CueWords pronouns = words("it", "its");

    /** {@link #ownNouns} as vocabulary ids. */
    final CueWords ownNounIds = CueWords.of(ownNouns, vocabulary);

    /** {@link #methodNouns} as vocabulary ids. */
    final CueWords methodNounIds = CueWords.of(methodNouns, vocabulary);

    /** {@link #proposalNouns} as vocabulary ids. */
    final CueWords proposalNounIds = CueWords.of(proposalNouns, vocabulary);

    /** {@link #analysisNouns} as vocabulary ids. */
    final CueWords analysisNounIds = CueWords.of(analysisNouns, vocabulary);

    /**
     * The cues of every lexicon above, indexed together (declared last: all are loaded and every
     * word set above is registered in the vocabulary by then).
     */
    final CueIndex index = new CueIndex(all, vocabulary);

    /**
     * Registers the words of the metric extractor's tables ({@link MetricWords}) before any look-up:
     * after those of the lexicons, which the index uses, so that its bit sets stay small (unless
     * {@link MetricWords} was initialised first, which gives other ids and the same answers).
     */
    private final boolean metricWords = MetricWords.registered();

    private ClaimLexicons() {}

    private static Set<String> with(List<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private CueWords words(String... words) {
        return CueWords.of(Set.of(words), vocabulary);
    }

    private CueWords prefixes(String... prefixes) {
        return CueWords.ofPrefixes(Set.of(prefixes), vocabulary);
    }

    private Lexicon load(String name) {
        Lexicon lexicon = Lexicon.load(name, all.size());
        all.add(lexicon);
        return lexicon;
    }

    /** Every lexicon, in the order of {@link CueIndex#findAll}'s result. */
    List<Lexicon> all() {
        return List.copyOf(all);
    }

    /** The position of {@code lexicon} in {@link CueIndex#findAll}'s result. */
    int slot(Lexicon lexicon) {
        return lexicon.slot();
    }
}
