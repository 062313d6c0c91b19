package dev.paperdex.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an abstract into {@link Token}s in one pass: numbers ({@code 12,000}, {@code 34.08}),
 * runs of letters, LaTeX commands (a backslash and letters), the escaped percent sign {@code \%}, and single
 * other characters. No backtracking: every character is looked at a bounded number of times.
 */
final class Lexer {
    private Lexer() {}

    static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>(Math.max(16, s.length() / 4));
        int n = s.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (isDigit(c)) {
                i = number(s, i, out, space);
            } else if (Character.isLetter(c)) {
                // a word may go on with digits (F1, MATH500, AIME24): those digits are part of a name
                while (i < n && (Character.isLetter(s.charAt(i)) || isDigit(s.charAt(i)))) {
                    i++;
                }
                String t = s.substring(start, i);
                out.add(new Token(Token.Kind.WORD, start, i, t, Token.lower(t), space, 0, false));
            } else if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '%') {
                i += 2;
                out.add(new Token(Token.Kind.SYM, start, i, "\\%", "%", space, 0, false));
            } else if (c == '\\' && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
                i++;
                while (i < n && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                String t = s.substring(start, i);
                out.add(new Token(Token.Kind.WORD, start, i, t, Token.lower(t), space, 0, false));
            } else {
                i++;
                String t = s.substring(start, i);
                out.add(new Token(Token.Kind.SYM, start, i, t, t, space, 0, false));
            }
            space = false;
        }
        return out;
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
        double v = Double.NaN;
        if (t.length() <= 24) {
            try {
                v = Double.parseDouble(t.replace(",", ""));
            } catch (NumberFormatException e) {
                v = Double.NaN;
            }
        }
        out.add(new Token(Token.Kind.NUM, start, i, t, t, space, v, fraction));
        return i;
    }

    private static boolean threeDigits(String s, int i) {
        return i + 3 <= s.length() && isDigit(s.charAt(i)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2));
    }
}
