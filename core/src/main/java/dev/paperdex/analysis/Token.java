package dev.paperdex.analysis;

import java.util.Locale;

/** One lexical unit of an abstract: a number, a run of letters, or a single other character. */
final class Token {
    enum Kind {
        NUM,
        WORD,
        SYM
    }

    final Kind kind;
    final int start;
    final int end;
    /** The characters as written; {@code \%} is one SYM token whose {@link #norm} is {@code %}. */
    final String text;
    /** Lower-case text for words, the symbol for symbols ({@code %} for {@code \%}). */
    final String norm;
    /** Whether white space stands right before this token. */
    final boolean space;
    /** The value of a number. */
    final double value;
    /** Whether a number was written with a decimal part. */
    final boolean fraction;

    Token(Kind kind, int start, int end, String text, String norm, boolean space, double value, boolean fraction) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
        this.norm = norm;
        this.space = space;
        this.value = value;
        this.fraction = fraction;
    }

    boolean isNum() {
        return kind == Kind.NUM;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean is(String s) {
        return norm.equals(s);
    }

    boolean isCapitalized() {
        return kind == Kind.WORD
                && !text.isEmpty()
                && Character.isUpperCase(text.charAt(text.startsWith("\\") ? Math.min(1, text.length() - 1) : 0));
    }

    boolean hasUpperOrDigitInside() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return kind + ":" + text;
    }
}
