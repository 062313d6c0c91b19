package dev.paperdex.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words, numbers and punctuation marks of one sentence, lower-cased, with their offsets.
 *
 * <p>Letters and digits split into separate tokens ({@code 4.5x} is {@code 4.5} and {@code x}),
 * hyphens separate words ({@code state-of-the-art} is four tokens), so one cue phrase matches
 * both the hyphenated and the spaced spelling; {@code SOTA} becomes {@code state of the art}.
 */
final class CueTokens {
    private static final List<String> STATE_OF_THE_ART = List.of("state", "of", "the", "art");
    private final List<String> words;
    private final int[] starts;
    private final int[] ends;

    private CueTokens(List<String> words, int[] starts, int[] ends) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
    }

    static CueTokens of(String text) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int j = i + 1;
            if (Character.isDigit(c)) {
                while (j < n
                        && (Character.isDigit(text.charAt(j))
                                || ((text.charAt(j) == '.' || text.charAt(j) == ',')
                                        && j + 1 < n
                                        && Character.isDigit(text.charAt(j + 1))))) {
                    j++;
                }
            } else if (Character.isLetter(c)) {
                while (j < n && Character.isLetter(text.charAt(j))) {
                    j++;
                }
            } else if (Character.isWhitespace(c)
                    || c == '-'
                    || c == '\u2010'
                    || c == '\u2011'
                    || c == '\u2013'
                    || c == '\\') {
                i = j;
                continue;
            }
            String word = normalize(text.substring(i, j));
            if (word.equals("sota")) {
                // one spelling for the lexicons: SOTA reads as "state of the art"
                for (String part : STATE_OF_THE_ART) {
                    words.add(part);
                    spans.add(new int[] {i, j});
                }
            } else {
                words.add(word);
                spans.add(new int[] {i, j});
            }
            i = j;
        }
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        for (int k = 0; k < spans.size(); k++) {
            starts[k] = spans.get(k)[0];
            ends[k] = spans.get(k)[1];
        }
        return new CueTokens(List.copyOf(words), starts, ends);
    }

    private static String normalize(String word) {
        if (word.equals("\u00d7")) {
            return "x";
        }
        if (word.equals("\u2019")) {
            return "'";
        }
        return word.toLowerCase(Locale.ROOT);
    }

    int size() {
        return words.size();
    }

    String word(int index) {
        return words.get(index);
    }

    boolean isNumber(int index) {
        return Character.isDigit(words.get(index).charAt(0));
    }

    /** Whether the token at {@code index} is written right after the previous one, without a gap. */
    boolean touchesPrevious(int index) {
        return index > 0 && starts[index] == ends[index - 1];
    }

    int start(int index) {
        return starts[index];
    }

    int end(int index) {
        return ends[index];
    }
}
