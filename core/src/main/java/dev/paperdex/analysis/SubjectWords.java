package dev.paperdex.analysis;

import java.util.Arrays;

/**
 * The white-space words of one sentence (runs of characters other than {@link
 * Character#isWhitespace}), as offsets into it. A word's text, and the word with the quotes and
 * brackets around it stripped, are made only when {@link Subjects} asks for them: most words of a
 * sentence are only looked at, never copied. Belongs to one call, on one thread.
 */
final class SubjectWords {
    static final String OPENERS = "([{\"'`\u201c\u2018";
    private static final String CLOSERS = ".,;:!?)]}\"'`\u201d\u2019";

    private final String sentence;
    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final String[] raw;
    private final String[] stripped;

    SubjectWords(String sentence) {
        this.sentence = sentence;
        int n = sentence.length();
        int[] s = new int[8];
        int[] e = new int[8];
        int count = 0;
        int i = 0;
        while (i < n) {
            while (i < n && isWhitespace(sentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isWhitespace(sentence.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (count == s.length) {
                    s = Arrays.copyOf(s, count * 2);
                    e = Arrays.copyOf(e, count * 2);
                }
                s[count] = start;
                e[count] = i;
                count++;
            }
        }
        this.size = count;
        this.starts = s;
        this.ends = e;
        this.raw = new String[count];
        this.stripped = new String[count];
    }

    /** {@link Character#isWhitespace}, answered at once for the printable ASCII characters. */
    static boolean isWhitespace(char c) {
        return c > ' ' && c < 0x7f ? false : Character.isWhitespace(c);
    }

    int size() {
        return size;
    }

    /** Word {@code i} as written. */
    String raw(int i) {
        if (raw[i] == null) {
            raw[i] = sentence.substring(starts[i], ends[i]);
        }
        return raw[i];
    }

    /** Word {@code i} without the quotes and brackets around it ({@link #strip}). */
    String stripped(int i) {
        if (stripped[i] == null) {
            stripped[i] = sentence.substring(strippedStart(i), strippedEnd(i));
        }
        return stripped[i];
    }

    /** The offset in the sentence of word {@code i}. */
    int start(int i) {
        return starts[i];
    }

    /** The offset in the sentence just past word {@code i}. */
    int end(int i) {
        return ends[i];
    }

    /** The first character of word {@code i}. */
    char first(int i) {
        return sentence.charAt(starts[i]);
    }

    /** The last character of word {@code i}. */
    char last(int i) {
        return sentence.charAt(ends[i] - 1);
    }

    /** The length of word {@code i} as written. */
    int length(int i) {
        return ends[i] - starts[i];
    }

    /** The offset in the sentence of {@link #stripped} word {@code i}. */
    int strippedStart(int i) {
        return strippedStart(sentence, starts[i], ends[i]);
    }

    /** The offset in the sentence just past {@link #stripped} word {@code i}. */
    int strippedEnd(int i) {
        return strippedEnd(sentence, starts[i], ends[i]);
    }

    /** The start of the word {@code s[from, to)} with its quotes and brackets stripped. */
    static int strippedStart(String s, int from, int to) {
        int i = from;
        while (i < to && OPENERS.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The end of the word {@code s[from, to)} with its quotes and brackets stripped. */
    static int strippedEnd(String s, int from, int to) {
        int start = strippedStart(s, from, to);
        int e = to;
        while (e > start && CLOSERS.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /** {@code word} without the quotes and opening brackets before it and the marks after it. */
    static String strip(String word) {
        int s = 0;
        int e = word.length();
        while (s < e && OPENERS.indexOf(word.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && CLOSERS.indexOf(word.charAt(e - 1)) >= 0) {
            e--;
        }
        return word.substring(s, e);
    }
}
