package dev.paperdex.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an abstract into {@link Token}s in one pass: numbers ({@code 12,000}, {@code 34.08}),
 * runs of letters, LaTeX commands (a backslash and letters), the escaped percent sign {@code \%}, the
 * operators {@code \sim} and {@code \pm} as the symbols they stand for (also where a text copy lost
 * their backslash, next to numbers), and single other characters. No backtracking: every character is looked at a bounded number of times.
 */
final class Lexer {
    /** One shared string per ASCII character, for the one-character symbol tokens. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    /** The ASCII characters {@link Character#isWhitespace} is true of. */
    private static final boolean[] ASCII_SPACE = new boolean[' ' + 1];

    static {
        for (char c = 0; c <= ' '; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    private Lexer() {}

    static List<Token> lex(String s) {
        CueVocabulary vocabulary = ClaimLexicons.INSTANCE.vocabulary;
        List<Token> out = new ArrayList<>(Math.max(16, s.length() / 4));
        int n = s.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80 ? c <= ' ' && ASCII_SPACE[c] : Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (isDigit(c)) {
                i = number(s, i, out, space);
            } else if (isLetter(c)) {
                int after = garbledOperator(s, i, out, space);
                i = after >= 0 ? after : word(s, i, out, space, vocabulary);
            } else if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '%') {
                i += 2;
                out.add(new Token(Token.Kind.SYM, start, i, "\\%", "%", space, 0, false));
            } else if (c == '\\' && i + 1 < n && isLetter(s.charAt(i + 1))) {
                i++;
                while (i < n && isLetter(s.charAt(i))) {
                    i++;
                }
                String t = s.substring(start, i);
                String op = t.equals("\\sim") ? "~" : t.equals("\\pm") ? "\u00b1" : null;
                if (op != null) {
                    i = operator(s, start, i, op, out, space);
                } else {
                    out.add(new Token(Token.Kind.WORD, start, i, t, Token.lower(t), space, 0, false));
                }
            } else {
                i++;
                String t = c < ASCII.length ? ASCII[c] : s.substring(start, i);
                out.add(new Token(Token.Kind.SYM, start, i, t, t, space, 0, false));
            }
            space = false;
        }
        return out;
    }

