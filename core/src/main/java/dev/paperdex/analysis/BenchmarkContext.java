package dev.paperdex.analysis;

import java.util.List;
import java.util.Locale;

/**
 * The benchmark a number takes when its own sentence names none (core/EXTRACTION.md, "the benchmark may
 * be named in another sentence"): the evaluation its sentence or the sentence before names ({@code
 * Experiments on X show ...}, {@code We evaluate ... on X}), else the one benchmark the abstract has
 * declared so far ({@code we introduce X, a benchmark for ...}, {@code a new benchmark named X}).
 * When the abstract has declared several, a number with no nearer context keeps no benchmark.
 *
 * <p>One pass over the tokens and one over the mentions; every look-around is bounded.
 */
final class BenchmarkContext {
    /** How many tokens an evaluation verb may stand before its {@code on}. */
    private static final int VERB_REACH = 6;

    /** How many tokens after the comma of an appositive its head may stand. */
    private static final int APPOSITIVE_REACH = 8;

    private final MetricAttacher a;
    private final int sentences;
    /** Per sentence, the evaluation it names as a [start, end) token range, or null. */
    private final int[][] named;
    /** Per sentence, the first benchmark it declares or names, or null. */
    private final int[][] declared;
    /** Per sentence, whether its evaluation is the lead phrase of the sentence ({@code Across X, ...}). */
    private final boolean[] lead;
    /** Per sentence, whether it declares or names more than one. */
    private final boolean[] declaresSeveral;

    BenchmarkContext(MetricAttacher attacher) {
        this.a = attacher;
        this.sentences = a.sentenceStart.length;
        this.named = new int[sentences][];
        this.declared = new int[sentences][];
        this.declaresSeveral = new boolean[sentences];
        this.lead = new boolean[sentences];
        scan();
    }

    /** Gives each mention without a benchmark the one its context names. */
    void fill(List<Mention> kept) {
        boolean[] ownBench = new boolean[sentences];
        for (Mention m : kept) {
            if (m.benchmark != null) {
                ownBench[m.sentence] = true;
            }
        }
        // the benchmarks named so far, sentence by sentence: one, or several
        String only = null;
        int[] onlyRange = null;
        boolean several = false;
        int next = 0;
        int s = 0;
        for (Mention m : kept) {
            while (s < m.sentence) {
                int[] d = declared[s];
                several |= declaresSeveral[s];
                if (d != null) {
                    String key = key(d);
                    several |= only != null && !only.equals(key);
                    if (only == null) {
                        only = key;
                        onlyRange = d;
                    }
                }
                while (next < kept.size() && kept.get(next).sentence <= s) {
                    Mention o = kept.get(next++);
                    if (o.benchmark != null) {
                        several |= only != null && !only.equals(o.benchmark.toLowerCase(Locale.ROOT));
                    }
                }
                s++;
            }
            if (m.benchmark != null) {
                continue;
            }
            int[] r = named[s];
            if (r == null && !ownBench[s]) {
                // rule "evaluation in the sentence before", then rule "the one benchmark declared before"
                if (s > 0 && named[s - 1] != null && (lead[s - 1] || a.hasName(named[s - 1][0], named[s - 1][1]))) {
                    r = named[s - 1];
                } else if (!several && onlyRange != null && a.hasName(onlyRange[0], onlyRange[1])) {
                    r = onlyRange;
                }
            }
            if (r != null) {
                a.setBench(m, r);
            }
        }
    }

    private String key(int[] r) {
        return a.slice(r[0], r[1]).toLowerCase(Locale.ROOT);
    }

    private void scan() {
        for (int at = 0; at < a.startCount; at++) {
            int k = a.starts[at];
            Token x = a.t.get(k);
            if (x.kind == Token.Kind.NUM || x.kind == Token.Kind.SYM && !x.is(",") && !x.is("(")) {
                continue; // only words, commas and parentheses open a context
            }
            int s = a.sentenceOf[k];
            int[] eval = named[s] == null && x.isWord() ? evaluationAt(k) : null;
            if (eval != null) {
                named[s] = eval;
            }
            // a sentence lead scopes its own and the next sentence only, never the whole abstract
            int[] decl = eval != null ? (lead[s] ? null : eval) : declarationAt(k);
            if (decl != null && declared[s] == null) {
                declared[s] = decl;
            } else if (decl != null && !key(decl).equals(key(declared[s]))) {
                declaresSeveral[s] = true; // X, a benchmark for ..., and Y, a benchmark for ...
            }
        }
    }

