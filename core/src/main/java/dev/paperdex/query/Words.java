package dev.paperdex.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The one definition of a word for text queries: a maximal run of letters and digits, folded to
 * lower case. {@code Chain-of-Thought} is the three words {@code chain of thought}, so the phrase
 * {@code "chain of thought"} matches it and {@code reasoning} never matches {@code reasoningless}.
 */
final class Words {
    private Words() {}

    /** The words of {@code text}, in order. */
    static List<String> of(CharSequence text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(Character.toLowerCase(cp));
            } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        return words;
    }

    /**
     * Whether {@code phrase} (non-empty, lower-case words) stands in {@code text} as consecutive
     * words. Allocates nothing but two small arrays: it runs on every candidate of a phrase query.
     */
    static boolean containsPhrase(CharSequence text, List<String> phrase) {
        int k = phrase.size();
        int[] starts = new int[k];
        int[] ends = new int[k];
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = Character.codePointAt(text, i);
                if (!Character.isLetterOrDigit(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            starts[count % k] = start;
            ends[count % k] = i;
            count++;
            if (count >= k && windowMatches(text, starts, ends, count, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean windowMatches(CharSequence text, int[] starts, int[] ends, int count, List<String> phrase) {
        int k = phrase.size();
        for (int j = 0; j < k; j++) {
            int slot = (count - k + j) % k;
            if (!wordEquals(text, starts[slot], ends[slot], phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordEquals(CharSequence text, int start, int end, String word) {
        int p = start;
        int q = 0;
        while (p < end && q < word.length()) {
            int a = Character.toLowerCase(Character.codePointAt(text, p));
            int b = word.codePointAt(q);
            if (a != b) {
                return false;
            }
            p += Character.charCount(Character.codePointAt(text, p));
            q += Character.charCount(b);
        }
        return p == end && q == word.length();
    }

    /**
     * Calls {@code sink} with each word of {@code text} in a reused, lower-cased buffer, without
     * allocating a string per word (the index is built this way).
     */
    static void scan(CharSequence text, char[][] buffer, WordSink sink) {
        char[] buf = buffer[0];
        int len = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean word;
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                    word = true;
                } else {
                    word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(i + 1));
                if (Character.isLetterOrDigit(cp)) {
                    String lower = new String(Character.toChars(Character.toLowerCase(cp)));
                    if (len + lower.length() > buf.length) {
                        buf = java.util.Arrays.copyOf(buf, buf.length * 2 + lower.length());
                        buffer[0] = buf;
                    }
                    for (int j = 0; j < lower.length(); j++) {
                        buf[len++] = lower.charAt(j);
                    }
                    i++;
                    continue;
                }
                word = false;
            } else {
                word = Character.isLetterOrDigit(c);
                c = Character.toLowerCase(c);
            }
            if (word) {
                if (len == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                    buffer[0] = buf;
                }
                buf[len++] = c;
            } else if (len > 0) {
                sink.word(buf, len);
                len = 0;
            }
        }
        if (len > 0) {
            sink.word(buf, len);
        }
    }

    /** Receives words from {@link #scan}. */
    interface WordSink {
        void word(char[] chars, int length);
    }
}
