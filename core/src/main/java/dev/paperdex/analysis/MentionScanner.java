package dev.paperdex.analysis;

import dev.paperdex.Direction;
import dev.paperdex.MetricKind;
import dev.paperdex.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the number mentions of an abstract: the number with its sign, unit, range and touching
 * qualifier, then decides which of them report an outcome and of which kind. Every look-around is
 * bounded, so a scan is linear in the number of tokens.
 */
final class MentionScanner extends Tokens {
    MentionScanner(Tokens tokens) {
        super(tokens);
    }

    /** The accepted mentions in text order, with kind and coordinated lists linked. */
    List<Mention> scan() {
        List<Mention> all = new ArrayList<>();
        int next = 0; // the first token not inside a mention already read
        for (int s = 0; s < startCount; s++) {
            int i = starts[s];
            if (i < next) {
                continue;
            }
            Token k = t.get(i);
            Mention m = null;
            if (k.isNum()) {
                m = numeric(i);
            } else if (k.isWord()) {
                m = wordFactor(i);
            }
            if (m != null) {
                m.sentence = sentenceOf[m.num];
                all.add(m);
                next = Math.max(i + 1, m.last + 1);
            }
        }
        link(all);
        accept(all);
        List<Mention> kept = new ArrayList<>();
        for (Mention m : all) {
            if (m.accepted) {
                kept.add(m);
            }
        }
        for (Mention m : kept) {
            decideKind(m);
        }
        inherit(kept);
        inheritBackwards(kept);
        return kept;
    }

    /** A factor written with words: {@code twice}, {@code eight-fold}, {@code an order of magnitude}. */
    private Mention wordFactor(int i) {
        if (!in(i, MetricWords.FACTOR_STARTS)) {
            return null; // one bit settles every other word
        }
        String w = t.get(i).norm;
        Double f = Cues.FACTOR_WORDS.get(w);
        if (f == null && Cues.FACTOR_BASE_VERBS.containsKey(w) && in(i - 1, MetricWords.MODALS)) {
            f = Cues.FACTOR_BASE_VERBS.get(w);
        }
        if (f != null) {
            if (glued(i) && (isWord(i - 1) || is(i - 1, "-")) || glued(i + 1) && is(i + 1, "-")) {
                return null; // part of a compound name
            }
            if (w.endsWith("fold") && in(i - 1, MetricWords.COPULAS)) {
                return null; // our contribution is twofold
            }
            Mention m = factor(i, i, f);
            if (Cues.DOWN_FACTOR_WORDS.contains(w)) {
                m.direction = Direction.DOWN;
            } else if (w.startsWith("doubl") || w.startsWith("tripl") || w.startsWith("quadrupl")) {
                m.direction = Direction.UP;
            }
            return m;
        }
        Double n = Cues.NUMBER_WORDS.get(w);
        if (n != null) {
            if (glued(i) && isWord(i - 1) || glued(i) && is(i - 1, "-")) {
                return null;
            }
            if (is(i + 1, "out") && is(i + 2, "of") && (isNum(i + 3) || in(i + 3, MetricWords.NUMBER_WORDS))) {
                // three out of four datasets: an outcome count, judged like 141 out of 1090
                Mention m = new Mention();
                m.first = i;
                m.num = i;
                m.last = i;
                m.tail = i;
                m.value = n;
                return m;
            }
            // eight-fold, eight fold
            if (is(i + 1, "-") && glued(i + 1) && glued(i + 2) && is(i + 2, "fold")) {
                if (in(i - 1, MetricWords.COPULAS) || in(i + 3, MetricWords.FACTOR_SETUP_AFTER)) {
                    return null; // the problem is three-fold; five-fold cross-validation
                }
                return factor(i, i + 2, n);
            }
            if (is(i + 1, "fold")) {
                return factor(i, i + 1, n);
            }
            if (is(i + 1, "times") && !glued(i + 1) && followsComparative(i + 2)) {
                return factor(i, i + 1, n);
            }
            if (is(i + 1, "orders") && is(i + 2, "of") && is(i + 3, "magnitude")) {
                Mention m = factor(i, i + 3, Math.pow(10, n));
                m.qualifier = Qualifier.APPROX;
                return m;
            }
            if (n == 1.0 && is(i + 1, "order") && is(i + 2, "of") && is(i + 3, "magnitude")) {
                Mention m = factor(i, i + 3, 10);
                m.qualifier = Qualifier.APPROX;
                return m;
            }
            String unit = Cues.TIME_UNITS.get(norm(i + 1));
            if (unit != null && isWord(i + 1) && norm(i + 1).length() > 1 && !is(i + 2, "-") && !is(i + 2, "of")) {
                Mention m = new Mention();
                m.first = i;
                m.num = i;
                m.last = i + 1;
                m.tail = i + 1;
                m.value = n;
                m.unit = unit;
                qualifierBefore(m);
                if (m.qualifierWritten) {
                    return m;
                }
            }
            return null;
        }
        if (w.equals("order") && is(i + 1, "of") && is(i + 2, "magnitude") && (is(i - 1, "an") || is(i - 1, "one"))) {
            Mention m = factor(i - 1, i + 2, 10);
            m.qualifier = Qualifier.APPROX;
            return m;
        }
        return null;
    }

    private boolean followsComparative(int i) {
        String w = norm(i);
        return w.endsWith("er")
                || w.equals("more")
                || w.equals("less")
                || w.equals("fewer")
                || w.equals("as")
                || w.equals("the")
                || w.equals("speedup")
                || w.equals("improvement")
                || w.equals("reduction");
    }

