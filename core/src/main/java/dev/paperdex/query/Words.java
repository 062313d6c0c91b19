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

    /** Whether {@code phrase} (non-empty) stands in {@code text} as consecutive words. */
    static boolean containsPhrase(CharSequence text, List<String> phrase) {
        List<String> words = of(text);
        int k = phrase.size();
        outer:
        for (int i = 0; i + k <= words.size(); i++) {
            for (int j = 0; j < k; j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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
