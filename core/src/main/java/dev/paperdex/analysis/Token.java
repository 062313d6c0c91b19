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
    /**
     * For a word, its {@link CueVocabulary} id as the lexer found it: the id, {@code -1} when no
     * lexicon uses it, or {@link #UNKNOWN} when the lexer did not look (then {@link #cuePrefixes}
     * is null too).
     */
    final int cueId;
    /**
     * For a word the lexer looked up, the {@link CueVocabulary} prefixes it starts with (of an
     * ASCII word, even one no lexicon uses, unless it has digits); null when not looked up.
     */
    final int[] cuePrefixes;
    /**
     * {@code norm.hashCode()} when the lexer worked it out while it read the word (a substring has
     * none cached), else 0 and {@link #hashed} false: see {@link #hash()}.
     */
    private final int hash;

    private final boolean hashed;

    static final int UNKNOWN = -2;

    Token(Kind kind, int start, int end, String text, String norm, boolean space, double value, boolean fraction) {
        this(kind, start, end, text, norm, space, value, fraction, UNKNOWN, null, 0, false);
    }

    Token(
            Kind kind,
            int start,
            int end,
            String text,
            String norm,
            boolean space,
            double value,
            boolean fraction,
            int cueId,
            int[] cuePrefixes,
            int hash,
            boolean hashed) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.text = text;
        this.norm = norm;
        this.space = space;
        this.value = value;
        this.fraction = fraction;
        this.cueId = cueId;
        this.cuePrefixes = cuePrefixes;
        this.hash = hash;
        this.hashed = hashed;
    }

    /** {@code norm.hashCode()}, without reading the word again when the lexer worked it out. */
    int hash() {
        return hashed ? hash : norm.hashCode();
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

    /**
     * {@code s} in lower case; an ASCII word already in lower case is returned as it is, and other
     * ASCII words are folded without the general Unicode path, which the lexer would otherwise take
     * for every word.
     */
    static String lower(String s) {
        int n = s.length();
        int firstUpper = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return s.toLowerCase(Locale.ROOT);
            }
            if (firstUpper < 0 && c >= 'A' && c <= 'Z') {
                firstUpper = i;
            }
        }
        if (firstUpper < 0) {
            return s;
        }
        char[] out = s.toCharArray();
        for (int i = firstUpper; i < n; i++) {
            char c = out[i];
            if (c >= 'A' && c <= 'Z') {
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(out);
    }

    @Override
    public String toString() {
        return kind + ":" + text;
    }
}
