package dev.paperdex.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * An abstract as tokens, with its sentences, and the look-around helpers the scanner and the
 * attacher share. Built once per call and confined to it, in one pass over the tokens; the arrays
 * are never changed after construction, but for {@link #classes}, filled as tokens are first asked
 * about.
 */
class Tokens {
    /** How far the searches around a mention may look, in tokens. */
    static final int WINDOW = 14;

    /** The longest noun phrase read, in tokens. */
    static final int NP_MAX = 24;

    final String text;
    final List<Token> t;
    final int[] sentenceOf;
    final int[] sentenceStart;
    final boolean[] respectively;
    /**
     * Per token, its {@link MetricWords} classes (every cue table its word is in) with {@link
     * MetricWords#KNOWN}, or 0 while not looked up: a token is looked up once, on the first question
     * its word's bucket cannot answer, and most tokens never are.
     */
    final long[] classes;
    /** Per token, the last {@code ;} or {@code :} at or before it in its sentence, or -1. */
    final int[] lastMark;
    /**
     * The tokens, in text order, at which a mention or a benchmark context may start: the numbers,
     * the words of {@link MetricWords#STARTS}, and the commas and opening parentheses; the first
     * {@link #startCount} entries are used. The scanner and the context read only these.
     */
    final int[] starts;

    final int startCount;

    /** The classes of the empty word, which {@link #norm} gives outside the text. */
    private static final long OUTSIDE = MetricWords.classes("");

    Tokens(AnalyzedText analyzed) {
        this.text = analyzed.text;
        this.t = analyzed.tokens;
        this.sentenceOf = analyzed.sentenceOf;
        this.sentenceStart = analyzed.sentenceStart;
        this.respectively = new boolean[sentenceStart.length + 1];
        int n = t.size();
        this.classes = new long[n];
        this.lastMark = new int[n];
        int[] found = new int[Math.max(16, n / 4)];
        int count = 0;
        int mark = -1;
        for (int i = 0; i < n; i++) {
            Token x = t.get(i);
            if (i > 0 && sentenceOf[i] != sentenceOf[i - 1]) {
                mark = -1;
            }
            boolean start;
            if (x.kind == Token.Kind.NUM) {
                start = true;
            } else if (x.kind == Token.Kind.WORD) {
                if (x.is("respectively")) {
                    respectively[sentenceOf[i]] = true;
                }
                // exact for a word of the cue vocabulary; the table tells for the others
                start = MetricWords.mayStart(x) && (x.cueId >= 0 || in(i, MetricWords.STARTS));
            } else {
                if (x.norm.equals(";") || x.norm.equals(":")) {
                    mark = i;
                }
                start = x.norm.equals(",") || x.norm.equals("(");
            }
            lastMark[i] = mark;
            if (start) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        this.starts = found;
        this.startCount = count;
    }

    /** The same tokens, for a subclass that works on them. */
    Tokens(Tokens other) {
        this.text = other.text;
        this.t = other.t;
        this.sentenceOf = other.sentenceOf;
        this.sentenceStart = other.sentenceStart;
        this.respectively = other.respectively;
        this.classes = other.classes;
        this.lastMark = other.lastMark;
        this.starts = other.starts;
        this.startCount = other.startCount;
    }

    /**
     * Whether the word of token {@code i} is in one of the cue tables {@code words} ({@link
     * MetricWords} bits): {@code Cues.X.contains(norm(i))} as one bit test.
     */
    boolean in(int i, long words) {
        if (i < 0 || i >= classes.length) {
            return (OUTSIDE & words) != 0;
        }
        long c = classes[i];
        if (c == 0) {
            Token k = t.get(i);
            if (k.cueId == -1 || k.cueId < 0 && !MetricWords.mayBeIn(k.norm, words)) {
                return false; // a word of the cue vocabulary is classed by its id, with no look-up
            }
            c = MetricWords.classes(k) | MetricWords.KNOWN;
            classes[i] = c;
        }
        return (c & words) != 0;
    }

    Token tok(int i) {
        return i >= 0 && i < t.size() ? t.get(i) : null;
    }

    boolean is(int i, String norm) {
        Token k = tok(i);
        return k != null && k.norm.equals(norm);
    }

    boolean glued(int i) {
        Token k = tok(i);
        return k != null && !k.space;
    }

    boolean isWord(int i) {
        Token k = tok(i);
        return k != null && k.isWord();
    }

    boolean isNum(int i) {
        Token k = tok(i);
        return k != null && k.isNum();
    }

    String norm(int i) {
        Token k = tok(i);
        return k == null ? "" : k.norm;
    }

    boolean sameSentence(int a, int b) {
        return a >= 0 && b >= 0 && a < t.size() && b < t.size() && sentenceOf[a] == sentenceOf[b];
    }

    boolean isPunct(int i) {
        return i >= 0 && i < classes.length && t.get(i).kind == Token.Kind.SYM && in(i, MetricWords.PUNCT);
    }

    /** Whether the number at {@code i} is part of a name or identifier, judged from what is glued before it. */
    boolean gluedToNameBefore(int i) {
        int k = i;
        int steps = 0;
        while (glued(k) && k - 1 >= 0 && steps < 12) {
            Token p = t.get(k - 1);
            if (p.is("(") || p.is("[") || p.is("\"") || p.is("'") || p.is("`")) {
                return false;
            }
            if (p.isWord()) {
                if (p.text.equals("\u0394") || p.text.equals("\u03b4") || p.text.startsWith("\\")) {
                    return false; // a Greek delta or a LaTeX command such as \sim
                }
                return !in(k - 1, MetricWords.FUNCTION_WORDS);
            }
            if (p.is("=") || p.is(":")) {
                // k=3 is a variable; "=" glued to a word before it makes a name
                return k - 2 >= 0
                        && glued(k - 1)
                        && t.get(k - 2).isWord()
                        && !t.get(k - 2).text.equals("\u0394");
            }
            if (p.is("/") && k - 2 >= 0 && glued(k - 1) && t.get(k - 2).isNum()) {
                // 1/3 is a fraction, not a metric
                return true;
            }
            k--;
            steps++;
        }
        return false;
    }

    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Skips words right after a mention that belong to it: metric names, change nouns, {@code absolute}. */
    int skipTail(int k, int limit) {
        int j = k;
        while (j < limit && j - k < 5) {
            Token x = tok(j);
            if (x == null) {
                break;
            }
            if (x.is(")") && j == k) {
                j++;
                continue;
            }
            if (x.is("relative") && is(j + 1, "to")) {
                break;
            }
            if (x.isWord()
                    && j == k
                    && x.text.length() <= 5
                    && Character.isLetter(x.text.charAt(0))
                    && isWord(j + 1)
                    && (in(j + 1, MetricWords.METRIC_NAMES) || in(j + 1, MetricWords.CHANGE_WORDS) || is(j + 1, "win"))
                    && x.text.equals(x.text.toUpperCase(java.util.Locale.ROOT))) {
                j++; // an unknown metric abbreviation: a 3.5% AO gain, an 86.5% LC win rate
                continue;
            }
            if (x.isWord() && glued(j + 1) && (is(j + 1, "-") || is(j + 1, "@")) && glued(j + 2) && isNum(j + 2)) {
                j += 3; // top-1, pass@1, R@10
                continue;
            }
            if (x.isWord()
                    && !x.isCapitalized()
                    && j == k
                    && isWord(j + 1)
                    && in(j + 1, MetricWords.METRIC_NAMES)
                    && !in(j, MetricWords.NP_STOPS)) {
                j += 2; // box AP, exact match accuracy
                continue;
            }
            if (x.isWord()
                    && (in(j, MetricWords.METRIC_NAMES | MetricWords.CHANGE_WORDS | MetricWords.DOWN_WORDS)
                            || in(j, MetricWords.QUANTITY_HEADS) && !x.isCapitalized()
                            || in(j, MetricWords.UP_WORDS) && !x.is("up")
                            || x.norm.equals("average")
                            || x.norm.equals("overall")
                            || x.norm.equals("points")
                            || x.norm.equals("point")
                            || x.norm.equals("fast"))) {
                j++;
                continue;
            }
            if (x.is("-") && glued(j) && isWord(j + 1) && glued(j + 1) && (j > k || isWord(j - 1))) {
                j += 2;
                continue;
            }
            break;
        }
        return j;
    }

    /** Whether a change verb stands within {@code reach} words before {@code k}, in the same clause. */
    boolean changeVerbBefore(int k, int reach) {
        for (int p = k - 1; p >= 0 && p >= k - reach; p--) {
            if (isPunct(p) || in(p, MetricWords.CLAUSE_WORDS) && !is(p, "and")) {
                return false;
            }
            if (in(p, MetricWords.CHANGE_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /** The token before {@code i}, stepping over a LaTeX tie ({@code by~20\%}). */
    int before(int i) {
        int p = i - 1;
        if (is(p, "~") && glued(p) && glued(i) && isWord(p - 1)) {
            p--;
        }
        return p;
    }

    /**
     * Whether token {@code k} names a metric: a listed name ({@code FID}, {@code accuracy}) or one with
     * a one-letter lower-case prefix ({@code gFID}, {@code rFID}, {@code sFID}).
     */
    boolean metricName(int k) {
        Token x = tok(k);
        if (x == null || !x.isWord()) {
            return false;
        }
        if (in(k, MetricWords.METRIC_NAMES | MetricWords.METRIC_PLURALS)) {
            return true; // scores, AUCs
        }
        String w = x.text;
        return w.length() >= 3
                && Character.isLowerCase(w.charAt(0))
                && Character.isUpperCase(w.charAt(1))
                && Cues.METRIC_NAMES.contains(x.norm.substring(1));
    }

    boolean nameLike(int k) {
        Token x = tok(k);
        if (x == null) {
            return false;
        }
        if (x.isWord()) {
            return x.isCapitalized() || x.hasUpperOrDigitInside();
        }
        return false;
    }

    boolean hasName(int s, int e) {
        for (int j = s; j < e; j++) {
            Token x = t.get(j);
            if (x.isWord() && (x.isCapitalized() || x.hasUpperOrDigitInside())) {
                return true;
            }
        }
        return false;
    }

    String slice(int s, int e) {
        return text.substring(t.get(s).start, t.get(e - 1).end);
    }
}
