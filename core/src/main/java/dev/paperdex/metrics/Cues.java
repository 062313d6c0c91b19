package dev.paperdex.metrics;

import dev.paperdex.Qualifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/** The cue-word tables of the extractor: immutable, shared by every call. */
final class Cues {
    private Cues() {}

    /** An immutable set of words; a word written twice is kept once. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Number words that may stand for a value in a factor or a duration. */
    static final Map<String, Double> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0),
            Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0),
            Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0), Map.entry("twelve", 12.0),
            Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("fifty", 50.0), Map.entry("hundred", 100.0), Map.entry("thousand", 1000.0));

    /** One-word factors: {@code twofold}, {@code twice}, {@code doubles}; value and whether it goes down. */
    static final Map<String, Double> FACTOR_WORDS = Map.ofEntries(
            Map.entry("twice", 2.0), Map.entry("thrice", 3.0),
            Map.entry("twofold", 2.0), Map.entry("threefold", 3.0), Map.entry("fourfold", 4.0),
            Map.entry("fivefold", 5.0), Map.entry("sixfold", 6.0), Map.entry("sevenfold", 7.0),
            Map.entry("eightfold", 8.0), Map.entry("ninefold", 9.0), Map.entry("tenfold", 10.0),
            Map.entry("hundredfold", 100.0), Map.entry("thousandfold", 1000.0),
            Map.entry("doubles", 2.0), Map.entry("doubled", 2.0), Map.entry("doubling", 2.0),
            Map.entry("triples", 3.0), Map.entry("tripled", 3.0), Map.entry("tripling", 3.0),
            Map.entry("quadruples", 4.0), Map.entry("quadrupled", 4.0), Map.entry("quadrupling", 4.0),
            Map.entry("halves", 2.0), Map.entry("halved", 2.0), Map.entry("halving", 2.0));

    /** Factor verbs that count only after a modal or {@code to}: {@code can halve}, {@code to double}. */
    static final Map<String, Double> FACTOR_BASE_VERBS =
            Map.of("double", 2.0, "triple", 3.0, "quadruple", 4.0, "halve", 2.0);

    static final Set<String> MODALS = words("can", "could", "to", "will", "would", "may", "might", "nearly", "almost",
            "roughly", "effectively", "further", "more", "than");

    static final Set<String> DOWN_FACTOR_WORDS = words("halve", "halves", "halved", "halving");

    /** One-word qualifiers written right before a number. */
    static final Map<String, Qualifier> QUALIFIER_WORDS = Map.ofEntries(
            Map.entry("about", Qualifier.APPROX), Map.entry("around", Qualifier.APPROX),
            Map.entry("nearly", Qualifier.APPROX), Map.entry("roughly", Qualifier.APPROX),
            Map.entry("approximately", Qualifier.APPROX), Map.entry("approx", Qualifier.APPROX),
            Map.entry("almost", Qualifier.APPROX), Map.entry("circa", Qualifier.APPROX),
            Map.entry("over", Qualifier.MIN), Map.entry("above", Qualifier.MIN),
            Map.entry("exceeds", Qualifier.MIN), Map.entry("exceeding", Qualifier.MIN),
            Map.entry("upto", Qualifier.MAX), Map.entry("under", Qualifier.MAX),
            Map.entry("\\sim", Qualifier.APPROX), Map.entry("\\approx", Qualifier.APPROX),
            Map.entry("\\geq", Qualifier.MIN), Map.entry("\\ge", Qualifier.MIN), Map.entry("\\gt", Qualifier.MIN),
            Map.entry("\\leq", Qualifier.MAX), Map.entry("\\le", Qualifier.MAX), Map.entry("\\lt", Qualifier.MAX),
            Map.entry("below", Qualifier.MAX), Map.entry("within", Qualifier.MAX));

    /** Two-word qualifiers: the first word, then the second. */
    static final Map<String, Map<String, Qualifier>> QUALIFIER_PAIRS = Map.of(
            "up", Map.of("to", Qualifier.MAX),
            "more", Map.of("than", Qualifier.MIN),
            "greater", Map.of("than", Qualifier.MIN),
            "higher", Map.of("than", Qualifier.MIN),
            "at", Map.of("least", Qualifier.MIN, "most", Qualifier.MAX),
            "less", Map.of("than", Qualifier.MAX),
            "fewer", Map.of("than", Qualifier.MAX),
            "lower", Map.of("than", Qualifier.MAX),
            "close", Map.of("to", Qualifier.APPROX));

    static final Map<String, Qualifier> QUALIFIER_SYMBOLS = Map.of(
            "~", Qualifier.APPROX, "\u2248", Qualifier.APPROX, "\u223c", Qualifier.APPROX,
            ">", Qualifier.MIN, "\u2265", Qualifier.MIN, "<", Qualifier.MAX, "\u2264", Qualifier.MAX);

    /** Suffixes glued to a number that make it a size or a count ({@code 7B}, {@code 54K}). */
    static final Set<String> SIZE_SUFFIXES = words("k", "m", "b", "t", "g", "bn", "mn", "d", "kb");

    /** Words after a number that make it a size, not an outcome, even after a qualifier. */
    static final Set<String> SIZE_WORDS = words("million", "millions", "billion", "billions", "trillion",
            "thousand", "thousands", "hundred", "hundreds");

    /** Time units and their singular names. */
    static final Map<String, String> TIME_UNITS = Map.ofEntries(
            Map.entry("ms", "ms"), Map.entry("millisecond", "ms"), Map.entry("milliseconds", "ms"),
            Map.entry("s", "second"), Map.entry("sec", "second"), Map.entry("secs", "second"),
            Map.entry("second", "second"), Map.entry("seconds", "second"),
            Map.entry("min", "minute"), Map.entry("mins", "minute"), Map.entry("minute", "minute"),
            Map.entry("minutes", "minute"), Map.entry("hour", "hour"), Map.entry("hours", "hour"),
            Map.entry("h", "hour"), Map.entry("gb", "gb"), Map.entry("mb", "mb"), Map.entry("tb", "tb"),
            Map.entry("fps", "fps"), Map.entry("db", "db"));

    /** Metric names that may stand where a unit would (EXTRACTION.md: {@code 12.3 mAP}). */
    static final Set<String> METRIC_NAMES = words("fid", "bleu", "rouge", "cider", "map", "ap", "f1", "auc", "aucs",
            "psnr", "ssim", "lpips", "em", "wer", "cer", "meteor", "spice", "iou", "miou", "accuracy", "acc",
            "score", "scores", "elo", "perplexity", "ppl", "recall", "precision", "nll", "bpd", "fvd", "kid", "mae",
            "mse", "rmse", "ndcg", "mrr", "ciderd", "correlation", "correlations", "kappa", "agreement", "rating",
            "ratings", "ece", "brier", "mauve", "gleu", "sacrebleu", "comet", "rougel", "dice", "hota", "mota", "bertscore", "chrf", "ter", "auroc", "eer");

    /** Heads of noun phrases that name a measured quantity rather than a benchmark. */
    static final Set<String> QUANTITY_HEADS = words("accuracy", "performance", "speed", "speedup", "throughput",
            "latency", "cost", "costs", "memory", "size", "sizes", "loss", "error", "errors", "flops", "efficiency",
            "usage", "time", "f1", "fid", "bleu", "auc", "score", "scores", "quality", "footprint", "consumption",
            "utilization", "rate", "length", "compute", "computation", "parameters", "energy", "gap", "overhead",
            "budget", "reward", "success", "robustness", "fidelity", "perplexity", "tokens", "steps", "gpus");

    /** Nouns and comparatives after a number that make it a change. */
    static final Set<String> CHANGE_WORDS = words("improvement", "improvements", "gain", "gains", "increase",
            "increases", "reduction", "reductions", "decrease", "decreases", "drop", "drops", "boost", "boosts",
            "higher", "lower", "better", "worse", "speedup", "speedups", "uplift", "lift", "rise", "decline",
            "savings", "saving", "relative", "absolute", "margin", "improving", "improved", "increment",
            "acceleration", "degradation", "deterioration", "slowdown", "penalty", "faster", "slower", "smaller",
            "larger", "cheaper", "shorter", "longer", "fewer", "less", "more", "greater", "quicker");

    /** Verbs that describe what a data set is made of: {@code comprising 20% synthetic images}. */
    static final Set<String> COMPOSITION_VERBS = words("contains", "contain", "containing", "comprises", "comprise",
            "comprising", "consists", "consisting", "composed", "covering");

    /** Verbs written right before a number (or before {@code by}) that make it a change. */
    static final Set<String> CHANGE_VERBS = words("improves", "improve", "improved", "improving", "increases",
            "increase", "increased", "increasing", "reduces", "reduce", "reduced", "reducing", "decreases",
            "decrease", "decreased", "decreasing", "boosts", "boost", "boosted", "boosting", "saves", "save",
            "saved", "saving", "cuts", "cut", "cutting", "lowers", "lower", "lowered", "lowering", "raises",
            "raise", "raised", "raising", "outperforms", "outperform", "outperformed", "outperforming",
            "surpasses", "surpass", "surpassed", "surpassing", "gains", "gained", "enhances", "enhance",
            "enhanced", "enhancing", "drops", "dropped", "lifts", "lifted", "exceeds", "exceed", "beats",
            "trims", "shrinks", "accelerates", "speeds", "advances", "elevates", "rises", "rose", "grows", "grew",
            "climbs", "jumps", "falls", "fell", "declines", "shrinks");

    /** Change nouns that take {@code of} before the number: {@code an increase of 5%}. */
    static final Set<String> CHANGE_NOUNS = words("improvement", "improvements", "gain", "gains", "increase",
            "increases", "reduction", "reductions", "decrease", "decreases", "drop", "boost", "speedup", "speedups",
            "margin", "margins", "uplift", "acceleration", "saving", "savings", "advantage", "lead", "delta", "by");

    static final Set<String> UP_WORDS = words("faster", "more", "higher", "increase", "increases", "increased",
            "increasing", "speedup", "speedups", "improve", "improves", "improved", "improving", "improvement",
            "improvements", "gain", "gains", "boost", "boosts", "boosting", "better", "larger", "greater",
            "outperforms", "outperform", "outperformed", "outperforming", "surpasses", "surpassing", "surpassed",
            "accelerates", "accelerating", "acceleration", "amplifying", "amplifies", "speeds", "up", "enhances",
            "enhancing", "raises", "raising", "uplift", "exceeds", "beats", "stronger", "quicker", "efficient",
            "throughput", "converges", "lead", "advantage", "lifts", "elevates", "advances", "fast", "quickly", "rises",
            "rise", "rose", "grows", "climbs", "jumps");

    static final Set<String> DOWN_WORDS = words("less", "fewer", "lower", "reduction", "reductions", "reduce",
            "reduces", "reduced", "reducing", "decrease", "decreases", "decreased", "decreasing", "smaller",
            "shorter", "cheaper", "cuts", "cut", "cutting", "saves", "saving", "savings", "saved", "save", "drop",
            "drops", "dropped", "slower", "lowers", "lowering", "shrinks", "trims", "compression", "compresses",
            "decline", "declines", "worse", "falls", "fall", "fell", "shrink", "halves", "halving", "degradation",
            "deterioration", "slowdown", "penalty");

    /** Preceding words that turn the number after them into set-up rather than outcome. */
    static final Set<String> SETUP_WORDS = words("rank", "sparsity", "dropout", "masking", "mask", "masks", "masked",
            "pruning", "budget",
            "learning", "temperature", "probability", "threshold", "momentum", "decay", "warmup",
            "split", "splits", "noise");

    /** Verbs right before a bare number that make it a score: {@code reaches 89.5 on GLUE}. */
    static final Set<String> SCORE_VERBS = words("achieves", "achieve", "achieved", "achieving", "reaches", "reach",
            "reached", "reaching", "attains", "attain", "attained", "attaining", "obtains", "obtain", "obtained",
            "obtaining", "scores", "scoring", "scored");

    /** Words that may follow a bare change after {@code by}: {@code by 2.3 on}, {@code by 2.3 over}. */
    static final Set<String> AFTER_BARE_CHANGE = words("on", "in", "across", "over", "compared", "relative", "than",
            "and", "while", "with", "at", "respectively", "absolute", "average", "versus", "vs", "when", "for");

    /** Nouns before {@code on X} that make X the benchmark of a score: {@code results on MMLU}. */
    static final Set<String> RESULT_NOUNS = words("results", "result", "experiments", "experiment", "evaluation",
            "evaluations", "performance", "accuracy", "score", "scores", "tests", "testing", "evaluated", "tested");

    /** Words that open a phrase about the paper itself, never a benchmark: {@code in this work}. */
    static final Set<String> DEMONSTRATIVES = words("this", "that", "these", "those", "our", "its", "their", "such",
            "which", "it", "them");

    /** Words in -ing that describe rather than start a clause: {@code the best existing model}. */
    static final Set<String> PARTICIPLE_ADJECTIVES = words("existing", "leading", "competing", "remaining",
            "corresponding", "following", "underlying", "pioneering", "outstanding", "promising", "emerging",
            "prevailing", "preceding", "matching", "missing", "resulting", "interesting", "challenging",
            "long-standing", "surprising");

    /** Words naming a split of a dataset: with only these a phrase names no benchmark. */
    static final Set<String> SPLIT_WORDS = words("test", "validation", "dev", "train", "training", "held", "out",
            "split", "splits", "subset", "subsets", "data", "evaluation", "heldout", "testing", "set", "sets");

    /** Heads that name a condition or a step count rather than a benchmark: {@code in a single step}. */
    static final Set<String> CONDITION_HEADS = words("setting", "settings", "scenario", "scenarios", "regime",
            "regimes", "mode", "modes", "case", "cases", "step", "steps", "iteration", "iterations", "epoch",
            "epochs", "round", "rounds", "pass", "passes", "shot", "shots", "condition", "conditions", "categories",
            "category", "way", "manner", "fashion", "learning", "paradigm", "paradigms");

    /** Heads that name hardware, not a benchmark: {@code on 3072 GPUs}. */
    static final Set<String> HARDWARE = words("gpu", "gpus", "tpu", "tpus", "cpu", "cpus", "device", "devices",
            "hardware", "machine", "machines", "node", "nodes", "chip", "chips", "phone", "phones", "laptop");

    /** Words after a factor that make it a configured setting rather than an outcome. */
    static final Set<String> FACTOR_SETUP_AFTER = words("downsampling", "upsampling", "upscaling", "downscaling",
            "super", "superresolution", "magnification", "zoom", "scale", "scaling", "resolution", "interpolation",
            "oversampling", "undersampling", "subsampling", "dilation", "stride", "cross", "cv", "crossvalidation",
            "validation");

    /** Verbs before a -fold word that make it a count of parts: {@code our contribution is twofold}. */
    static final Set<String> COPULAS = words("is", "are", "was", "were", "be", "been", "being");

    /** Words that may stand between a set-up word and its number. */
    static final Set<String> SETUP_LINKS = words("of", "to", "=", ":", "at", "is", "equating", "equal", "set",
            "ratio", "rate", "equals", "a", "with", "level");

    /** Prepositions that introduce the benchmark. */
    static final Set<String> BENCH_PREPS = words("on", "in", "across");

    /** Words that end a benchmark or baseline noun phrase. */
    static final Set<String> NP_STOPS = words("by", "on", "in", "across", "with", "without", "while", "whereas",
            "when", "where", "which", "that", "than", "compared", "relative", "versus", "vs", "against", "over",
            "to", "for", "using", "via", "under", "at", "as", "respectively", "involving", "surpassing",
            "outperforming", "achieving", "demonstrating", "showing", "yielding", "reaching", "and", "or", "but",
            "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "demonstrate",
            "demonstrates", "show", "shows", "achieve", "achieves", "achieved", "reveal", "reveals", "indicate",
            "indicates", "confirm", "confirms", "prove", "proves", "suggest", "suggests", "after", "before",
            "during", "through", "from", "of", "into", "despite", "since", "because", "thereby", "leading",
            "resulting", "including", "among", "alongside", "both", "either", "whilst", "also", "even",
            "improving", "reducing", "establishing", "saving", "being", "making", "obtaining",
            "attaining", "matching");

    /** Determiners and vague modifiers trimmed from the front of a benchmark. */
    static final Set<String> NP_LEADING = words("the", "a", "an", "our", "their", "its", "all", "both", "each",
            "certain", "specific", "some", "selected", "select", "several", "single",
            "every", "several", "multiple", "various", "diverse", "different", "many", "numerous", "challenging",
            "representative", "popular", "standard", "public", "common", "major", "mainstream", "extensive",
            "comprehensive", "widely", "used", "wide", "range", "variety", "set", "suite", "of", "these", "those",
            "other", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "most", "some", "established", "existing", "well", "known", "held", "out", "real", "world");

    /** Generic heads that, alone, name no benchmark ({@code multiple tasks}). */
    static final Set<String> GENERIC_HEADS = words("task", "tasks", "benchmark", "benchmarks", "dataset", "datasets",
            "model", "models", "llms", "llm", "setting", "settings", "domain", "domains", "language", "languages",
            "scenario", "scenarios", "case", "cases", "experiment", "experiments", "evaluation", "evaluations",
            "data", "test", "sets", "set", "suites", "baselines", "metrics", "problems", "categories", "tests");

    /** Trailing words trimmed from a benchmark written as a name ({@code MMVet tasks}). */
    static final Set<String> NP_TRAILING = words("benchmark", "benchmarks", "dataset", "datasets", "task", "tasks",
            "test", "tests", "set", "sets", "suite");

    /** Heads before {@code of} that stand for a part of the benchmark ({@code the test sets of MATH}). */
    static final Set<String> PART_HEADS = words("set", "sets", "split", "splits", "subset", "subsets", "version",
            "versions", "suite", "portion", "part", "parts", "benchmark", "benchmarks");

    /** Noun phrases after a preposition that never name a benchmark. */
    static final Set<String> NOT_BENCH_FIRST = words("average", "total", "terms", "top", "meantime", "addition",
            "particular", "practice", "contrast", "comparison", "sum", "summary", "short", "fact",
            "turn", "return", "this", "that", "which", "order", "response", "overall", "most", "part", "line",
            "place", "time", "same", "parallel", "aggregate", "expectation", "principle", "theory", "real");

    /** Words that, alone, name no benchmark: {@code faster on inference}. */
    static final Set<String> NOT_BENCH_ALONE = words("inference", "training", "deployment", "testing", "practice",
            "total", "average", "tasks", "benchmarks", "evaluation", "generation", "decoding", "prefill", "pretraining");

    /** Words that introduce a baseline; the baseline noun phrase follows. */
    static final Set<String> BASELINE_CUES = words("than", "over", "above", "versus", "vs", "against", "outperforms",
            "outperform", "outperformed", "outperforming", "surpasses", "surpass", "surpassed", "surpassing",
            "beats", "beat", "beating", "exceed", "exceeds", "exceeding", "exceeded");

    /** Determiners after which a gerund starts a new phrase ({@code surpassing the}). */
    static final Set<String> DETERMINERS = words("the", "a", "an", "its", "their", "our", "this", "these", "both",
            "all", "each", "every", "it", "them");

    /** Words that end a clause for the backward search. */
    static final Set<String> CLAUSE_WORDS = words("while", "whereas", "but", "which", "where", "whilst", "and");

    /** Function words that may be glued to a number by LaTeX ({@code by~3\%}) without making it a name. */
    static final Set<String> FUNCTION_WORDS = words("by", "of", "to", "than", "at", "and", "from", "with", "only",
            "about", "nearly", "over", "under", "within", "approximately", "roughly", "around", "upto", "as");
}
