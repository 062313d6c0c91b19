package dev.paperdex.analysis;

import dev.paperdex.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits an abstract into sentences (core/EXTRACTION.md section 2), as spans. Thread-safe.
 *
 * <p>A sentence ends at {@code .}, {@code !} or {@code ?} followed by white space and then a
 * capital letter or a digit; the last sentence ends at the end of the text. Closing quotes and
 * brackets right after the mark stay with the sentence. A period never ends a sentence when it
 * closes an abbreviation ({@code e.g.}, {@code i.e.}, {@code et al.}, {@code vs.}, {@code Fig.},
 * {@code Eq.}, {@code cf.}, {@code a.k.a.}, ...) or sits inside a number, a URL or a file name,
 * since those are never followed by white space, nor at {@code No.} before a number ({@code ranking
 * No. 1}). {@code etc.} is not treated as an abbreviation:
 * abstracts use it at the end of a list that closes the sentence far more often than in the middle
 * of one, so {@code etc. We} ends a sentence while {@code etc. and} does not.
 */
public final class SentenceSplitter {
    /** Lower-cased abbreviations, without their final period, that never end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "eg", "i.e", "ie", "al", "vs", "cf", "fig", "figs", "eq", "eqs", "sec", "secs", "tab", "approx",
            "resp", "a.k.a", "aka", "viz", "w.r.t", "wrt", "ref", "refs", "prof", "incl", "esp", "appx", "vol");

    private static final int MAX_ABBREVIATION = 8;

    private SentenceSplitter() {}

    /** The sentence spans of {@code text}, trimmed of surrounding white space, in order. */
    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int start = 0;
        // the next of each sentence mark, found with String.indexOf, which is much faster than
        // looking at every character
        int dot = text.indexOf('.');
        int bang = text.indexOf('!');
        int question = text.indexOf('?');
        for (int i = nextMark(dot, bang, question); i >= 0; i = nextMark(dot, bang, question)) {
            char c = text.charAt(i);
            if (c == '.') {
                dot = text.indexOf('.', i + 1);
            } else if (c == '!') {
                bang = text.indexOf('!', i + 1);
            } else {
                question = text.indexOf('?', i + 1);
            }
            int end = i + 1;
            while (end < n && isCloser(text.charAt(end))) {
                end++;
            }
            int next = end;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next == end || next == n) {
                continue;
            }
            char first = text.charAt(next);
            if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
                continue;
            }
            if (c == '.' && end == i + 1 && isAbbreviation(text, start, i)) {
                continue;
            }
            // "ranking No. 1 on MTEB": the numero sign before a number
            if (c == '.' && end == i + 1 && Character.isDigit(first) && isNumero(text, start, i)) {
                continue;
            }
            add(spans, text, start, end);
            // no mark lies between this one and the next sentence: only closers and white space
            start = next;
        }
        add(spans, text, start, n);
        return List.copyOf(spans);
    }

    /** The smallest of the three mark positions that is not -1, or -1. */
    private static int nextMark(int dot, int bang, int question) {
        int m = dot;
        if (bang >= 0 && (m < 0 || bang < m)) {
            m = bang;
        }
        if (question >= 0 && (m < 0 || question < m)) {
            m = question;
        }
        return m;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019';
    }

    /** Whether the word that ends at the period {@code dot} is a known abbreviation. */
    private static boolean isAbbreviation(String text, int from, int dot) {
        int wordStart = dot;
        // looking back a bounded distance keeps the split linear even for text without spaces
        int limit = Math.max(from, dot - MAX_ABBREVIATION);
        while (wordStart > limit
                && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '('
                && text.charAt(wordStart - 1) != '[') {
            wordStart--;
        }
        if (wordStart == dot || wordStart == limit && limit > from && !Character.isWhitespace(text.charAt(limit - 1))) {
            return false;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word);
    }

    /** Whether the word that ends at the period {@code dot} is {@code No} or {@code Nos}. */
    private static boolean isNumero(String text, int from, int dot) {
        int wordStart = dot;
        while (wordStart > from && dot - wordStart < 3 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart > from && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            return false;
        }
        String word = text.substring(wordStart, dot);
        return word.equals("No") || word.equals("no") || word.equals("Nos") || word.equals("nos");
    }

    private static void add(List<Span> spans, String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            spans.add(Span.of(s, e));
        }
    }
}