    /**
     * Rule "named evaluation": an evaluation noun or verb with its {@code on X} ({@code Experiments
     * on X}, {@code evaluated on X}); the range of X, or null.
     */
    private int[] evaluationAt(int k) {
        String w = a.norm(k);
        int p;
        boolean start = k == a.sentenceStart[a.sentenceOf[k]];
        if (start && (w.equals("using") || w.equals("with"))) {
            // Using X, we show ...: the phrase up to the comma
            int e = k + 1;
            while (e < k + 8 && a.sameSentence(k, e) && !a.isPunct(e)) {
                e++;
            }
            if (!a.is(e, ",") || !a.hasName(k + 1, e)) {
                return null;
            }
            MetricAttacher.Np np = a.np(k + 1, e);
            int[] r = np == null ? null : a.benchOf(np);
            return r != null && benchmarkLike(r) ? r : null;
        }
        if (start && a.in(k, MetricWords.BENCH_PREPS)) {
            // rule "sentence lead": Across 8 deep search benchmarks, X improves ...
            int e = k + 1;
            while (e < k + Tokens.NP_MAX && a.sameSentence(k, e) && !a.isPunct(e)) {
                e++;
            }
            if (!a.is(e, ",")) {
                return null;
            }
            MetricAttacher.Np np = a.np(k + 1, e);
            int[] r = np == null || np.end != e ? null : a.benchOf(np);
            if (r != null && benchmarkLike(r)) {
                lead[a.sentenceOf[k]] = true;
                return r;
            }
            return null;
        }
        if (a.in(k, MetricWords.EVAL_NOUNS)) {
            p = k + 1;
            if (a.is(p, "conducted") || a.is(p, "performed") || a.is(p, "carried")) {
                p += a.is(p + 1, "out") ? 2 : 1;
            }
        } else if (a.in(k, MetricWords.EVAL_VERBS)) {
            p = k + 1;
            while (p < k + VERB_REACH && !a.isPunct(p) && !a.in(p, MetricWords.BENCH_PREPS)) {
                p++;
            }
        } else {
            return null;
        }
        if (!a.in(p, MetricWords.BENCH_PREPS) || !a.sameSentence(k, p + 1)) {
            return null;
        }
        int end = sentenceEnd(a.sentenceOf[k]);
        for (int j = p + 1; j < end && j < p + 1 + Tokens.NP_MAX; j++) {
            if (a.in(j, MetricWords.REPORT_VERBS)) {
                end = j; // Experiments on X show ...: the phrase ends at the verb
                break;
            }
        }
        MetricAttacher.Np np = a.np(p + 1, end);
        if (np == null || a.is(np.end, "and") || a.is(np.end, "or")) {
            return null; // on both Euclidean and hyperbolic networks: the phrase goes on past the name
        }
        int[] r = a.benchOf(np);
        return r != null && benchmarkLike(r) ? r : null;
    }

    /**
     * Rule "context names a benchmark": a phrase carried to other numbers must name one, by a name
     * ({@code GSM8K}) or by a benchmark head ({@code reasoning benchmarks}); a model or a vague
     * phrase ({@code Llama-family models}, {@code the corpus}) is carried nowhere.
     */
    private boolean benchmarkLike(int[] r) {
        if (a.in(r[1] - 1, MetricWords.MODEL_HEADS)) {
            return false;
        }
        return a.in(r[1] - 1, MetricWords.BENCH_WORDS) || a.hasName(r[0], r[1]);
    }

