package dev.paperdex.analysis;

import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives accepted mentions their direction, metric, benchmark and baseline from the words around
 * them (after {@code on}/{@code in}/{@code across}, after {@code than}/{@code over}/{@code compared
 * to}), spreads list phrases over coordinated numbers, and builds the values.
 */
final class MetricAttacher extends Tokens {
    MetricAttacher(Tokens tokens) {
        super(tokens);
    }

    /** The metrics of {@code kept}, in text order. */
    List<ReportedMetric> attach(List<Mention> kept) {
        if (kept.isEmpty()) {
            return List.of();
        }
        for (Mention m : kept) {
            decideDirection(m);
            attachForward(m);
        }
        for (int a = kept.size() - 2; a >= 0; a--) {
            Mention m = kept.get(a);
            Mention n = kept.get(a + 1);
            if (n.prev == m && m.direction == null && m.kind != MetricKind.SCORE && m.kind == n.kind) {
                m.direction = n.direction;
            }
        }
        distribute(kept);
        for (Mention m : kept) {
            attachBackward(m);
        }
        baselinesByPosition(kept);
        parenthesized(kept);
        appositive(kept);
        propagate(kept);
        if (anyWithoutBenchmark(kept)) {
            new BenchmarkContext(this).fill(kept); // scanned only when some number still needs one
        }
        for (Mention m : kept) {
            nameAfter(m);
        }
        shareMetric(kept);
        List<ReportedMetric> out = new ArrayList<>(kept.size());
        for (Mention m : kept) {
            out.add(build(m));
        }
        return out;
    }

    private static final Set<String> SPEED_OF = Set.of(
            "training", "inference", "convergence", "decoding", "generation", "sampling", "rendering", "prefill");
    private static final Set<String> COMPARATIVES =
            Set.of("fewer", "less", "lower", "smaller", "more", "higher", "larger", "shorter", "longer", "greater");

    /**
     * Rule "the quantity after the number": a factor before {@code faster} or {@code slower} is on
     * speed ({@code 4.5x faster training} on training speed); a number before a comparative and a
     * noun phrase that ends in a quantity is on that quantity ({@code 20x fewer trainable parameters},
     * {@code 40% less memory}, {@code 3x cheaper} on cost); a factor before such a phrase is on it
     * ({@code a 1.67x speedup}, {@code 3~5x inference speedup}). Names only, after the benchmarks.
     */
    private void nameAfter(Mention m) {
        if (m.metric != null) {
            return;
        }
        int k = m.last + 1;
        if (!isWord(k) || !sameSentence(m.last, k)) {
            return;
        }
        if (m.kind == MetricKind.RATIO && (is(k, "faster") || is(k, "slower"))) {
            m.metric = isWord(k + 1) && SPEED_OF.contains(norm(k + 1)) ? norm(k + 1) + " speed" : "speed";
            return;
        }
        if (is(k, "cheaper")) {
            m.metric = "cost";
            return;
        }
        int from = COMPARATIVES.contains(norm(k)) ? k + 1 : m.kind == MetricKind.RATIO && m.tail == m.last ? k : -1;
        if (from < 0) {
            return;
        }
        if (in(from, MetricWords.DETERMINERS)) {
            from++; // up to 8x the inference compute
        }
        int end = -1;
        for (int j = from; j < from + 3 && isWord(j) && !tok(j).isCapitalized(); j++) {
            if (in(j, MetricWords.NP_STOPS | MetricWords.BENCH_PREPS | MetricWords.CLAUSE_WORDS) || is(j, "than")) {
                break;
            }
            if (in(j, MetricWords.QUANTITY_HEADS | MetricWords.METRIC_NAMES | MetricWords.METRIC_PLURALS)) {
                end = j + 1;
            }
        }
        if (end > 0) {
            m.metric = slice(from, end);
        }
    }

    /**
     * Rule "a list shares its metric": a number of a coordinated list or of a from-to pair that
     * names no metric of its own takes the one its neighbour in the list names, when both have the
     * same unit and kind ({@code an FID of 2.04 on A and 2.35 on B}, {@code 78.97% accuracy on A and
     * 80.82% on B}, {@code from 42.4% to 55.3% pass@1}). Names flow forwards first, then backwards.
     * Run after the benchmarks are attached, so a shared name never moves a benchmark.
     */
    private static void shareMetric(List<Mention> kept) {
        for (int a = 1; a < kept.size(); a++) {
            Mention m = kept.get(a);
            Mention p = kept.get(a - 1);
            if (m.prev == p && m.metric == null && p.metric != null && sameQuantity(m, p)) {
                m.metric = p.metric;
            }
        }
        for (int a = kept.size() - 1; a >= 1; a--) {
            Mention m = kept.get(a);
            Mention p = kept.get(a - 1);
            if (m.prev == p && p.metric == null && m.metric != null && sameQuantity(m, p)) {
                p.metric = m.metric;
            }
        }
    }

    private static boolean sameQuantity(Mention m, Mention p) {
        return m.unit.equals(p.unit) && m.kind == p.kind;
    }

    private void decideDirection(Mention m) {
        if (m.kind == MetricKind.SCORE) {
            m.direction = null;
            return;
        }
        if (m.direction != null) {
            return;
        }
        if (m.sign > 0) {
            m.direction = Direction.UP;
            return;
        }
        if (m.sign < 0) {
            m.direction = Direction.DOWN;
            return;
        }
        for (int k = m.last + 1; k <= m.last + 4 && k < t.size(); k++) {
            if (isPunct(k) && !is(k, ")")) {
                break;
            }
            Direction d = direction(k);
            if (d != null) {
                m.direction = d;
                return;
            }
            if (in(k, MetricWords.NP_STOPS) && !is(k, "more") && !is(k, "as") && !in(k, MetricWords.CHANGE_WORDS)) {
                break;
            }
        }
        Direction d = backwardDirection(m.first - 1, true);
        if (d == null) {
            d = backwardDirection(m.first - 1, false);
        }
        if (d == null && m.prev != null && m.prev.accepted) {
            d = m.prev.direction;
        }
        m.direction = d;
    }