    private Mention factor(int first, int last, double value) {
        Mention m = new Mention();
        m.first = first;
        m.last = last;
        m.num = first;
        m.tail = last;
        m.value = value;
        m.unit = "x";
        m.kind = MetricKind.RATIO;
        m.accepted = true;
        qualifierBefore(m);
        return m;
    }

    /** A mention that starts with the number at {@code i}, or null when the number is no outcome. */
    private Mention numeric(int i) {
        Token n = t.get(i);
        if (!Double.isFinite(n.value) || gluedToNameBefore(i)) {
            return null;
        }
        Mention m = new Mention();
        m.num = i;
        m.first = i;
        m.value = n.value;
        // a written sign: +34.08%, (-3.1), but not the hyphen of GPT-4 or 3-13
        if (glued(i)
                && (is(i - 1, "+") || is(i - 1, "-") || is(i - 1, "\u2212"))
                && (i - 2 < 0
                        || !glued(i - 1)
                        || !(isWord(i - 2) || isNum(i - 2) || is(i - 2, "%") || is(i - 2, "-")))) {
            m.sign = is(i - 1, "+") ? 1 : -1;
            m.first = i - 1;
            if (m.sign < 0) {
                m.value = -m.value;
            }
        }
        if (is(i + 1, "orders") && is(i + 2, "of") && is(i + 3, "magnitude") && !n.fraction && n.value <= 12) {
            Mention f = factor(i, i + 3, Math.pow(10, n.value));
            f.qualifier = Qualifier.APPROX;
            return f;
        }
        int sci = scientific(m, i + 1);
        int end = unit(m, sci > 0 ? sci : i + 1, true);
        if (end < 0) {
            return null;
        }
        if (m.unit.equals("x")
                && (in(end, MetricWords.HARDWARE)
                        || isWord(end)
                                && t.get(end).isCapitalized()
                                && t.get(end).hasUpperOrDigitInside()
                                && hasDigit(t.get(end).text))) {
            return null; // 8x A100 GPUs: a count of devices
        }
        if (m.unit.equals("x") && in(end, MetricWords.FACTOR_SETUP_AFTER)) {
            return null; // 4x downsampling, x4 super-resolution: a configured factor
        }
        if (m.unit.equals("%") && in(end, MetricWords.SETUP_WORDS) && !in(end + 1, MetricWords.CHANGE_WORDS)) {
            return null; // a 75% masking ratio, 50% sparsity
        }
        if (m.unit.equals("%")
                && (is(end, "/") && glued(end) && isNum(end + 1)
                        || is(m.first - 1, "/") && glued(m.first) && is(m.first - 2, "%"))) {
            return null; // 80%/10%/10% splits
        }
        if (m.unit.isEmpty() && factorsOfBefore(i)) {
            m.unit = "x"; // acceleration factors of 2.57, 2.41, and 2.06
            m.kind = MetricKind.RATIO;
        }
        if (m.unit.isEmpty() && is(i - 1, "of") && is(i - 2, "factor") && (is(i - 3, "a") || is(i - 3, "by"))) {
            m.unit = "x"; // by a factor of 3
            m.first = is(i - 3, "a") ? i - 3 : i - 2;
            m.kind = MetricKind.RATIO;
        }
        if (m.sign == 0
                && is(i - 1, "$")
                && glued(i)
                && (!glued(i - 1) || Cues.QUALIFIER_SYMBOLS.containsKey(norm(i - 2)))
                && m.unit.isEmpty()
                && !opensMath(i - 1)) {
            m.unit = "$";
            m.first = i - 1;
        }
        m.last = end - 1;
        m.tail = m.last;
        range(m, end);
        if (m.last + 1 < t.size()
                && is(m.last + 1, "+")
                && glued(m.last + 1)
                && m.qualifier == Qualifier.EXACT
                && !isNum(m.last + 2)) {
            m.qualifier = Qualifier.MIN;
            m.qualifierWritten = true;
            m.last++;
            m.tail = m.last;
        }
        countOf(m);
        qualifierBefore(m);
        return m;
    }

    /**
     * Rule "count of a total": {@code in 5/5 seeds}, {@code 8/8 runs}: an outcome count whose value is
     * the first number.
     */
    private void countOf(Mention m) {
        int k = m.last + 1;
        Token a = t.get(m.num);
        if (m.unit.isEmpty()
                && !a.fraction
                && is(k, "/")
                && glued(k)
                && isNum(k + 1)
                && glued(k + 1)
                && !tok(k + 1).fraction
                && tok(k + 1).value >= a.value
                && (is(m.first - 1, "in") || is(m.first - 1, "on") || is(m.first - 1, "across"))
                && isWord(k + 2 + (isWord(k + 2) && isWord(k + 3) ? 1 : 0))
                && norm(k + 2 + (isWord(k + 2) && isWord(k + 3) ? 1 : 0)).endsWith("s")) {
            m.last = k + 1;
            m.tail = m.last;
            m.countOf = true;
        }
    }

