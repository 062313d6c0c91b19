package dev.paperdex.analysis;

import java.util.Optional;

/**
 * Phrases taken from an abstract as one line: a benchmark, metric, baseline or subject that a
 * line break cuts in the source ({@code multi-document\nquestion-answering}) is the same name as
 * the one written on one line, so every run of white space in it reads as one space. The span of
 * the phrase keeps where it was written.
 */
final class Spaces {
    private Spaces() {}

    /** {@code s} with each run of white space as one space; {@code s} itself when it has none to fold. */
    static String oneLine(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i + 1 < n && Character.isWhitespace(s.charAt(i + 1)))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        boolean space = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        if (space) {
            b.append(' ');
        }
        return b.toString();
    }

    static Optional<String> oneLine(Optional<String> s) {
        return s.map(Spaces::oneLine);
    }
}