    private Direction backwardDirection(int from, boolean clause) {
        int count = 0;
        int k = from;
        while (k >= 0 && count < WINDOW && sameSentence(k, from)) {
            Token x = t.get(k);
            if (x.is(")")) {
                int depth = 0;
                int j = k;
                int steps = 0;
                while (j >= 0 && steps < 80) {
                    if (t.get(j).is(")")) {
                        depth++;
                    } else if (t.get(j).is("(")) {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                    j--;
                    steps++;
                }
                k = j - 1;
                continue;
            }
            if (clause && (x.is(",") || x.is(";") || x.is(":") || in(k, MetricWords.CLAUSE_WORDS))) {
                return null;
            }
            if (x.isNum() && k != from && clause) {
                return null; // another number: its own cue words are not ours
            }
            Direction d = direction(k);
            if (d != null
                    && !(x.norm.equals("up")
                            && !is(k - 1, "speeds")
                            && !is(k - 1, "speed")
                            && !is(k - 1, "scales")
                            && !is(k - 1, "sped"))) {
                return d;
            }
            k--;
            count++;
        }
        return null;
    }

    private Direction direction(int k) {
        if (in(k, MetricWords.UP_WORDS)) {
            return Direction.UP;
        }
        if (in(k, MetricWords.DOWN_WORDS)) {
            return Direction.DOWN;
        }
        return null;
    }

    /** A noun phrase found in the text: token range, possibly split into list items. */
    static final class Np {
        int start;
        int end; // exclusive token index
        final List<int[]> items = new ArrayList<>();
    }

    /** Reads a noun phrase starting at token {@code k}, as a list of items when it is one. */
    Np np(int k, int limit) {
        Np np = new Np();
        np.start = k;
        int j = k;
        int itemStart = k;
        boolean closed = false;
        boolean glossed = false;
        while (j < t.size() && j < limit && j - k < NP_MAX) {
            Token x = t.get(j);
            if (x.is("(")) {
                // a short gloss of a list item in words, ARC (logic) and DART (math), stays in the
                // phrase: after the first item when the list goes on, after the last when the first had one
                int close = j > itemStart ? gloss(j) : -1;
                if (close > 0
                        && close < limit
                        && (glossed
                                || (is(close + 1, "and") || is(close + 1, "or"))
                                        && nameLike(close + 2)
                                        && sameSentence(j, close + 2))) {
                    glossed = true;
                    j = close + 1;
                    continue;
                }
                break;
            }
            if (x.is(",") && closed) {
                break; // A and B, then the clause: a list joined by a conjunction ends at the comma after it
            }
            if (x.is(",") || x.is("and") || x.is("or")) {
                int n = j;
                if (x.is(",") && (is(n + 1, "and") || is(n + 1, "or"))) {
                    n++;
                }
                Token after = tok(n + 1);
                if (after != null && nameLike(n + 1) && !metricName(n + 1) && j > itemStart && sameSentence(j, n + 1)) {
                    np.items.add(new int[] {itemStart, j});
                    closed |= !t.get(n).is(",");
                    j = n + 1;
                    itemStart = j;
                    continue;
                }
                break;
            }
            if (x.is(".")
                    && j > itemStart
                    && glued(j)
                    && glued(j + 1)
                    && j + 1 < limit
                    && (isWord(j + 1) || isNum(j + 1))) {
                j++;
                continue; // a point inside a name: Llama3.1-70B, Dr.LLM
            }
            if (isPunct(j)) {
                break;
            }
            if (x.isWord()
                    && j > itemStart
                    && in(j, MetricWords.QUALIFIER_PAIRS)
                    && Cues.QUALIFIER_PAIRS.get(x.norm).containsKey(norm(j + 1))) {
                break; // models up to 25x larger
            }
            boolean inCompound = glued(j) && is(j - 1, "-") && is(j + 1, "-") && glued(j + 1);
            if (x.isWord()
                    && j > itemStart
                    && in(j, MetricWords.NP_STOPS)
                    && !(x.is("of") && ofPart(j))
                    && !inCompound) {
                break; // state-of-the-art keeps its "of"
            }
            if (x.isWord()
                    && j > itemStart
                    && !x.isCapitalized()
                    && in(j, MetricWords.CHANGE_VERBS)
                    && x.norm.endsWith("s")) {
                break;
            }
            if (x.isWord()
                    && j > itemStart
                    && x.norm.endsWith("ing")
                    && !x.isCapitalized()
                    && x.norm.length() > 5
                    && !isHyphenated(j)
                    && !in(j, MetricWords.PARTICIPLE_ADJECTIVES)
                    && (in(j + 1, MetricWords.DETERMINERS) || nameLike(j + 1))) {
                break;
            }
            if (x.kind == Token.Kind.SYM
                    && !(x.is("-") || x.is("/") || x.is("_") || x.is(".") || x.is("'") || x.is("+") || x.is("&")
                            || x.is("^") || x.is("{") || x.is("}"))) {
                break;
            }
            if (x.is(".") && !(glued(j) && glued(j + 1) && j + 1 < t.size() && !t.get(j + 1).space)) {
                break;
            }
            j++;
        }
        if (j > itemStart) {
            np.items.add(new int[] {itemStart, j});
        }
        if (!closed && np.items.size() > 1) {
            // "on X, Model does ...": items joined by commas alone are no list
            int[] firstItem = np.items.get(0);
            np.items.clear();
            np.items.add(firstItem);
            j = firstItem[1];
        }
        np.end = j;
        if (np.items.isEmpty()) {
            return null;
        }
        return np;
    }

    /** Heads of what a method is run with, named or not: not benchmarks. */
    private static final Set<String> SETUP_HEADS = Set.of(
            "optimization",
            "optimizations",
            "methods",
            "techniques",
            "approaches",
            "strategies",
            "configurations",
            "baselines");

    /** The heads that make a phrase a dataset whatever its modifiers: {@code the out-of-domain Biography dataset}. */
    private static final Set<String> DATASET_HEADS =
            Set.of("dataset", "datasets", "benchmark", "benchmarks", "set", "sets", "split", "suite");

    /** Whether a dataset head ({@link #DATASET_HEADS}) ends a short phrase from {@code k}, before {@code limit}. */
    private boolean headed(int k, int limit) {
        for (int j = k + 1; j < limit && j <= k + 8; j++) {
            if (isPunct(j) || in(j, MetricWords.CLAUSE_WORDS)) {
                return false;
            }
            if (isWord(j) && DATASET_HEADS.contains(t.get(j).norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the {@code )} closing the {@code (} at {@code k} when what stands between is one
     * to three lower-case words ({@code (logic)}, {@code (math reasoning)}), else -1.
     */
    private int gloss(int k) {
        for (int j = k + 1; j < t.size() && j <= k + 4; j++) {
            if (is(j, ")")) {
                return j > k + 1 ? j : -1;
            }
            if (!isWord(j) || t.get(j).isCapitalized() || t.get(j).hasUpperOrDigitInside()) {
                return -1;
            }
        }
        return -1;
    }

    private boolean isHyphenated(int j) {
        return glued(j) && is(j - 1, "-");
    }

    /** Whether an {@code of} at {@code j} belongs inside the phrase: {@code classification of X}. */
    private boolean ofPart(int j) {
        return in(j - 1, MetricWords.PART_HEADS);
    }

    /** Trims an item of a phrase to the benchmark it names, as [start, end) tokens, or null. */
    private int[] trimBench(int s, int e) {
        if (in(s, MetricWords.DEMONSTRATIVES) && !hasName(s, e)) {
            return null; // in this work, on our setting
        }
        // the part after "like", "such as", "including": benchmarks like LLaMA Question
        for (int j = s; j < e; j++) {
            if (is(j, "like") || is(j, "including") || is(j, "such") && is(j + 1, "as")) {
                s = is(j, "such") ? j + 2 : j + 1;
                break;
            }
        }
        // the test sets of MATH, a few-shot version of the DROP dataset
        for (int j = s; j < e; j++) {
            if (is(j, "of") && j > s && in(j - 1, MetricWords.PART_HEADS)) {
                s = j + 1;
                break;
            }
        }
        boolean counted = false;
        boolean trailed = false;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            Token x = t.get(s);
            if (x.isWord() && in(s, MetricWords.NP_LEADING) && !(glued(s + 1) && is(s + 1, "-"))) {
                s++;
                changed = true;
            } else if (x.isNum() && !glued(s + 1)) {
                s++;
                counted = true;
                changed = true;
            } else if ((x.is("zero") || x.is("few") || x.is("one") || x.isNum())
                    && is(s + 1, "-")
                    && is(s + 2, "shot")
                    && (nameLike(s + 3) || x.isNum())) {
                s += 3;
                changed = true;
            }
        }
        while (e > s
                && (isWord(e - 1)
                                && in(e - 1, MetricWords.NP_TRAILING)
                                && hasName(s, e - 1)
                                && !(glued(e - 1) && is(e - 2, "-"))
                        || is(e - 1, "task") && e - 1 > s
                        || is(e - 1, "-")
                        || is(e - 1, "."))) {
            trailed |= isWord(e - 1);
            e--;
        }
        if (e <= s) {
            return null;
        }
        // rule "describing words before a name": the high school level miniF2F benchmark is miniF2F
        if (trailed && nameLike(e - 1)) {
            int first = s;
            while (first < e && !nameLike(first) && isWord(first)) {
                if (!glued(first + 1)) {
                    first++;
                    continue;
                }
                // a describing compound in lower case: the out-of-domain Biography dataset
                int j = first;
                while (j + 2 < e
                        && is(j + 1, "-")
                        && glued(j + 1)
                        && glued(j + 2)
                        && isWord(j + 2)
                        && !nameLike(j + 2)) {
                    j += 2;
                }
                if (j == first || glued(j + 1)) {
                    break;
                }
                first = j + 1;
            }
            if (first > s && first < e && t.get(first).hasUpperOrDigitInside()) {
                s = first;
            }
        }
        int head = e - 1;
        if (in(head, MetricWords.QUANTITY_HEADS) && !t.get(head).isCapitalized()) {
            return null;
        }
        if (isWord(head)
                && !t.get(head).isCapitalized()
                && (in(head, MetricWords.MODEL_HEADS) || SETUP_HEADS.contains(norm(head)))
                && !(isWord(s) && !t.get(s).isCapitalized() && norm(s).endsWith("ing"))) {
            // across multiple LLM inference optimizations, on Llama backbones: a set-up, not a
            // benchmark; but training BERT models is a task
            return null;
        }
        if (in(head, MetricWords.HARDWARE)
                || hardwareName(head)
                || in(head, MetricWords.CONDITION_HEADS) && !hasName(s, e)) {
            return null; // on 8 GPUs, in a single sampling step, in the five-choice setting
        }
        if (modelName(e - 1) || in(e - 1, MetricWords.MODEL_SUFFIXES) && glued(e - 1) && is(e - 2, "-")) {
            return null; // OPT-125M, Qwen2.5-7B, LLaDA-Instruct: a model, not a benchmark
        }
        if (!hasName(s, e)) {
            // all lower case: a single generic or vague word names no benchmark
            if (e - s <= 1
                    && in(
                            head,
                            MetricWords.GENERIC_HEADS | MetricWords.NOT_BENCH_FIRST | MetricWords.NOT_BENCH_ALONE)) {
                return null;
            }
        }
        if (counted && e - s <= 1) {
            return null; // 3072 GPUs
        }
        if (!hasName(s, e) && !lowerCaseBenchmark(s, e)) {
            return null; // on cache hits, across all axes, in image-quality metrics
        }
        boolean generic = true;
        for (int j = s; j < e && generic; j++) {
            Token x = t.get(j);
            generic = !x.isWord() && x.is("-")
                    || x.isWord() && in(j, MetricWords.GENERIC_HEADS | MetricWords.SPLIT_WORDS);
        }
        if (generic) {
            return null; // the test set, the held-out split
        }
        return new int[] {s, e};
    }

    /**
     * Rule "hardware is no benchmark": accelerator names such as {@code H100}, {@code A100}, {@code
     * RTX4090}, {@code MI300X}: a short letter prefix, then digits.
     */
    private boolean hardwareName(int k) {
        Token x = tok(k);
        if (x == null || !x.isWord()) {
            return false;
        }
        String w = x.norm;
        int i = 0;
        while (i < w.length() && Character.isLetter(w.charAt(i))) {
            i++;
        }
        int d = i;
        while (d < w.length() && Character.isDigit(w.charAt(d))) {
            d++;
        }
        String prefix = w.substring(0, i);
        return d - i >= 2 && w.length() - d <= 1 && Cues.HARDWARE_PREFIXES.contains(prefix);
    }

    /**
     * Rule "lower-case benchmark": a phrase without a name names a benchmark only by its head ({@code
     * common-sense reasoning tasks}) or as a task of something ({@code classification of surgical
     * feedback}).
     */
    private boolean lowerCaseBenchmark(int s, int e) {
        if (in(e - 1, MetricWords.MODEL_HEADS | MetricWords.NOT_TASK_HEADS)) {
            return false;
        }
        if (in(e - 1, MetricWords.BENCH_WORDS | MetricWords.TASK_HEADS)) {
            return true;
        }
        String head = norm(e - 1);
        if (head.length() > 6 && (head.endsWith("ing") || head.endsWith("tion"))) {
            return true; // a task: screenshot grounding, machine translation
        }
        for (int j = s + 1; j < e - 1; j++) {
            if (is(j, "of") && (norm(j - 1).endsWith("tion") || in(j - 1, MetricWords.BENCH_WORDS))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} ends a model name with a size: {@code 125M}, {@code 7B}. */
    private boolean modelName(int k) {
        Token x = tok(k);
        if (x == null) {
            return false;
        }
        if (x.isWord() && glued(k) && isNum(k - 1) && (x.norm.equals("m") || x.norm.equals("b"))) {
            return glued(k - 1) && (is(k - 2, "-") || isWord(k - 2)) || isNum(k - 1) && tok(k - 1).fraction;
        }
        return false;
    }

    void setBench(Mention m, int[] r) {
        m.benchmark = slice(r[0], r[1]);
        m.benchStart = t.get(r[0]).start;
        m.benchEnd = t.get(r[1] - 1).end;
    }

    /** A benchmark from a phrase: one item, or all of them as written. */
    int[] benchOf(Np np) {
        if (np.items.size() == 1) {
            int[] it = np.items.get(0);
            return trimBench(it[0], it[1]);
        }
        int[] a = trimBench(np.items.get(0)[0], np.items.get(0)[1]);
        int[] last = np.items.get(np.items.size() - 1);
        int[] b = trimBench(last[0], last[1]);
        if (a == null || b == null) {
            return null;
        }
        return new int[] {a[0], b[1]};
    }

    /** Reads the phrase after a baseline cue, if {@code k} is one; returns the index past it or -1. */
    private int baselineAt(Mention m, int k) {
        if (!in(k, MetricWords.BASELINE_STARTS)) {
            return -1; // most words: one bit
        }
        int s;
        if (is(k, "compared") && (is(k + 1, "to") || is(k + 1, "with"))
                || is(k, "relative") && is(k + 1, "to")
                || is(k, "comparison") && (is(k + 1, "to") || is(k + 1, "with"))) {
            s = k + 2;
        } else if (isWord(k)
                && in(k, MetricWords.BASELINE_CUES)
                && !isNum(k + 1)
                && !(is(k, "over") && in(k + 1, MetricWords.QUALIFIER_WORDS))) {
            s = k + 1;
        } else if (is(k, "vs") && is(k + 1, ".")) {
            s = k + 2;
        } else if (is(k, "upon") && (in(k - 1, MetricWords.CHANGE_WORDS) || in(k - 1, MetricWords.CHANGE_NOUNS))) {
            s = k + 1; // an improvement upon X; but not built upon X

        } else {
            return -1;
        }
        if (is(s, "both") || is(s, "all")) {
            s++;
        }
        if (isNum(s) || is(s, "+") || is(s, "-") || is(s, "~")) {
            return -1; // compared to 65.9% for X: a number, not what it is compared with
        }
        int e;
        int end;
        if (isWord(s) && norm(s).endsWith("ing") && norm(s).length() > 4) {
            // a gerund phrase: training on data associated with the target skill
            e = s;
            while (e < t.size()
                    && e - s < NP_MAX
                    && !isPunct(e)
                    && sameSentence(e, s)
                    && !(in(e, MetricWords.CLAUSE_WORDS) && e > s)) {
                e++;
            }
            end = e;
        } else {
            Np np = np(s, t.size());
            if (np == null) {
                return -1;
            }
            e = np.items.get(0)[1];
            end = np.end;
            if (np.items.size() > 1 && m.baseline == null && e > s) {
                m.baseItems = np.items;
            } else if (np.items.size() == 1 && is(e, "of") && e > s && RESULT_OF.contains(norm(e - 1))) {
                // surpassing the score of Llama3.1-70B: what is compared is the model's
                Np of = np(e + 1, t.size());
                if (of != null && of.start == e + 1) {
                    e = of.items.get(0)[1];
                    end = Math.max(end, e);
                }
            }
        }
        if (e > s && m.baseline == null) {
            m.baseline = slice(s, e);
            m.baseStart = t.get(s).start;
            m.baseEnd = t.get(e - 1).end;
        }
        return end;
    }

    /** Looks right after the mention: metric words, {@code of} phrase, baseline, then {@code on X}. */
    private void attachForward(Mention m) {
        if (m.innerBench >= 0) {
            setBench(m, new int[] {m.innerBench, m.innerBench + 1});
        }
        int k = m.tail + 1;
        int steps = 0;
        boolean afterChangeNoun = false;
        if (isWord(m.num) && m.first == m.last && in(k, MetricWords.DETERMINERS)) {
            // a factor verb and its object: halve the error, doubles the throughput
            Np object = np(k + 1, t.size());
            if (object != null) {
                if (m.metric == null) {
                    m.metric = slice(k + 1, object.items.get(0)[1]);
                }
                k = object.end;
            }
        }
        while (k < t.size() && steps < 8 && sameSentence(k, m.num)) {
            steps++;
            int j = skipTail(k, t.size());
            if (j > k) {
                for (int q = k; q < j; q++) {
                    if (in(q, MetricWords.CHANGE_NOUNS) || in(q, MetricWords.CHANGE_WORDS)) {
                        afterChangeNoun = true;
                    }
                    if (m.metric == null && (in(q, MetricWords.METRIC_NAMES) && !is(q, "score") && !is(q, "scores"))) {
                        // with the words of the tail before it that qualify it: 80.82% strict accuracy
                        int st = q;
                        while (st > k && tailModifier(st - 1)) {
                            st--;
                        }
                        int en = q + 1;
                        if (en < j && (is(en, "rate") || is(en, "rates"))) {
                            en++; // an 86.5% LC win rate
                        }
                        m.metric = st == q && en == q + 1 ? t.get(q).text : slice(st, en);
                    } else if (m.metric == null
                            && m.kind == MetricKind.SCORE
                            && q > k
                            && in(q, MetricWords.QUANTITY_HEADS)
                            && isWord(q - 1)
                            && tailModifier(q - 1)) {
                        // a quantity with a word that makes it a measure: 98.0% average success, 4.78
                        // average length
                        int st = q - 1;
                        while (st > k && tailModifier(st - 1)) {
                            st--;
                        }
                        m.metric = slice(st, q + 1);
                    }
                }
                k = j;
                continue;
            }
            if (is(k, "respectively") || is(k, "absolute") || is(k, ")")) {
                k++;
                continue;
            }
            if (is(k, "(")) {
                // rule "parenthesis before the benchmark": 71.2% (a new record) on X; (on X) is read inside
                int close = in(k + 1, MetricWords.BENCH_PREPS) ? k + 1 : closing(k);
                if (close < 0) {
                    return;
                }
                k = in(k + 1, MetricWords.BENCH_PREPS) ? k + 1 : close + 1;
                continue;
            }
            if (is(k, ",") && is(k + 1, "respectively")) {
                k += is(k + 2, ",") ? 3 : 2;
                continue;
            }
            if (is(k - 1, "more") || is(k - 1, "less") || is(k - 1, "fewer")) {
                // 3x more sample-efficient than PPO
                int j2 = k;
                while (j2 < k + 4 && j2 < t.size() && !isPunct(j2) && !is(j2, "than")) {
                    j2++;
                }
                if (is(j2, "than")) {
                    k = j2;
                }
            }
            if (is(k, "of") && !afterChangeNoun) {
                Np np = np(k + 1, t.size());
                if (np == null) {
                    return;
                }
                k = np.end;
                continue;
            }
            int b = baselineAt(m, k);
            if (b >= 0) {
                k = b;
                continue;
            }
            if (is(k, ",")
                    && (is(k + 1, "averaged") || is(k + 1, "evaluated") || is(k + 1, "measured"))
                    && in(k + 2, MetricWords.BENCH_PREPS)) {
                k += 2;
            }
            if (is(k, "averaged") && (is(k + 1, "across") || is(k + 1, "over") || is(k + 1, "on"))) {
                k++;
            }
            if (steps == 1
                    && m.bare()
                    && isWord(k)
                    && tok(k).hasUpperOrDigitInside()
                    && in(k + 1, MetricWords.BENCH_PREPS)) {
                k++; // 126.0 c40 on the official server: an unknown metric name
            }
            if (in(k, MetricWords.BENCH_PREPS)) {
                int s = k + 1;
                if (is(s, "average") || is(s, "an") && is(s + 1, "average")) {
                    m.averaged = true;
                }
                if (in(s, MetricWords.NOT_BENCH_FIRST) || in(s + 1, MetricWords.NOT_BENCH_FIRST) && is(s, "the")) {
                    Np skip = np(s, t.size());
                    if (skip == null) {
                        return;
                    }
                    k = skip.end;
                    continue;
                }
                Np np = np(s, t.size());
                if (np == null) {
                    return;
                }
                int[] last = np.items.get(np.items.size() - 1);
                int head = last[1] - 1;
                if (afterChangeNoun && is(k, "in") && in(np.start, MetricWords.METRIC_NAMES)
                        || in(head, MetricWords.QUANTITY_HEADS) && !hasName(np.start, np.end)
                        || afterChangeNoun
                                && is(k, "in")
                                && !hasName(np.start, np.end)
                                && in(head, MetricWords.QUANTITY_HEADS)) {
                    if (m.metric == null) {
                        m.metric = slice(np.start, np.end);
                    }
                    k = np.end;
                    continue;
                }
                int[] r = benchOf(np);
                if (r != null && m.benchmark == null) {
                    setBench(m, r);
                    m.benchList = np;
                }
                if (r == null) {
                    m.benchUnnamed = true; // on the test set: measured on something the text does not name
                }
                if (m.baseline == null) {
                    baselineAt(m, np.end);
                }
                return;
            }
            return;
        }
    }

    private static boolean anyWithoutBenchmark(List<Mention> kept) {
        for (Mention m : kept) {
            if (m.benchmark == null) {
                return true;
            }
        }
        return false;
    }

    /** The index of the {@code )} that closes the {@code (} at {@code k} within a short span, or -1. */
    private int closing(int k) {
        int depth = 0;
        for (int j = k; j < t.size() && j < k + 2 * WINDOW && sameSentence(j, k); j++) {
            if (is(j, "(")) {
                depth++;
            } else if (is(j, ")") && --depth == 0) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Rule "comparison in parentheses": a number in {@code (versus 0.87 for X)} right after a mention
     * is measured where that mention is.
     */
    private void parenthesized(List<Mention> kept) {
        for (int a = 1; a < kept.size(); a++) {
            Mention m = kept.get(a);
            Mention o = kept.get(a - 1);
            int p = m.first - 1;
            if (is(p, "versus") || is(p, "vs") || is(p, "than")) {
                p--;
            } else if (is(p, ".") && is(p - 1, "vs")) {
                p -= 2;
            }
            if (m.benchmark == null && o.benchmark != null && is(p, "(") && p - 1 <= o.tail + 1 && p > o.last) {
                m.benchmark = o.benchmark;
                m.benchStart = o.benchStart;
                m.benchEnd = o.benchEnd;
            }
        }
    }

    /**
     * Rule "appositive change": {@code 51.67% on LoCoMo, a nearly 3% improvement upon X}: the change
     * is measured where the number it follows is.
     */
    private void appositive(List<Mention> kept) {
        for (Mention m : kept) {
            Mention o = m.prev;
            int p = m.first - 1;
            if (o != null
                    && m.viaPhrase
                    && m.benchmark == null
                    && o.benchmark != null
                    && (is(p, "a") || is(p, "an"))
                    && is(p - 1, ",")) {
                m.benchmark = o.benchmark;
                m.benchStart = o.benchStart;
                m.benchEnd = o.benchEnd;
            }
        }
    }

    /** The index of the last mention of the coordinated list that starts at {@code a}. */
    private static int groupEnd(List<Mention> kept, int a) {
        int b = a;
        while (b + 1 < kept.size() && kept.get(b + 1).prev == kept.get(b)) {
            b++;
        }
        return b;
    }

    /** Whether the list {@code kept[a, b]} is a from-to pair (or has one). */
    private static boolean hasFromTo(List<Mention> kept, int a, int b) {
        for (int q = a + 1; q <= b; q++) {
            if (kept.get(q).fromTo) {
                return true;
            }
        }
        return false;
    }

    /** Spreads a phrase list over a coordinated list of the same length ({@code 70.8% and 94.0% on MATH and GSM8K}). */
    private void distribute(List<Mention> kept) {
        int a = 0;
        while (a < kept.size()) {
            int b = groupEnd(kept, a);
            boolean pair = hasFromTo(kept, a, b);
            int size = pair ? 1 : b - a + 1;
            if (pair) {
                share(kept, a, b);
            }
            if (size >= 2) {
                Mention last = kept.get(b);
                Np list = last.benchList;
                boolean ownEach = true;
                for (int q = a; q < b; q++) {
                    if (kept.get(q).benchmark == null) {
                        ownEach = false;
                    }
                }
                if (!ownEach && (list == null || list.items.size() != size)) {
                    list = respectivelyList(last, size);
                }
                if (!ownEach && list != null && list.items.size() == size) {
                    for (int q = 0; q < size; q++) {
                        int[] it = list.items.get(q);
                        int[] r = trimBench(it[0], it[1]);
                        if (r != null) {
                            setBench(kept.get(a + q), r);
                        }
                    }
                } else if (!ownEach && last.benchmark != null) {
                    for (int q = a; q < b; q++) {
                        Mention m = kept.get(q);
                        if (m.benchmark == null && !m.benchUnnamed) {
                            m.benchmark = last.benchmark;
                            m.benchStart = last.benchStart;
                            m.benchEnd = last.benchEnd;
                        }
                    }
                }
                // a baseline named once for the list
                Mention withBase = null;
                for (int q = a; q <= b; q++) {
                    if (kept.get(q).baseline != null) {
                        withBase = kept.get(q);
                    }
                }
                if (withBase != null) {
                    for (int q = a; q <= b; q++) {
                        Mention m = kept.get(q);
                        // a score is no comparison: 51.2% on X, a 3% gain upon Y gives Y to the gain only
                        if (m.baseline == null && (m.kind == withBase.kind || m.kind != MetricKind.SCORE)) {
                            m.baseline = withBase.baseline;
                            m.baseStart = withBase.baseStart;
                            m.baseEnd = withBase.baseEnd;
                        }
                    }
                }
            }
            a = b + 1;
        }
    }

    /**
     * A baseline written as a list over a coordinated list of as many numbers ({@code outperforms
     * GPT-4o and Gemini by 16% and 21%, respectively}): each number is compared with the baseline in
     * its place, where the look-ups gave each the first.
     */
    private void baselinesByPosition(List<Mention> kept) {
        int a = 0;
        while (a < kept.size()) {
            int b = groupEnd(kept, a);
            boolean pair = hasFromTo(kept, a, b);
            int size = b - a + 1;
            Mention withList = null;
            for (int q = a; q <= b && !pair && size >= 2; q++) {
                Mention m = kept.get(q);
                if (m.baseItems != null && m.baseItems.size() == size) {
                    withList = m;
                }
            }
            boolean same = withList != null;
            for (int q = a; q <= b && same; q++) {
                Mention m = kept.get(q);
                same = m.baseline == null || m.baseStart == withList.baseStart;
            }
            if (same) {
                for (int q = 0; q < size; q++) {
                    Mention m = kept.get(a + q);
                    int[] it = withList.baseItems.get(q);
                    if (it[1] > it[0]) {
                        m.baseline = slice(it[0], it[1]);
                        m.baseStart = t.get(it[0]).start;
                        m.baseEnd = t.get(it[1] - 1).end;
                    }
                }
            }
            a = b + 1;
        }
    }

    private static void share(List<Mention> kept, int a, int b) {
        Mention from = null;
        for (int q = a; q <= b; q++) {
            if (kept.get(q).benchmark != null) {
                from = kept.get(q);
            }
        }
        if (from == null) {
            return;
        }
        for (int q = a; q <= b; q++) {
            Mention m = kept.get(q);
            if (m.benchmark == null && !m.benchUnnamed) {
                m.benchmark = from.benchmark;
                m.benchStart = from.benchStart;
                m.benchEnd = from.benchEnd;
            }
        }
    }

    /** In a sentence with {@code respectively}, a phrase list of {@code size} items after on/in/across. */
    private Np respectivelyList(Mention m, int size) {
        if (!respectively[m.sentence]) {
            return null;
        }
        int s = sentenceStart[m.sentence];
        int e = m.sentence + 1 < sentenceStart.length ? sentenceStart[m.sentence + 1] : t.size();
        int from = Math.max(s, m.first - 4 * NP_MAX);
        int to = Math.min(e, m.last + 2 * NP_MAX);
        for (int k = from; k < to; k++) {
            if (in(k, MetricWords.BENCH_PREPS)) {
                Np np = np(k + 1, e);
                if (np != null && np.items.size() == size) {
                    return np;
                }
            }
        }
        return null;
    }

    /** Looks before the mention: a sentence-initial {@code On X,}, then the nearest {@code on X} in the clause. */
    private void attachBackward(Mention m) {
        int s = sentenceStart[m.sentence];
        if (m.benchmark == null) {
            benchBeforeParen(m);
        }
        int lead = clauseStart(m, s);
        for (int k = s; k < s + 4 && k < m.first && !in(s, MetricWords.BENCH_PREPS); k++) {
            if (is(k, ",")) {
                lead = k + 1;
                break;
            }
        }
        if (m.benchmark == null && in(lead, MetricWords.BENCH_PREPS) && lead < m.first) {
            boolean comma = false;
            for (int k = lead; k < m.first && k < lead + NP_MAX + 8; k++) {
                if (is(k, ",")) {
                    comma = true;
                    break;
                }
            }
            Np np = comma ? np(lead + 1, m.first) : null;
            // a lead cut by a parenthesis names a setting: in W4A4KV4 (4-bit weight, ...) Llama-3-8B,
            if (np != null && !is(np.end, "(")) {
                int[] r = benchOf(np);
                if (r != null) {
                    setBench(m, r);
                }
            }
        }
        if (m.benchmark == null && !m.benchUnnamed) {
            int count = 0;
            for (int k = m.first - 1; k > s && count < 20; k--, count++) {
                Token x = t.get(k);
                if (x.is(";") || x.is(",") || in(k, MetricWords.CLAUSE_WORDS) && !x.is("and")) {
                    break;
                }
                if (in(k, MetricWords.BENCH_PREPS)
                        && (m.kind != MetricKind.SCORE
                                || in(k - 1, MetricWords.RESULT_NOUNS)
                                || in(k - 1, MetricWords.METRIC_NAMES)
                                || isNum(k - 1) && glued(k - 1)
                                || nameLike(k + 1)
                                || is(k + 1, "the") && nameLike(k + 2)
                                || is(k + 1, "the") && headed(k + 2, m.first))) {
                    Np np = np(k + 1, m.first);
                    if (np == null || in(k + 1, MetricWords.NOT_BENCH_FIRST)) {
                        continue;
                    }
                    int[] r = benchOf(np);
                    if (r != null) {
                        setBench(m, r);
                        break;
                    }
                }
            }
        }
        if (m.baseline == null) {
            int count = 0;
            for (int k = m.first - 1; k >= s && count < 3 * WINDOW; k--, count++) {
                if (!isWord(k) || is(k, "above") || is(k, "below")) {
                    continue; // cues are words; above and below count only after the number
                }
                if (baselineAt(m, k) >= 0 && m.baseline != null) {
                    break;
                }
            }
        }
        if (m.metric == null) {
            // reduces the computational cost by 20%; an average score of 67.3
            int p = before(m.first);
            if ((is(p, "just") || is(p, "only") || is(p, "merely")) && is(p - 1, "of")) {
                p--; // a word error rate of just 0.80%
            }
            // from 47% to 61%: the first end of a from-to pair, named like a change by
            boolean from = is(p, "from") && m.kind != MetricKind.RATIO;
            boolean participle = from && in(p - 1, MetricWords.CHANGE_VERBS) && isWord(p - 2);
            boolean by = is(p, "by");
            boolean of = is(p, "of");
            // a name right before a written qualifier: Spearman correlation above 0.80, mean absolute
            // error (MAE) under 4%
            boolean qualified = m.qualifierBefore && !by && !of && !from && (isWord(p) || is(p, ")"));
            if (by || of || from || qualified) {
                // accuracy increasing from 38.79% to 82.38%
                int e = participle ? p - 1 : qualified ? p + 1 : p;
                int k = e - 1;
                if (is(k, ")") && is(k - 2, "(") && isWord(k - 1) && isWord(k - 3)) {
                    e = k - 2; // Word Error Rate (WER) of 0.80%: the name without its abbreviation
                    k -= 3;
                }
                int count = 0;
                while (k > s
                        && count < 8
                        && namePart(k)
                        && !in(k, MetricWords.CHANGE_VERBS)
                        && !in(k, MetricWords.NP_STOPS)
                        && !in(k, MetricWords.BASELINE_CUES)
                        && !in(k, MetricWords.SCORE_VERBS)) {
                    k--;
                    count++;
                }
                boolean verb = in(k, MetricWords.CHANGE_VERBS) && !in(k, MetricWords.BASELINE_CUES);
                int st = k + 1;
                while (st < e && (in(st, MetricWords.NP_LEADING) || in(st, MetricWords.CHANGE_NOUNS) || is(st, "up"))) {
                    st++;
                }
                int en = e;
                while (en > st
                        && (in(en - 1, MetricWords.CHANGE_NOUNS) || is(en - 1, "relative") || is(en - 1, "absolute"))) {
                    en--;
                }
                boolean named = in(en - 1, MetricWords.METRIC_NAMES | MetricWords.QUANTITY_HEADS)
                        || metricName(en - 1)
                        || atK(en); // pass@1, Recall@10

                // improves MRR from ..., but not improves the Qwen3-VL-8B agent from ...: a name
                // with digits is a model, unless a metric name ends the phrase
                boolean found = by ? verb : from && !participle ? verb && (named || !digitsInWord(st, en)) : named;
                if (en > st && st > 0 && isWord(st) && found) {
                    m.metric = slice(st, en);
                }
            }
        }
    }

    /** Whether a word of tokens {@code [from, to)} has a digit in it ({@code Qwen3}, {@code 8B}). */
    private boolean digitsInWord(int from, int to) {
        for (int k = from; k < to; k++) {
            Token x = tok(k);
            if (x.isNum() && glued(k) || x.isWord() && hasDigit(x.text)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tokens before {@code end} are a name at a cut-off, glued: {@code pass@1}, {@code R@10}. */
    private boolean atK(int end) {
        return isNum(end - 1) && is(end - 2, "@") && isWord(end - 3) && glued(end - 1) && glued(end - 2);
    }

    /**
     * Whether tail word {@code k} qualifies the metric name after it (strict, top-1, exact match), and
     * is not a word of the change, the unit or a comparison (higher, relative, points).
     */
    private boolean tailModifier(int k) {
        if (!namePart(k) || isNum(k) && !glued(k)) {
            return false;
        }
        return !isWord(k)
                || !in(
                                k,
                                MetricWords.CHANGE_WORDS
                                        | MetricWords.UP_WORDS
                                        | MetricWords.DOWN_WORDS
                                        | MetricWords.NP_STOPS)
                        && !is(k, "relative")
                        && !is(k, "absolute")
                        && !is(k, "points")
                        && !is(k, "point")
                        && !is(k, "percent")
                        && !is(k, "pp");
    }

    /**
     * Whether token {@code k} belongs to a name of a measured quantity: a word, or a number or one of
     * {@code - ^ @ / _} written inside a compound ({@code branch-value MSE}, {@code Pass^4}, {@code
     * Pass@1}, {@code OCR-F1}).
     */
    private boolean namePart(int k) {
        if (isWord(k)) {
            return true;
        }
        if (isNum(k)) {
            return glued(k) && (isWord(k - 1) || is(k - 1, "^") || is(k - 1, "@") || is(k - 1, "-"));
        }
        return (is(k, "-") || is(k, "^") || is(k, "@") || is(k, "/") || is(k, "_"))
                && glued(k)
                && glued(k + 1)
                && (isWord(k - 1) || isNum(k - 1));
    }

    /**
     * Rule "clause lead": the start of the clause of {@code m}, after the last {@code ;} or {@code :}
     * before it ({@code ...: in Skill Discovery, X improves MRR from 0.573 to 0.707; in Risk
     * Assessment, ...}), else the sentence start.
     */
    private int clauseStart(Mention m, int s) {
        int k = m.first > 0 ? lastMark[m.first - 1] : -1;
        if (k > s && k >= m.first - 3 * WINDOW && in(k + 1, MetricWords.BENCH_PREPS)) {
            return k + 1;
        }
        return s;
    }

    /**
     * Rule "number in parentheses after its benchmark": {@code the ProofNet benchmark (25.3%)}, {@code
     * on A (3-8%)}: the phrase that ends right before the parenthesis.
     */
    private void benchBeforeParen(Mention m) {
        int open = m.first - 1;
        if (!is(open, "(") || !isWord(open - 1)) {
            return;
        }
        int start = open - 1;
        while (start - 1 >= 0
                && open - start < NP_MAX
                && sameSentence(start - 1, open)
                && !isPunct(start - 1)
                && !is(start - 1, "and")
                && !is(start - 1, "or")
                && !in(start - 1, MetricWords.BENCH_PREPS)
                && !is(start - 1, "of")
                && !isNum(start - 1)) {
            start--;
        }
        if (!in(start - 1, MetricWords.BENCH_PREPS)
                && !is(start - 1, "and")
                && !is(start - 1, "of")
                && !is(start - 1, ",")) {
            return;
        }
        Np np = np(start, open);
        if (np == null || np.end != open) {
            return;
        }
        int[] r = benchOf(np);
        if (r != null && hasName(r[0], r[1])) {
            setBench(m, r);
        }
    }

    /**
     * Changes and ratios with no benchmark of their own take the nearest one of the same sentence,
     * when the sentence names only one.
     */
    private void propagate(List<Mention> kept) {
        // per sentence: the one benchmark named in it, or a marker when it names several
        String[] only = new String[sentenceStart.length + 1];
        boolean[] several = new boolean[sentenceStart.length + 1];
        for (Mention o : kept) {
            if (o.benchmark != null) {
                String cur = only[o.sentence];
                several[o.sentence] |= cur != null && !cur.equals(o.benchmark);
                only[o.sentence] = o.benchmark;
            }
        }
        for (int a = 0; a < kept.size(); a++) {
            Mention m = kept.get(a);
            if (m.benchmark != null || m.averaged || m.benchUnnamed) {
                continue;
            }
            if (sameMetric(kept, a)) {
                continue;
            }
            if (only[m.sentence] == null) {
                continue;
            }
            if (comparedScore(m)) {
                // ... improved to 77.53% on X, even surpassing Llama3.1-70B (53.44%): the score of
                // the model compared with is on the benchmark of the number it is compared with
                for (int b = a - 1; b >= Math.max(0, a - 6); b--) {
                    Mention o = kept.get(b);
                    if (o.sentence == m.sentence && o.benchmark != null && sameClause(o.last, t.get(m.first).start)) {
                        m.benchmark = o.benchmark;
                        m.benchStart = o.benchStart;
                        m.benchEnd = o.benchEnd;
                        break;
                    }
                }
                continue;
            }
            if (several[m.sentence]) {
                continue;
            }
            // rule "one benchmark closes the sentence": a score takes it only from a phrase after it
            boolean score = m.kind == MetricKind.SCORE;
            Mention best = null;
            int dist = Integer.MAX_VALUE;
            for (int b = Math.max(0, a - 6); b < Math.min(kept.size(), a + 7); b++) {
                Mention o = kept.get(b);
                if (o != m
                        && o.sentence == m.sentence
                        && o.benchmark != null
                        && (!score || o.benchStart > t.get(m.last).end && sameClause(m.last, o.benchStart))
                        && Math.abs(a - b) < dist) {
                    best = o;
                    dist = Math.abs(a - b);
                }
            }
            if (best != null && !highlightBetween(m, best)) {
                m.benchmark = best.benchmark;
                m.benchStart = best.benchStart;
                m.benchEnd = best.benchEnd;
            }
        }
    }

    /** Heads of a baseline that stand for a result of what follows {@code of}: the score of X. */
    private static final Set<String> RESULT_OF =
            Set.of("score", "scores", "performance", "performances", "accuracy", "result", "results");

    /** Whether {@code m} is a score in parentheses right after the baseline it is the score of. */
    private boolean comparedScore(Mention m) {
        return m.kind == MetricKind.SCORE
                && is(m.first - 1, "(")
                && m.baseline != null
                && m.first >= 2
                && m.baseEnd == t.get(m.first - 2).end;
    }

    /** Words that single out a part of what a number before them covers: "with the largest gain on X". */
    private static final Set<String> HIGHLIGHTS =
            Set.of("largest", "biggest", "greatest", "strongest", "highest", "especially", "particularly", "notably");

    /**
     * Whether a word of {@link #HIGHLIGHTS} stands between mention {@code m} and the benchmark of
     * {@code o} after it: {@code by 12%, with the largest gain on X (+30%)} names where the gain is
     * largest, not where the 12% was measured.
     */
    private boolean highlightBetween(Mention m, Mention o) {
        if (o.benchStart <= t.get(m.last).end) {
            return false;
        }
        // a bounded look (the words right after the number), so that a sentence of many numbers stays linear
        for (int k = m.last + 1; k < t.size() && k <= m.last + 24 && t.get(k).start < o.benchStart; k++) {
            if (isWord(k) && HIGHLIGHTS.contains(norm(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "same metric, same benchmark": a number whose metric an earlier number of its sentence
     * reports on a benchmark takes that benchmark ({@code a 7.43 WikiText2 perplexity ..., with 0.98
     * perplexity improvement}); returns whether it did.
     */
    private boolean sameMetric(List<Mention> kept, int a) {
        Mention m = kept.get(a);
        if (m.metric == null) {
            return false;
        }
        String head = lastWord(m.metric);
        for (int b = a - 1; b >= 0 && b >= a - 6; b--) {
            Mention o = kept.get(b);
            if (o.sentence != m.sentence) {
                break;
            }
            if (o.benchmark != null && o.metric != null && lastWord(o.metric).equals(head)) {
                m.benchmark = o.benchmark;
                m.benchStart = o.benchStart;
                m.benchEnd = o.benchEnd;
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String phrase) {
        int i = phrase.lastIndexOf(' ');
        return Token.lower(i < 0 ? phrase : phrase.substring(i + 1));
    }

    /** Whether no clause boundary ({@code while}, {@code but}, {@code ;}) stands from token {@code k} to offset {@code end}. */
    private boolean sameClause(int k, int end) {
        for (int j = k + 1; j < t.size() && j < k + 3 * NP_MAX && t.get(j).start < end; j++) {
            if (is(j, ";") || in(j, MetricWords.CLAUSE_WORDS) && !is(j, "and")) {
                return false;
            }
        }
        return true;
    }

    private ReportedMetric build(Mention m) {
        int start = t.get(m.first).start;
        int end = t.get(m.last).end;
        ReportedMetric.Builder b = ReportedMetric.builder()
                .text(text.substring(start, end))
                .value(m.value)
                .unit(m.unit)
                .kind(m.kind)
                .qualifier(m.qualifier)
                .start(start)
                .end(end);
        if (!Double.isNaN(m.upper)) {
            b.upper(m.upper);
        }
        if (m.direction != null && m.kind != MetricKind.SCORE) {
            b.direction(m.direction);
        }
        if (m.metric != null && !m.metric.isBlank()) {
            b.metric(Spaces.oneLine(m.metric));
        }
        if (m.benchmark != null) {
            b.benchmark(Spaces.oneLine(m.benchmark));
            b.benchmarkSpan(Span.of(m.benchStart, m.benchEnd));
        }
        if (m.baseline != null) {
            b.baseline(Spaces.oneLine(m.baseline));
            b.baselineSpan(Span.of(m.baseStart, m.baseEnd));
        }
        return b.build();
    }
}