    /**
     * Adds the LaTeX operator {@code s[start, end)} ({@code \sim}, {@code \pm}) as one symbol
     * token whose norm is the operator's character ({@code ~}, {@code \u00b1}), as {@code \%} is
     * {@code %}: the rules of the metric scanner then read {@code 3\sim5%} as they read {@code 3~5%}.
     * A math dollar or a brace glued on both sides ({@code $\sim$}, {@code {\sim}}) is part of the
     * token. The index past the token.
     */
    private static int operator(String s, int start, int end, String op, List<Token> out, boolean space) {
        int from = start;
        int to = end;
        boolean before = space;
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null
                && last.kind == Token.Kind.SYM
                && last.end == start
                && end < s.length()
                && (last.norm.equals("$") && s.charAt(end) == '$' || last.norm.equals("{") && s.charAt(end) == '}')) {
            out.remove(out.size() - 1);
            from = last.start;
            before = last.space;
            to = end + 1;
        }
        out.add(new Token(Token.Kind.SYM, from, to, s.substring(from, to), op, before, 0, false));
        return to;
    }

    /**
     * An operator whose backslash was lost when the page was copied to text, read as {@link
     * #operator} reads it: {@code sim} between two numbers or before one ({@code 1.04sim2.2times},
     * {@code {sim}60%}, {@code by sim 11%}), {@code pm} between two numbers ({@code 85.2pm0.3}, {@code
     * 85.2 pm 0.3}), and {@code times} glued between two numbers ({@code 36times64}, a size). Only
     * these spellings in lower case, only next to numbers, so no word is read as an operator. The
     * index past the operator, or -1 when {@code s} has none at {@code i}.
     */
    private static int garbledOperator(String s, int i, List<Token> out, boolean space) {
        char c = s.charAt(i);
        String name = c == 's' ? "sim" : c == 'p' ? "pm" : c == 't' ? "times" : null;
        if (name == null || !s.startsWith(name, i)) {
            return -1;
        }
        int end = i + name.length();
        int n = s.length();
        Token last = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean afterNumber = last != null && last.kind == Token.Kind.NUM;
        boolean gluedAfterNumber = afterNumber && last.end == i;
        String op = c == 's' ? "~" : c == 'p' ? "\u00b1" : "\u00d7";
        if (gluedAfterNumber && end < n && isDigit(s.charAt(end))) {
            out.add(new Token(Token.Kind.SYM, i, end, name, op, space, 0, false));
            return end; // 1.04sim2.2, 85.2pm0.3, 36times64
        }
        if (last != null
                && last.kind == Token.Kind.SYM
                && last.end == i
                && end < n
                && (last.norm.equals("{") && s.charAt(end) == '}' || last.norm.equals("$") && s.charAt(end) == '$')
                && (numberBefore(out) || c != 't' && digitAfter(s, end + 1))) {
            return operator(s, i, end, op, out, space); // {sim}60%, 3$times$ faster, 85.2$pm$0.3
        }
        if (c == 't' || end < n && isLetter(s.charAt(end)) || end < n && isDigit(s.charAt(end))) {
            return -1;
        }
        int next = end;
        while (next < n && s.charAt(next) == ' ') {
            next++;
        }
        if (next == end || next >= n || !isDigit(s.charAt(next))) {
            return -1;
        }
        if (c == 'p' ? afterNumber && space : !afterNumber && space) {
            out.add(new Token(Token.Kind.SYM, i, end, name, op, space, 0, false));
            return end; // 85.2 pm 0.3, by sim 11%
        }
        return -1;
    }

    /** Whether the token before the last one is a number glued to it ({@code 3$} of {@code 3$times$}). */
    private static boolean numberBefore(List<Token> out) {
        if (out.size() < 2) {
            return false;
        }
        Token number = out.get(out.size() - 2);
        return number.kind == Token.Kind.NUM && number.end == out.get(out.size() - 1).start;
    }

    /** Whether a digit is at {@code i} of {@code s}, after spaces. */
    private static boolean digitAfter(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && isDigit(s.charAt(i));
    }

    /**
     * Reads a word: letters, and the digits that go on a name ({@code F1}, {@code MATH500}). An
     * ASCII word is folded to lower case as it is read and looked up in the cue vocabulary: a word
     * some lexicon uses takes the vocabulary's string as its {@link Token#norm} (and as its text
     * when written in lower case) and its ids, so it costs no string of its own.
     */
    private static int word(String s, int i, List<Token> out, boolean space, CueVocabulary vocabulary) {
        int n = s.length();
        int start = i;
        boolean ascii = true;
        boolean upper = false;
        boolean digit = false;
        int hash = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    upper = true;
                    c = (char) (c + ('a' - 'A'));
                } else if (isDigit(c)) {
                    digit = true;
                } else if (!(c >= 'a' && c <= 'z')) {
                    break;
                }
            } else if (Character.isLetter(c)) {
                ascii = false;
            } else {
                break;
            }
            hash = 31 * hash + c;
            i++;
        }
        if (!ascii) {
            String t = s.substring(start, i);
            out.add(new Token(Token.Kind.WORD, start, i, t, Token.lower(t), space, 0, false));
            return i;
        }
        int slot = vocabulary.find(s, start, i, hash);
        if (slot >= 0) {
            String norm = vocabulary.wordAt(slot);
            String text = upper ? s.substring(start, i) : norm;
            out.add(new Token(
                    Token.Kind.WORD,
                    start,
                    i,
                    text,
                    norm,
                    space,
                    0,
                    false,
                    vocabulary.idAt(slot),
                    vocabulary.prefixesAt(slot),
                    hash,
                    true));
            return i;
        }
        String t = s.substring(start, i);
        // an ASCII word: folded only when it has a capital (Token.lower would look for one again)
        String norm = upper ? t.toLowerCase(Locale.ROOT) : t;
        // the word's prefixes in the cue vocabulary, found while its characters are at hand; a word
        // with digits is split into runs of letters and digits by CueTokens, which finds the
        // runs' prefixes itself
        int[] prefixes = digit ? null : vocabulary.prefixesOf(norm);
        out.add(new Token(Token.Kind.WORD, start, i, t, norm, space, 0, false, -1, prefixes, hash, true));
        return i;
    }

    /** {@link Character#isLetter}, without a table look-up for ASCII. */
    private static boolean isLetter(char c) {
        if (c < 0x80) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Reads digits with optional thousands groups ({@code 12,000}) and one decimal part. */
    private static int number(String s, int i, List<Token> out, boolean space) {
        int n = s.length();
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        // thousands groups: a comma followed by exactly three digits
        while (i < n && s.charAt(i) == ',' && threeDigits(s, i + 1) && (i + 4 >= n || !isDigit(s.charAt(i + 4)))) {
            i += 4;
        }
        boolean fraction = false;
        if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
            fraction = true;
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        String t = s.substring(start, i);
        double v = simpleValue(s, start, i);
        if (Double.isNaN(v) && t.length() <= 24) {
            try {
                v = Double.parseDouble(t.replace(",", ""));
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
        }
        out.add(new Token(Token.Kind.NUM, start, i, t, t, space, v, fraction));
        return i;
    }

    /**
     * The value of digits with thousands commas and at most one decimal point, when it has at most
     * 15 significant digits (so the integer and the power of ten are exact and one division rounds
     * correctly, the same double as {@code Double.parseDouble}); NaN otherwise.
     */
    private static double simpleValue(String s, int start, int end) {
        long digits = 0;
        int count = 0;
        int scale = -1;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == ',') {
                continue;
            }
            if (c == '.') {
                scale = 0;
                continue;
            }
            if (++count > 15) {
                return Double.NaN;
            }
            digits = digits * 10 + (c - '0');
            if (scale >= 0) {
                scale++;
            }
        }
        return scale <= 0 ? (double) digits : digits / POWERS_OF_TEN[scale];
    }

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16
    };

    private static boolean threeDigits(String s, int i) {
        return i + 3 <= s.length() && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2));
    }
}
