package dev.paperdex.analysis;

import dev.paperdex.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The sentence splitter as it was before it found marks with indexOf: the reference of {@link SplitterEquivalenceTest}. */
final class ReferenceSplitter {
    /** Lower-cased abbreviations, without their final period, that never end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "eg", "i.e", "ie", "al", "vs", "cf", "fig", "figs", "eq", "eqs", "sec", "secs", "tab", "approx",
            "resp", "a.k.a", "aka", "viz", "w.r.t", "wrt", "ref", "refs", "prof", "incl", "esp", "appx", "vol");

    private static final int MAX_ABBREVIATION = 8;

    private ReferenceSplitter() {}

    /** The sentence spans of {@code text}, trimmed of surrounding white space, in order. */
    static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
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
            start = next;
            i = next - 1;
        }
        add(spans, text, start, n);
        return List.copyOf(spans);
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
