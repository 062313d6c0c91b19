package dev.paperdex.analysis;

import dev.paperdex.Span;
import java.util.List;
import java.util.Objects;

/**
 * An abstract read once: its tokens ({@link Lexer}) and its sentences ({@link SentenceSplitter}),
 * with each token's sentence. Every stage of the analysis reads this one value (metrics through
 * {@link Tokens}, claims through {@link CueTokens} views of each sentence), so the text is
 * tokenized and split once. Immutable after construction.
 */
final class AnalyzedText {
    final String text;
    final List<Token> tokens;
    final List<Span> sentences;
    /** The sentence of each token. */
    final int[] sentenceOf;
    /** The first token of each sentence (the token count for a sentence without tokens). */
    final int[] sentenceStart;

    private AnalyzedText(String text) {
        this.text = text;
        this.tokens = Lexer.lex(text);
        this.sentences = SentenceSplitter.split(text);
        int n = tokens.size();
        int count = Math.max(1, sentences.size());
        this.sentenceOf = new int[n];
        this.sentenceStart = new int[count];
        // one merge walk over tokens and sentence spans: a token belongs to the last sentence that
        // starts at or before it
        int s = 0;
        for (int i = 0; i < n; i++) {
            int start = tokens.get(i).start;
            while (s + 1 < sentences.size() && sentences.get(s + 1).start() <= start) {
                s++;
                sentenceStart[s] = i;
            }
            sentenceOf[i] = s;
        }
        for (int k = s + 1; k < count; k++) {
            sentenceStart[k] = n;
        }
    }

    static AnalyzedText of(String text) {
        return new AnalyzedText(Objects.requireNonNull(text, "text"));
    }

    /** The number of sentences (at least one, even for empty text, so every token has one). */
    int sentenceCount() {
        return sentenceStart.length;
    }

    /** The token just past sentence {@code s}. */
    int sentenceEnd(int s) {
        return s + 1 < sentenceStart.length ? sentenceStart[s + 1] : tokens.size();
    }
}