    /**
     * Rule "declared benchmark": a name with an appositive headed by a benchmark word ({@code X, a
     * benchmark for ...}, {@code X (ABBR), an agent benchmark}) or a benchmark with its name ({@code
     * a new benchmark named X}); the range of the name, or null.
     */
    private int[] declarationAt(int k) {
        Token x = a.t.get(k);
        boolean benchWord = x.isWord() && (a.in(k, MetricWords.BENCH_HEADS) || x.norm.equals("task"));
        if (x.isWord() && !benchWord) {
            return null; // most words: one look
        }
        if (a.in(k, MetricWords.BENCH_HEADS) && a.in(k + 1, MetricWords.NAMING_WORDS)) {
            int s = k + 2;
            int e = s;
            while (e < a.t.size() && e - s < 6 && (a.nameLike(e) || e > s && a.glued(e) && !a.isPunct(e))) {
                e++;
            }
            return e > s && a.nameLike(s) ? new int[] {s, e} : null;
        }
        if ((a.in(k, MetricWords.BENCH_HEADS) || a.is(k, "task")) && a.is(k + 1, ",") && a.nameLike(k + 2)) {
            // a benchmark, X, with ...; a physical concept understanding task, X.
            int e = nameEnd(k + 2);
            int[] r = nameBefore(e);
            boolean closed = a.is(e, ",") || a.is(e, ".");
            return r != null && r[0] == k + 2 && closed && (!a.is(k, "task") || a.is(e, ".")) ? r : null;
        }
        if (a.is(k, "(") && a.nameLike(k + 1) && isTaskBefore(k)) {
            // in the image classification (ImageNet1K): the benchmark of a task, in parentheses
            int e = nameEnd(k + 1);
            return a.is(e, ")") && a.hasName(k + 1, e) ? new int[] {k + 1, e} : null;
        }
        if (!a.is(k, ",") || !(a.is(k + 1, "a") || a.is(k + 1, "an"))) {
            return null;
        }
        boolean head = false;
        for (int j = k + 2; j < k + 2 + APPOSITIVE_REACH && !a.isPunct(j) && a.sameSentence(j, k); j++) {
            if (a.in(j, MetricWords.BENCH_HEADS)) {
                head = true;
                break;
            }
            if (a.isNum(j) || a.is(j, "of") || a.is(j, "for") || a.is(j, "that") || a.is(j, "which")) {
                break;
            }
        }
        return head ? nameBefore(k) : null;
    }

    /** Whether a task phrase after {@code in} or {@code on} ends right before token {@code k}. */
    private boolean isTaskBefore(int k) {
        String head = a.norm(k - 1);
        if (!(head.endsWith("tion") || head.endsWith("ing") || a.in(k - 1, MetricWords.BENCH_WORDS))) {
            return false;
        }
        for (int j = k - 2; j >= 0 && j >= k - 5 && a.sameSentence(j, k); j--) {
            if (a.is(j, "in") || a.is(j, "on")) {
                return true;
            }
            if (!a.isWord(j) || a.nameLike(j)) {
                return false;
            }
        }
        return false;
    }

    /** The index past the name that starts at {@code s}: name words and the tokens glued to them. */
    private int nameEnd(int s) {
        int e = s;
        while (e < a.t.size() && e - s < 6 && (a.nameLike(e) || e > s && a.glued(e) && !a.isPunct(e))) {
            e++;
        }
        return e;
    }

    /** The name that ends right before token {@code k}, stepping over an abbreviation in parentheses. */
    private int[] nameBefore(int k) {
        int e = k;
        if (a.is(e - 1, "\"")) {
            // "Mind's Eye", a benchmark: the name between the quotes
            int j = e - 2;
            while (j > e - 10 && j >= 0 && !a.is(j, "\"")) {
                j--;
            }
            if (!a.is(j, "\"") || j + 1 >= e - 1 || !a.hasName(j + 1, e - 1)) {
                return null;
            }
            return new int[] {j + 1, e - 1};
        }
        if (a.is(e - 1, ")")) {
            int j = e - 2;
            while (j > e - 8 && j >= 0 && !a.is(j, "(")) {
                j--;
            }
            if (!a.is(j, "(")) {
                return null;
            }
            e = j;
        }
        int s = e;
        while (s - 1 >= 0 && e - s < 6 && a.sameSentence(s - 1, e - 1)) {
            Token x = a.t.get(s - 1);
            boolean inside = s < e && !a.t.get(s).space;
            if (a.nameLike(s - 1) || inside && (x.isNum() || x.is("-") || x.is("'") || x.isWord())) {
                s--;
            } else {
                break;
            }
        }
        if (s >= e || !a.nameLike(e - 1) && !a.nameLike(s) || !a.hasName(s, e)) {
            return null;
        }
        return new int[] {s, e};
    }

    private int sentenceEnd(int s) {
        return s + 1 < sentences ? a.sentenceStart[s + 1] : a.t.size();
    }
}