    /**
     * Rule "factors of a list": a bare number in the list after {@code factors of} or {@code speedups
     * of} is a factor.
     */
    private boolean factorsOfBefore(int i) {
        Token p = tok(i - 1);
        if (p == null || !(p.norm.equals("of") || p.norm.equals(",") || p.norm.equals("and"))) {
            return false; // cheap test first: most numbers follow neither
        }
        for (int j = i - 1; j >= 0 && j >= i - 12; j--) {
            if (is(j, "of")) {
                return is(j - 1, "factors") || is(j - 1, "speedups") || is(j - 1, "speed-ups");
            }
            if (!(is(j, ",") || is(j, "and") || isNum(j) && !glued(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the {@code $} at {@code k} opens LaTeX math rather than naming dollars: another
     * {@code $} or a LaTeX command ({@code $1.04\sim2.2\times$}) follows before the next white
     * space. Bounded to a few tokens, so the scan stays linear.
     */
    private boolean opensMath(int k) {
        for (int j = k + 1; j < t.size() && j <= k + 8 && glued(j); j++) {
            Token x = tok(j);
            if (x.is("$") || x.text.startsWith("\\") && x.text.length() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "scientific notation": {@code 3.2 x 10^-5}, {@code 3.2 \times 10^{-5}}: multiplies the value
     * of {@code m} and returns the index past the exponent, or -1 when none follows at {@code k}.
     */
    private int scientific(Mention m, int k) {
        Token first = tok(k);
        if (first == null || first.kind == Token.Kind.NUM) {
            return -1; // one look decides for most numbers
        }
        int j = k;
        if (is(j, "$")) {
            j++;
        }
        if (!(is(j, "x") || is(j, "\u00d7") || is(j, "\\times") || is(j, "\\cdot"))) {
            return -1;
        }
        j++;
        if (is(j, "$")) {
            j++;
        }
        if (!isNum(j) || tok(j).value != 10 || !is(j + 1, "^") || !glued(j + 1)) {
            return -1;
        }
        j += 2;
        boolean brace = is(j, "{");
        if (brace) {
            j++;
        }
        int sign = 1;
        if (is(j, "-") || is(j, "\u2212")) {
            sign = -1;
            j++;
        } else if (is(j, "+")) {
            j++;
        }
        if (!isNum(j) || tok(j).value > 300) {
            return -1;
        }
        // dividing keeps 3.2 x 10^-5 at the double nearest 3.2e-5
        m.value = sign < 0 ? m.value / Math.pow(10, tok(j).value) : m.value * Math.pow(10, tok(j).value);
        j++;
        if (brace && is(j, "}")) {
            j++;
        }
        if (is(j, "$") && glued(j)) {
            j++;
        }
        return j;
    }

    /**
     * Reads the unit that follows a number at token {@code k} into {@code m}; returns the index
     * past the unit, or -1 when the number is a size, a name or a set-up value.
     */
    private int unit(Mention m, int k, boolean first) {
        Token next = tok(k);
        if (next == null) {
            return k;
        }
        boolean g = !next.space;
        if (g && next.is("\\times")) {
            m.unit = "x"; // 3\times
            return k + 1;
        }
        if (g && next.isWord() && !next.text.startsWith("\\")) {
            String w = next.norm;
            if ((w.equals("x") || w.equals("times")) && glued(k + 1) && isNum(k + 1)) {
                return -1; // 64x64, 6400times6400
            }
            if (w.equals("x")) {
                m.unit = "x";
                return k + 1;
            }
            if (w.equals("fold") || w.equals("times")) {
                m.unit = "x"; // 1.12times: LaTeX's \times with the backslash lost
                return k + 1;
            }
            String time = Cues.TIME_UNITS.get(w);
            if (time != null && !(glued(k + 1) && (isWord(k + 1) || isNum(k + 1) || is(k + 1, "-")))) {
                if (is(k + 1, "/") && glued(k + 1)) {
                    return -1;
                }
                m.unit = time;
                return perUnit(m, k + 1);
            }
            return -1; // 7B, 54K, 4o, 2D, 1st
        }
        if (g && next.is("-") && glued(k + 1)) {
            if (is(k + 1, "fold") || is(k + 1, "times")) {
                m.unit = "x";
                return k + 2;
            }
            if ((is(k + 1, "point") || is(k + 1, "points")) && !(is(k + 2, "-") && glued(k + 2))) {
                m.unit = "points"; // a 1.5-point gain
                return k + 2;
            }
            if (is(k + 1, "percent")) {
                m.unit = "%";
                return k + 2;
            }
            if (isWord(k + 1)) {
                return -1; // 4-shot, three-stage, 5-second
            }
        }
        if (next.is("$") && g && is(k + 1, "\\times") && glued(k + 1)) {
            if (is(k + 2, "$") && glued(k + 2) && isNum(k + 3)) {
                return -1; // 36$\times$64: a size
            }
            m.unit = "x"; // 5$\times$
            return is(k + 2, "$") && glued(k + 2) ? k + 3 : k + 2;
        }
        if (next.is("\\times") && !(glued(k + 1) && isNum(k + 1))) {
            m.unit = "x";
            return k + 1;
        }
        if (next.is("\u00d7")) {
            if (glued(k + 1) && isNum(k + 1)) {
                return -1;
            }
            m.unit = "x";
            return k + 1;
        }
        if (next.is("%")) {
            m.unit = "%";
            return k + 1;
        }
        if ((next.is("\u00b1") || next.is("\\pm")) && isNum(k + 1) && first) {
            Mention spread = new Mention();
            int end = unit(spread, k + 2, false);
            if (end < 0) {
                return -1;
            }
            m.unit = spread.unit;
            return end;
        }
        if (g && next.is(".") && is(k + 1, "%") && glued(k + 1)) {
            m.unit = "%";
            return k + 2;
        }
        if (g && next.is("+") && is(k + 1, "%") && glued(k + 1)) {
            m.unit = "%";
            m.qualifier = Qualifier.MIN;
            m.qualifierWritten = true;
            return k + 2;
        }
        if (next.isWord()) {
            String w = next.norm;
            if (in(k, MetricWords.SIZE_WORDS)) {
                return -1;
            }
            if (w.equals("percent")) {
                m.unit = "%";
                return k + 1;
            }
            if (w.equals("per") && is(k + 1, "cent")) {
                m.unit = "%";
                return k + 2;
            }
            if (w.equals("percentage") && (is(k + 1, "points") || is(k + 1, "point"))) {
                m.unit = "points";
                return k + 2;
            }
            if ((w.equals("absolute") || w.equals("relative"))
                    && (is(k + 1, "points") || is(k + 1, "point") || is(k + 1, "pp"))) {
                m.unit = "points"; // +10.61 absolute points
                return k + 2;
            }
            if ((w.equals("absolute") || w.equals("relative"))
                    && is(k + 1, "percentage")
                    && (is(k + 2, "points") || is(k + 2, "point"))) {
                m.unit = "points";
                return k + 3;
            }
            if (w.equals("points") || w.equals("point") || w.equals("pts") || w.equals("pp")) {
                if (glued(k + 1) && is(k + 1, "-")) {
                    return -1; // a 5-point scale
                }
                m.unit = "points";
                return k + 1;
            }
            if ((w.equals("x") && !isNum(k + 1)) || w.equals("fold")) {
                m.unit = "x";
                return k + 1;
            }
            if (w.equals("times") && !isNum(k + 1)) {
                m.unit = "x";
                return k + 1;
            }
            // a factor word without a symbol: a 2.5 speedup, 1.8 speed-up
            if (w.equals("speedup") || w.equals("speedups")) {
                m.unit = "x";
                m.direction = Direction.UP;
                return k + 1;
            }
            if (w.equals("speed") && is(k + 1, "-") && glued(k + 1) && is(k + 2, "up") && glued(k + 2)) {
                m.unit = "x";
                m.direction = Direction.UP;
                return k + 3;
            }
            if (in(k, MetricWords.METRIC_NAMES) && (is(k + 1, "points") || is(k + 1, "point"))) {
                m.unit = "points";
                m.metric = next.text;
                return k + 2;
            }
            // rate units: petaFLOP/s, tokens/s, tokens per second
            if (is(k + 1, "/")
                    && glued(k + 1)
                    && glued(k + 2)
                    && (is(k + 2, "s") || is(k + 2, "sec") || is(k + 2, "second"))) {
                m.unit = singular(w) + "/s";
                return k + 3;
            }
            if (is(k + 1, "per") && (is(k + 2, "second") || is(k + 2, "sec"))) {
                m.unit = singular(w) + "/s";
                return k + 3;
            }
            String time = Cues.TIME_UNITS.get(w);
            if (time != null && !(is(k + 1, "-") && glued(k + 1))) {
                m.unit = time;
                return perUnit(m, k + 1);
            }
        }
        return k;
    }

    /** Rule "compound unit": {@code seconds per frame} is {@code second/frame}; returns the index past it. */
    private int perUnit(Mention m, int k) {
        if (is(k, "per") && isWord(k + 1) && !in(k + 1, MetricWords.DETERMINERS) && !isNum(k + 2)) {
            m.unit = m.unit + "/" + singular(norm(k + 1));
            return k + 2;
        }
        return k;
    }

    private static String singular(String w) {
        if (w.endsWith("s") && w.length() > 3 && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Extends {@code m} over the second number of a range ({@code 3-13%}, {@code 3~5x}, {@code ranging from 1 to 2}). */
    private void range(Mention m, int k) {
        Token sep = tok(k);
        if (sep == null) {
            return;
        }
        boolean symbol = sep.is("-") || sep.is("\u2013") || sep.is("\u2014") || sep.is("~") || sep.is("\\sim");
        boolean to = sep.is("to");
        boolean and = sep.is("and");
        if (!symbol && !to && !and) {
            return;
        }
        int before = m.first - 1;
        if (to) {
            boolean from = is(before, "from");
            if (from
                    && !(is(before - 1, "ranging")
                            || is(before - 1, "range")
                            || is(before - 1, "ranges")
                            || is(before - 1, "varying")
                            || is(before - 1, "varies")
                            || is(before - 1, "vary"))) {
                return;
            }
        }
        if (and && !is(before, "between")) {
            return;
        }
        int j = k + 1;
        if (sep.is("-") && is(j, "-") && glued(j)) {
            j++; // LaTeX's en dash: 3.1--4.2
        }
        if (symbol && (sep.space != (tok(j) != null && tok(j).space))) {
            return; // "3 -5" is no range
        }
        if (is(j, "+")) {
            j++;
        }
        if (!isNum(j)) {
            return;
        }
        Mention second = new Mention();
        second.value = t.get(j).value;
        int end = unit(second, j + 1, false);
        if (end < 0 || !Double.isFinite(second.value) || second.value < m.value) {
            return;
        }
        if (to && m.unit.isEmpty() && second.unit.isEmpty() && is(before, "(")) {
            return; // rule "bare from-to in parentheses": (0.19 to 0.61) gives two levels
        }
        if (!m.unit.isEmpty() && !second.unit.isEmpty() && !m.unit.equals(second.unit)) {
            return;
        }
        if (m.unit.isEmpty()) {
            m.unit = second.unit;
            if (second.metric != null) {
                m.metric = second.metric;
            }
        }
        if (second.qualifierWritten && second.qualifier == Qualifier.MIN) {
            m.qualifier = Qualifier.MIN;
            m.qualifierWritten = true;
        }
        m.upper = second.value;
        m.last = end - 1;
        m.tail = m.last;
    }

    /** Reads a qualifier written right before the mention ({@code up to}, {@code ~}, {@code more than}). */
    private void qualifierBefore(Mention m) {
        int p = m.first - 1;
        if ((is(p, "a") || is(p, "an"))
                && (is(p - 1, "to") && is(p - 2, "up")
                        || is(p - 1, "over")
                        || is(p - 1, "nearly")
                        || is(p - 1, "about")
                        || is(p - 1, "roughly")
                        || is(p - 1, "almost"))) {
            p--; // up to a 19% acceleration
        }
        if (is(p, "$")
                && glued(p + 1)
                && glued(p)
                && isWord(p - 1)
                && norm(p - 1).startsWith("\\")) {
            p--; // $\sim$18%: the closing math dollar
        }
        if (is(p, "}") && is(p - 2, "{") && (is(p - 1, "\\sim") || is(p - 1, "sim") || is(p - 1, "\\approx"))) {
            // {\sim}60%, and {sim} where the backslash was lost
            m.qualifier = Qualifier.APPROX;
            m.qualifierWritten = true;
            m.qualifierBefore = true;
            m.first = p - 2;
            return;
        }
        Token k = tok(p);
        if (k == null) {
            return;
        }
        Qualifier q = null;
        int start = p;
        if (k.kind == Token.Kind.SYM) {
            q = Cues.QUALIFIER_SYMBOLS.get(k.norm);
            if (q != null && glued(p) && (isNum(p - 1) || isWord(p - 1))) {
                q = null; // 3~5 is a range; by~4 is LaTeX's tie, a space
            }
            if (k.is("=") && (is(p - 1, ">") || is(p - 1, "<"))) {
                q = is(p - 1, ">") ? Qualifier.MIN : Qualifier.MAX;
                start = p - 1;
            }
        } else if (k.isWord()) {
            q = Cues.QUALIFIER_WORDS.get(k.norm);
            if (q == null) {
                Map<String, Qualifier> second = Cues.QUALIFIER_PAIRS.get(norm(p - 1));
                if (second != null) {
                    q = second.get(k.norm);
                    start = p - 1;
                }
            }
        }
        if (q != null && is(start - 1, "$") && glued(start)) {
            start--; // the opening math dollar belongs to the qualifier
        }
        if (q != null) {
            m.qualifier = q;
            m.qualifierWritten = true;
            m.qualifierBefore = true;
            m.first = start;
        }
    }

    /** Links each mention to the one before it when both stand in one coordinated list. */
    private void link(List<Mention> all) {
        for (int a = 1; a < all.size(); a++) {
            Mention prev = all.get(a - 1);
            Mention m = all.get(a);
            if (prev.sentence != m.sentence) {
                continue;
            }
            int k = skipTail(prev.last + 1, m.first);
            if (is(prev.first - 1, "from") && is(m.first - 1, "to") && fromToGap(k, m.first - 1)) {
                m.prev = prev;
                m.fromTo = true;
                continue;
            }
            if (coordinated(k, m.first)) {
                m.prev = prev;
                m.viaPhrase = in(k, MetricWords.BENCH_PREPS);
                m.prevHasOwnWords = k > prev.last + 1;
            }
        }
    }

    /**
     * Rule "from A to B with words between": between the two ends of {@code from 5% on X to 9% on Y}
     * may stand a prepositional phrase without punctuation; {@code to} stands at {@code to}.
     */
    private boolean fromToGap(int k, int to) {
        if (k == to) {
            return true;
        }
        if (k > to || !in(k, MetricWords.BENCH_PREPS) && !is(k, "at") && !is(k, "with") && !is(k, "for")) {
            return false;
        }
        if (to - k > NP_MAX) {
            return false;
        }
        for (int j = k + 1; j < to; j++) {
            if (isPunct(j) && !is(j, "(") && !is(j, ")") || isNum(j) || is(j, "and") || is(j, "from")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the tokens in {@code [k, end)} are a list separator, with an optional prepositional phrase first. */
    private boolean coordinated(int k, int end) {
        if (k < end && in(k, MetricWords.BENCH_PREPS)) {
            int j = k + 1;
            while (j < end && !is(j, ",") && !is(j, "and") && !is(j, "or") && j - k < NP_MAX) {
                if (isPunct(j) && !is(j, "(") && !is(j, ")")) {
                    return false;
                }
                j++;
            }
            k = j;
        }
        boolean sep = false;
        while (k < end) {
            Token x = t.get(k);
            if (x.is(",") || x.is("and") || x.is("or") || x.is("respectively")) {
                sep = true;
            } else if (!(x.is("a") || x.is("an"))) {
                return false;
            }
            k++;
        }
        return sep;
    }

    private void accept(List<Mention> all) {
        // units flow backwards through lists and from-to pairs: "from 8.3 to 1.4 BLEU points"
        for (int a = all.size() - 1; a >= 1; a--) {
            Mention m = all.get(a);
            Mention p = m.prev;
            if (p != null
                    && p.bare()
                    && !m.bare()
                    && !"x".equals(m.unit)
                    && !p.accepted
                    && !m.viaPhrase
                    && Double.isNaN(p.upper)
                    && p.sign == 0
                    && !m.prevHasOwnWords
                    && !versionLike(p)) {
                p.unit = m.unit;
                if (p.metric == null) {
                    p.metric = m.metric;
                }
            } else if (p != null && m.fromTo && !p.bare() && m.unit.startsWith(p.unit + "/")) {
                p.unit = m.unit; // from 120 ms to 45 ms per token: the rate covers both ends
            }
        }
        boolean[] bareScoreInSentence = new boolean[sentenceStart.length + 1];
        for (Mention m : all) {
            if (m.accepted) {
                continue;
            }
            m.accepted = acceptable(m);
            if (m.accepted && m.bare()) {
                bareScoreInSentence[m.sentence] = true;
            }
        }
        for (Mention m : all) {
            if (!m.accepted
                    && m.bare()
                    && !m.vetoed
                    && bareScoreInSentence[m.sentence]
                    && t.get(m.num).fraction
                    && !m.qualifierWritten
                    && !versionLike(m)) {
                m.accepted = true;
            }
        }
        for (Mention m : all) {
            if (!m.accepted
                    && m.prev != null
                    && m.prev.accepted
                    && m.bare()
                    && !m.vetoed
                    && (m.prev.bare() || t.get(m.num).fraction && !"x".equals(m.prev.unit))
                    && !m.qualifierWritten
                    && !versionLike(m)) {
                m.accepted = true;
            }
        }
    }

    private boolean versionLike(Mention m) {
        int p = m.first - 1;
        Token k = tok(p);
        if (k == null) {
            return false;
        }
        if (k.isWord() && (k.isCapitalized() || k.hasUpperOrDigitInside()) && !k.norm.equals("fid")) {
            return !metricName(p);
        }
        return k.isWord()
                && (k.norm.equals("v")
                        || k.norm.equals("version")
                        || k.norm.equals("table")
                        || k.norm.equals("figure")
                        || k.norm.equals("fig")
                        || k.norm.equals("section")
                        || k.norm.equals("eq")
                        || k.norm.equals("appendix")
                        || k.norm.equals("step")
                        || k.norm.equals("stage")
                        || k.norm.equals("level")
                        || k.norm.equals("layer")
                        || k.norm.equals("top")
                        || k.norm.equals("pass")
                        || k.norm.equals("k"));
    }

    /** Whether a set-up word governs the number: {@code rank equating to 8.3%}, {@code sparsity of 50%}. */
    private boolean setupBefore(Mention m) {
        if (m.unit.equals("x") || m.fromTo && m.prev != null && !m.prev.vetoed) {
            return false;
        }
        for (int p = m.first - 1; p >= 0 && p >= m.first - 4; p--) {
            if (in(p, MetricWords.SETUP_WORDS | MetricWords.COMPOSITION_VERBS)) {
                return true;
            }
            if (!in(p, MetricWords.SETUP_LINKS)) {
                return false;
            }
        }
        return false;
    }

    private boolean acceptable(Mention m) {
        if (setupBefore(m) || m.prev != null && m.prev.vetoed && m.unit.equals(m.prev.unit) && !m.fromTo) {
            m.vetoed = true; // a set-up value, or the next item of a list of them
            return false;
        }
        switch (m.unit) {
            case "%":
                // 95% confidence intervals, 90% credible sets
                return !(is(m.last + 1, "confidence")
                        || is(m.last + 1, "ci")
                        || is(m.last + 1, "credible")
                        || is(m.last + 1, "significance"));
            case "x":
            case "points":
            case "$":
                return true;
            case "":
                return bareAcceptable(m);
            default:
                if (m.unit.contains("/") || m.unit.equals("fps")) {
                    // rule "set-up rate": at 30 FPS input, a 16 fps video
                    return !in(m.last + 1, MetricWords.SETUP_AFTER_UNIT);
                }
                if (is(m.last + 1, "of") || is(m.last + 1, "-")) {
                    return false;
                }
                return m.qualifierWritten && m.qualifier != Qualifier.MIN
                        || quantityBefore(m)
                        || is(m.first - 1, "in") && (is(m.first - 2, "just") || is(m.first - 2, "only"))
                        || is(m.first - 1, "of")
                                && (in(m.first - 2, MetricWords.QUANTITY_HEADS)
                                        || in(m.first - 2, MetricWords.METRIC_NAMES))
                        || fromToWithUnit(m)
                        || is(m.first - 1, "in")
                                && in(m.last, MetricWords.TIME_UNITS)
                                && !m.unit.equals("gb")
                                && !m.unit.equals("mb")
                                && !m.unit.equals("tb")
                        || (is(m.first - 1, "to") || is(m.first - 1, "by")) && changeVerbBefore(m.first - 1, 5);
        }
    }

    /**
     * Rule "quantity value": a unit value stated as the level of a named quantity ({@code latency is
     * 0.5s}, {@code a memory footprint (8 GB)}, {@code throughput of 120 token/s}).
     */
    private boolean quantityBefore(Mention m) {
        int p = m.first - 1;
        if (!(in(p, MetricWords.COPULAS) || is(p, "(") || is(p, "of"))) {
            return false;
        }
        return in(p - 1, MetricWords.QUANTITY_HEADS) || metricName(p - 1) && !is(p - 1, "is");
    }

    /** Whether {@code to} at {@code k} closes {@code from A to}. */
    private boolean bareFromBefore(int k) {
        return bareFromIndex(k) >= 0;
    }

    private int bareFromIndex(int k) {
        return isNum(k - 1) && is(k - 2, "from") ? k - 2 : -1;
    }

    /** Whether {@code m} is one end of {@code from A to B} where both ends carry the same unit. */
    private boolean fromToWithUnit(Mention m) {
        int k = m.last + 1;
        if (is(m.first - 1, "from") && is(k, "to") && isNum(k + 1)) {
            Mention other = new Mention();
            return unit(other, k + 2, false) > 0 && other.unit.equals(m.unit);
        }
        if (is(m.first - 1, "to")) {
            for (int p = m.first - 2; p >= 0 && p >= m.first - 6; p--) {
                if (is(p, "from")) {
                    Mention other = new Mention();
                    return isNum(p + 1) && unit(other, p + 2, false) > 0 && other.unit.equals(m.unit);
                }
            }
        }
        return false;
    }

    private boolean bareAcceptable(Mention m) {
        Token n = t.get(m.num);
        if (!n.fraction && n.value >= 1900 && n.value <= 2100) {
            m.vetoed = true;
            return false;
        }
        if (versionLike(m)) {
            m.vetoed = true;
            return false;
        }
        if (m.sign != 0) {
            return !(is(m.first - 1, "=")
                    && isWord(m.first - 2)
                    && !t.get(m.first - 2).text.equals("\u0394"));
        }
        if (metricBefore(m) || m.countOf) {
            return true;
        }
        if (outcomeCount(m)) {
            return true;
        }
        // a metric name after it: 127.9 CIDEr-D, 0.69 overall score, 35.2 BLEU, 0.7 macro-F1, 7.4 Wiki2 perplexity
        for (int k = m.last + 1; k <= m.last + 3 && k < t.size(); k++) {
            Token x = t.get(k);
            if (!x.isWord()) {
                break;
            }
            boolean compound = false;
            if (is(k + 1, "-") && glued(k + 1) && glued(k + 2) && metricName(k + 2) && !x.isCapitalized()) {
                k += 2; // macro-F1
                x = t.get(k);
                compound = true;
            }
            if (metricName(k) && k == m.last + 3 && !compound && !nameLike(k - 1)) {
                break;
            }
            if (metricName(k)) {
                if (!x.norm.equals("top") && !x.norm.equals("pass") && !x.norm.equals("is")) {
                    m.tail = k;
                    if (m.metric == null) {
                        m.metric = x.text;
                    }
                    if (k == m.last + 2 && nameLike(m.last + 1) && !metricName(m.last + 1)) {
                        m.innerBench = m.last + 1; // a 7.43 WikiText2 perplexity: the name is the benchmark
                    }
                    return true;
                }
            }
            if (!(x.norm.equals("overall")
                    || k == m.last + 1 && nameLike(k) && !x.isCapitalized() && metricName(k + 1)
                    || k == m.last + 1 && nameLike(k) && innerCapsOrDigit(x.text) && metricName(k + 1)
                    || x.norm.equals("average")
                    || x.norm.equals("mean")
                    || x.norm.equals("absolute")
                    || x.norm.equals("relative"))) {
                break;
            }
        }
        // 141 out of 1090
        if (is(m.last + 1, "out")
                && is(m.last + 2, "of")
                && (isNum(m.last + 3) || in(m.last + 3, MetricWords.NUMBER_WORDS))) {
            return true; // 141 out of 1090 sites, solves 15 out of 30 problems
        }
        // from 48.2 to 61.0 after a change verb or a metric word: the pass@1 rises from 48.2 to 61.0
        if (n.fraction
                && (is(m.first - 1, "from") && is(m.last + 1, "to") && isNum(m.last + 2)
                        || is(m.first - 1, "to") && bareFromBefore(m.first - 1))) {
            int from = is(m.first - 1, "from") ? m.first - 1 : bareFromIndex(m.first - 1);
            for (int p = from - 1; p >= 0 && p >= from - 10 && !isPunct(p); p--) {
                if (in(p, MetricWords.CHANGE_VERBS) || in(p, MetricWords.METRIC_NAMES)) {
                    return true;
                }
            }
        }
        // a score verb right before: reaches 89.5 on GLUE
        if (n.fraction
                && in(before(m.first), MetricWords.SCORE_VERBS)
                && (in(m.last + 1, MetricWords.BENCH_PREPS) || isPunct(m.last + 1))) {
            return !m.qualifierWritten || m.qualifier == Qualifier.APPROX;
        }
        // improves mAP by 3.4 on nuScenes, outperforms the baseline by 2.3
        if (is(before(m.first), "by")
                && changeVerbBefore(before(m.first), 10)
                && !m.qualifierWritten
                && (!isWord(m.last + 1) || in(m.last + 1, MetricWords.AFTER_BARE_CHANGE))) {
            return true;
        }
        // FID of 2.1, scores of 1.28, AUCs ranging from 71.5, score = 3.2
        int p = m.first - 1;
        if (is(p, "of")
                || is(p, "=")
                || is(p, ":")
                || is(p, "to")
                || is(p, "from")
                || is(p, "between")
                || is(p, "reaching")
                || is(p, "reaches")) {
            int reach = is(p, ":") ? 8 : 4;
            for (int k = p - 1; k >= 0 && k >= p - reach; k--) {
                if (isPunct(k) || isNum(k)) {
                    break;
                }
                if (metricName(k)) {
                    if (m.metric == null) {
                        int st = k;
                        while (st - 1 >= 0
                                && st > k - 3
                                && isWord(st - 1)
                                && (in(st - 1, MetricWords.METRIC_NAMES)
                                        || t.get(st - 1).hasUpperOrDigitInside())) {
                            st--;
                        }
                        m.metric = slice(st, k + 1);
                    }
                    return true;
                }
                if (is(k, "=") && k == p && is(k - 1, "\u0394")) {
                    return true;
                }
            }
            if (is(p, "=") && tok(p - 1) != null && tok(p - 1).text.equals("\u0394")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "score after its metric name": {@code FID 3.1}, {@code gFID 1.9}, {@code Spearman correlation
     * above 0.80}, {@code (r > 0.8)}; the name becomes the metric.
     */
    private boolean metricBefore(Mention m) {
        int p = m.first - 1;
        Token n = t.get(m.num);
        boolean linked = false;
        if (n.fraction && (is(p, "(") || in(p, MetricWords.COPULAS)) && metricName(p - 1) && !is(p - 1, "is")) {
            p--; // scores (7.17 on X), the Gini coefficient is 0.327
            linked = true;
        }
        boolean named = metricName(p) && !is(p, "top") && !is(p, "pass") && !is(p, "is") && (linked || !glued(m.first));
        boolean variable = (is(p, "r") || is(p, "\u03c1") || is(p, "\\rho"))
                && m.qualifierWritten
                && tok(m.first).kind == Token.Kind.SYM;
        if (!(named && (n.fraction || m.qualifierWritten) || variable)) {
            return false;
        }
        if (m.metric == null) {
            m.metric = t.get(p).text;
        }
        return true;
    }

    /** Whether a word has a digit or a capital after its first letter ({@code WikiText2}, {@code FooText}). */
    private static boolean innerCapsOrDigit(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) || Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Rule "outcome count": a count after a verb of outcome is a metric ({@code solves 13 of 73 tasks},
     * {@code fixes 9 bugs}); counts of what was set up are not ({@code uses 14 datasets}).
     */
    private boolean outcomeCount(Mention m) {
        Token n = t.get(m.num);
        if (n.fraction || m.sign != 0 || !in(before(m.first), MetricWords.OUTCOME_VERBS)) {
            return false;
        }
        return is(m.last + 1, "of") && isNum(m.last + 2)
                || isWord(m.last + 1) && !in(m.last + 1, MetricWords.SIZE_WORDS);
    }

    private void decideKind(Mention m) {
        if (m.unit.equals("x")) {
            m.kind = MetricKind.RATIO;
            m.kindCue = true;
            return;
        }
        int p = before(m.first);
        boolean change = m.sign != 0
                || is(p, "by")
                || in(p, MetricWords.CHANGE_VERBS)
                || is(p, "of") && in(p - 1, MetricWords.CHANGE_NOUNS)
                || is(p, "of") && isWord(p - 2) && in(p - 2, MetricWords.CHANGE_NOUNS) && !is(p - 1, "the");
        if (!change) {
            for (int k = m.last + 1; k <= m.last + 4 && k < t.size(); k++) {
                Token x = t.get(k);
                if (x.is("-") || x.is(")") || x.is("(")) {
                    continue;
                }
                if (!x.isWord() || in(k, MetricWords.NP_STOPS) && !in(k, MetricWords.CHANGE_WORDS)) {
                    break;
                }
                if (in(k, MetricWords.CHANGE_WORDS)) {
                    change = true;
                    break;
                }
            }
        }
        if (!change && m.unit.equals("points")) {
            change = true; // points are a difference unless the text says otherwise
        }
        m.kindCue = change;
        m.kind = change ? MetricKind.CHANGE : MetricKind.SCORE;
    }

    /** Items of a coordinated list take the kind and leading qualifier of the list's first item. */
    private void inherit(List<Mention> kept) {
        for (Mention m : kept) {
            Mention p = m.prev;
            if (p == null || !p.accepted) {
                continue;
            }
            if (!m.kindCue && p.kind != MetricKind.RATIO && m.kind != MetricKind.RATIO && !m.fromTo) {
                m.kind = p.kind;
                m.kindCue = p.kindCue;
            }
            if (m.fromTo && p.kind == MetricKind.SCORE && m.kind == MetricKind.CHANGE && !m.kindCue) {
                m.kind = MetricKind.SCORE;
            }
            if (!m.fromTo
                    && !m.qualifierWritten
                    && p.qualifierWritten
                    && p.qualifierBefore
                    && !m.prevHasOwnWords
                    && m.unit.equals(p.unit)) {
                m.qualifier = p.qualifier;
                m.qualifierBefore = true;
                m.qualifierWritten = true;
            }
        }
    }

    /** The first items of a list take the kind of a later item that has a cue: 18% and 25% relative gains. */
    private static void inheritBackwards(List<Mention> kept) {
        for (int a = kept.size() - 2; a >= 0; a--) {
            Mention m = kept.get(a);
            Mention n = kept.get(a + 1);
            if (n.prev == m
                    && !n.fromTo
                    && !n.viaPhrase
                    && !m.kindCue
                    && n.kindCue
                    && m.unit.equals(n.unit)
                    && m.kind != MetricKind.RATIO) {
                m.kind = n.kind;
                m.kindCue = true;
            }
        }
    }
}
