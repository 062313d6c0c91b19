package dev.paperdex.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words, numbers and punctuation marks of one sentence as the cue lexicons see them:
 * lower-cased, with offsets into the sentence, and each word's ids in {@link CueVocabulary}.
 *
 * <p>A view of the sentence's {@link Token}s from the one {@link Lexer} pass: letters and digits
 * stand apart ({@code 4.5x} is {@code 4.5} and {@code x}, {@code F1} is {@code f} and {@code 1}),
 * a number goes on over a glued {@code .} or {@code ,} and digits ({@code Qwen2.5} is {@code qwen}
 * and {@code 2.5}), hyphens, dashes and backslashes are dropped ({@code state-of-the-art} is four
 * words, so one cue matches the hyphenated and the spaced spelling; {@code \sim} is {@code sim}),
 * and {@code SOTA} becomes {@code state of the art}.
 */
final class CueTokens {
    private static final List<String> STATE_OF_THE_ART = List.of("state", "of", "the", "art");

    // the builder's arrays, taken over (they may be longer than size); never changed after construction
    private final int size;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] numbers;
    private final int[] ids;
    private final int[][] prefixes;

    /**
     * For each vocabulary id, whether a lexer word of that id is one cue token as it is (no
     * backslash, no digit, not {@code sota}), so that its characters need not be read again.
     */
    private static final boolean[] WHOLE = whole(ClaimLexicons.INSTANCE.vocabulary);

    /**
     * Whether some vocabulary word is written with digits, points and commas only, so that a number
     * token must be looked up; when none is, every number has no id.
     */
    private static final boolean NUMBER_WORDS = numberWords(ClaimLexicons.INSTANCE.vocabulary);

    private static boolean numberWords(CueVocabulary vocabulary) {
        for (int id = 0; id < vocabulary.wordCount(); id++) {
            String w = vocabulary.wordAt(id);
            if (!w.isEmpty() && w.chars().allMatch(c -> c == '.' || c == ',' || (c >= '0' && c <= '9'))) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] whole(CueVocabulary vocabulary) {
        boolean[] whole = new boolean[vocabulary.wordCount()];
        for (int id = 0; id < whole.length; id++) {
            String w = vocabulary.wordAt(id);
            whole[id] = !w.isEmpty()
                    && !w.startsWith("\\")
                    && !hasAsciiDigit(w)
                    && !Character.isDigit(w.charAt(0))
                    && !w.equals("sota");
        }
        return whole;
    }

    private CueTokens(Builder b) {
        int n = b.size;
        this.size = n;
        this.words = b.words;
        this.starts = b.starts;
        this.ends = b.ends;
        this.numbers = b.numbers;
        // the lexer has looked most words up already (Token#cueId): the rest are looked up here,
        // in the builder's arrays of known ids and prefixes, which become this value's
        this.ids = b.known;
        this.prefixes = b.knownPrefixes;
        CueVocabulary vocabulary = ClaimLexicons.INSTANCE.vocabulary;
        for (int k = 0; k < n; k++) {
            if (ids[k] == Token.UNKNOWN) {
                ids[k] = vocabulary.lookup(words[k]);
            }
            if (numbers[k]) {
                prefixes[k] = NO_PREFIXES;
            } else if (prefixes[k] == null) {
                prefixes[k] = vocabulary.prefixesOf(words[k]);
            }
        }
    }

    private static final int[] NO_PREFIXES = new int[0];

    /** Collects words with their offsets. */
    private static final class Builder {
        String[] words;
        int[] starts;
        int[] ends;
        boolean[] numbers;
        int[] known;
        int[][] knownPrefixes;
        int size;

        Builder(int capacity) {
            words = new String[Math.max(4, capacity)];
            starts = new int[words.length];
            ends = new int[words.length];
            numbers = new boolean[words.length];
            known = new int[words.length];
            knownPrefixes = new int[words.length][];
        }

        void add(String word, int start, int end) {
            add(word, start, end, Token.UNKNOWN, null);
        }

        /** Adds a word whose vocabulary id and prefixes may be known ({@link Token#cueId}). */
        void add(String word, int start, int end, int id, int[] prefixes) {
            if (word.equals("sota")) {
                // one spelling for the lexicons: SOTA reads as "state of the art"
                for (String part : STATE_OF_THE_ART) {
                    add(part, start, end);
                }
                return;
            }
            addWhole(word, start, end, id, prefixes, Character.isDigit(word.charAt(0)));
        }

        /** Adds a token as it is. */
        void addWhole(String word, int start, int end, int id, int[] prefixes, boolean number) {
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                numbers = Arrays.copyOf(numbers, size * 2);
                known = Arrays.copyOf(known, size * 2);
                knownPrefixes = Arrays.copyOf(knownPrefixes, size * 2);
            }
            words[size] = word;
            starts[size] = start;
            ends[size] = end;
            numbers[size] = number;
            known[size] = id;
            knownPrefixes[size] = prefixes;
            size++;
        }
    }

    /** The cue tokens of sentence {@code s} of {@code text}, offsets relative to the sentence start. */
    static CueTokens of(AnalyzedText text, int s) {
        List<Token> t = text.tokens;
        int from = text.sentenceStart[s];
        int to = text.sentenceEnd(s);
        int base = s < text.sentences.size() ? text.sentences.get(s).start() : 0;
        Builder b = new Builder(to - from + 4);
        CueVocabulary vocabulary = ClaimLexicons.INSTANCE.vocabulary;
        for (int i = from; i < to; i++) {
            Token k = t.get(i);
            if (k.isNum()) {
                i = number(t, i, to, k.start, k.text, b, base);
            } else if (k.isWord()) {
                // the lexer gives prefixes to a word of the vocabulary and to an ASCII word without
                // digits, which is one cue token as it is unless it is sota
                if (k.cuePrefixes != null
                        && (k.cueId >= 0 ? WHOLE[k.cueId] : k.cueId == -1 && !k.norm.equals("sota"))) {
                    b.addWhole(k.norm, k.start - base, k.end - base, k.cueId, k.cuePrefixes, false);
                } else {
                    i = word(t, i, to, k, b, base);
                }
            } else if (!skipped(k.text)) {
                if (k.text.equals("\\%")) {
                    b.add("%", k.start + 1 - base, k.end - base, vocabulary.idOf('%'), vocabulary.prefixesOf('%'));
                } else {
                    String sym = normalize(k.text);
                    if (sym.length() == 1 && sym.charAt(0) < 0x80) {
                        char c = sym.charAt(0);
                        b.add(sym, k.start - base, k.end - base, vocabulary.idOf(c), vocabulary.prefixesOf(c));
                    } else {
                        b.add(sym, k.start - base, k.end - base);
                    }
                }
            }
        }
        return new CueTokens(b);
    }

    private static boolean skipped(String sym) {
        if (sym.length() != 1) {
            return false;
        }
        char c = sym.charAt(0);
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\\';
    }

    /**
     * Adds the number that starts with {@code digits} at {@code start} (token {@code i}), going on
     * over glued {@code .}/{@code ,} and digit tokens; the index of its last token.
     */
    private static int number(List<Token> t, int i, int to, int start, String digits, Builder b, int base) {
        StringBuilder text = null;
        int end = start + digits.length();
        int last = i;
        while (last + 2 < to) {
            Token sep = t.get(last + 1);
            Token more = t.get(last + 2);
            if (sep.space || more.space || !more.isNum() || !(sep.text.equals(".") || sep.text.equals(","))) {
                break;
            }
            if (text == null) {
                text = new StringBuilder(digits);
            }
            text.append(sep.text).append(more.text);
            end = more.end;
            last += 2;
        }
        String number = text == null ? digits : text.toString();
        if (NUMBER_WORDS) {
            b.add(number, start - base, end - base);
        } else {
            b.addWhole(number, start - base, end - base, -1, NO_PREFIXES, true); // no lexicon uses it
        }
        return last;
    }

    /** Adds a word token as its runs of letters and of digits; the index of the last token used. */
    private static int word(List<Token> t, int i, int to, Token k, Builder b, int base) {
        String s = k.norm;
        int offset = k.start;
        int from = 0;
        if (s.startsWith("\\")) {
            from = 1; // a LaTeX command reads as its name
        }
        int last = i;
        if (from == 0 && !hasAsciiDigit(s)) {
            b.add(s, offset - base, k.end - base, k.cueId, k.cuePrefixes);
            return last;
        }
        int p = from;
        while (p < s.length()) {
            int q = p;
            if (Character.isDigit(s.charAt(p))) {
                while (q < s.length() && Character.isDigit(s.charAt(q))) {
                    q++;
                }
                if (q == s.length()) {
                    // digits that end the word may go on as a number: Qwen2.5
                    return number(t, i, to, offset + p, s.substring(p, q), b, base);
                }
                b.add(s.substring(p, q), offset + p - base, offset + q - base);
            } else {
                while (q < s.length() && !Character.isDigit(s.charAt(q))) {
                    q++;
                }
                b.add(
                        from == 0 && p == 0 && q == s.length() ? s : s.substring(p, q),
                        offset + p - base,
                        offset + q - base);
            }
            p = q;
        }
        return last;
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String sym) {
        if (sym.length() == 1 && sym.charAt(0) < 0x80 && !Character.isLetter(sym.charAt(0))) {
            return sym; // an ASCII mark: lower-casing leaves it as it is
        }
        if (sym.equals("\u00d7")) {
            return "x";
        }
        if (sym.equals("\u2019")) {
            return "'";
        }
        return sym.toLowerCase(Locale.ROOT);
    }

    int size() {
        return size;
    }

    String word(int index) {
        return words[checked(index)];
    }

    /** {@code index}, checked against the size (the arrays may be longer). */
    private int checked(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException("cue token " + index + " of " + size);
        }
        return index;
    }

    boolean isNumber(int index) {
        return numbers[index];
    }

    /** The {@link CueVocabulary} id of the word at {@code index}, or -1 when no lexicon uses it. */
    int id(int index) {
        return ids[index];
    }

    /** Whether the word at {@code index} starts with the vocabulary prefix {@code prefix}. */
    boolean hasPrefix(int index, int prefix) {
        for (int p : prefixes[index]) {
            if (p == prefix) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word at {@code index} is one of {@code words}. */
    boolean in(int index, CueWords words) {
        return words.contains(ids[checked(index)]);
    }

    /** Whether the word at {@code index} starts with one of the prefixes {@code prefixes}. */
    boolean startsWithAny(int index, CueWords prefixes) {
        for (int p : this.prefixes[checked(index)]) {
            if (prefixes.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The vocabulary prefixes the word at {@code index} starts with. */
    int[] prefixes(int index) {
        return prefixes[index];
    }

    /** Whether the token at {@code index} is written right after the previous one, without a gap. */
    boolean touchesPrevious(int index) {
        return index > 0 && starts[index] == ends[index - 1];
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }
}
