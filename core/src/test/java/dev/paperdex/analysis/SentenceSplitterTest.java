package dev.paperdex.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.paperdex.Span;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SentenceSplitterTest {
    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.textIn(text)).toList();
    }

    @Test
    void splitsAtPeriodFollowedBySpaceAndCapital() {
        String text = "We train a model. It works well.";
        assertThat(SentenceSplitter.split(text)).containsExactly(Span.of(0, 17), Span.of(18, 32));
    }

    @Test
    void splitsBeforeDigit() {
        assertThat(sentences("Accuracy rises. 3 of 4 tasks improve."))
                .containsExactly("Accuracy rises.", "3 of 4 tasks improve.");
    }

    @Test
    void splitsAtExclamationAndQuestionMarks() {
        assertThat(sentences("Does scale help? Yes! It does.")).containsExactly("Does scale help?", "Yes!", "It does.");
    }

    @Test
    void keepsSentenceAfterLowerCaseWord() {
        assertThat(sentences("We measured it. we observed a drop. Then it recovered."))
                .containsExactly("We measured it. we observed a drop.", "Then it recovered.");
    }

    @Test
    void skipsMultipleSpacesAndNewlinesBetweenSentences() {
        String text = "First one.   Second one.\n\nThird one.";
        assertThat(SentenceSplitter.split(text)).containsExactly(Span.of(0, 10), Span.of(13, 24), Span.of(26, 36));
    }

    @Test
    void trimsWhiteSpaceAroundTheText() {
        String text = "  One sentence only.  \n";
        assertThat(SentenceSplitter.split(text)).containsExactly(Span.of(2, 20));
    }

    @Test
    void returnsNothingForBlankText() {
        assertThat(SentenceSplitter.split(" \n ")).isEmpty();
        assertThat(SentenceSplitter.split("")).isEmpty();
    }

    @Test
    void doesNotEndAtEg() {
        assertThat(sentences("Models (e.g. Bert, GPT) learn. Done."))
                .containsExactly("Models (e.g. Bert, GPT) learn.", "Done.");
    }

    @Test
    void doesNotEndAtIe() {
        assertThat(sentences("Two settings, i.e. Zero-shot and few-shot, are used. Done."))
                .containsExactly("Two settings, i.e. Zero-shot and few-shot, are used.", "Done.");
    }

    @Test
    void doesNotEndAtEtAl() {
        assertThat(sentences("As shown by Smith et al. Transformers scale. Done."))
                .containsExactly("As shown by Smith et al. Transformers scale.", "Done.");
    }

    @Test
    void doesNotEndAtVs() {
        assertThat(sentences("A gap remains (vs. Conventional methods). Done."))
                .containsExactly("A gap remains (vs. Conventional methods).", "Done.");
    }

    @Test
    void doesNotEndAtFigAndEq() {
        assertThat(sentences("See Fig. 2 and Eq. 3 for details. Done."))
                .containsExactly("See Fig. 2 and Eq. 3 for details.", "Done.");
    }

    @Test
    void doesNotEndAtAka() {
        assertThat(sentences("Inter-data partitioning (a.k.a. Data Parallelism) is common. Done."))
                .containsExactly("Inter-data partitioning (a.k.a. Data Parallelism) is common.", "Done.");
    }

    @Test
    void doesNotEndAtNumeroBeforeANumber() {
        assertThat(sentences("The model ranks No. 1 on the leaderboard. No. We disagree."))
                .containsExactly("The model ranks No. 1 on the leaderboard.", "No.", "We disagree.");
    }

    @Test
    void keepsSentenceWrappedOverLines() {
        assertThat(sentences("The model ranks first\non the leaderboard. It is\nfast."))
                .containsExactly("The model ranks first\non the leaderboard.", "It is\nfast.");
    }

    @Test
    void endsAtEtcFollowedByCapital() {
        assertThat(sentences("It edits images, writes text, etc. We also test video."))
                .containsExactly("It edits images, writes text, etc.", "We also test video.");
    }

    @Test
    void keepsEtcInsideSentence() {
        assertThat(sentences("Images, text, etc. are supported. Done."))
                .containsExactly("Images, text, etc. are supported.", "Done.");
    }

    @Test
    void neverEndsInsideDecimal() {
        assertThat(sentences("It scores 75.1% and 3.5 points. Done."))
                .containsExactly("It scores 75.1% and 3.5 points.", "Done.");
    }

    @Test
    void endsAfterUrlFollowedByPeriod() {
        String text = "Code is available at https://github.com/a/b. We thank reviewers.";
        assertThat(sentences(text))
                .containsExactly("Code is available at https://github.com/a/b.", "We thank reviewers.");
    }

    @Test
    void endsAtTextEndAfterUrl() {
        String text = "It is fast. Code: https://x.y/z";
        assertThat(SentenceSplitter.split(text)).containsExactly(Span.of(0, 11), Span.of(12, 31));
    }

    @Test
    void keepsClosingQuoteWithSentence() {
        assertThat(sentences("They call it \"the gap.\" We close it."))
                .containsExactly("They call it \"the gap.\"", "We close it.");
    }

    @Test
    void splitsLongTextWithoutSpacesQuickly() {
        String dots = "e.g.".repeat(250_000) + " Next one.";
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThat(SentenceSplitter.split(dots)).hasSize(2));
        String many = "It works. ".repeat(100_000);
        assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> assertThat(SentenceSplitter.split(many)).hasSize(100_000));
    }

    @Test
    void keepsQuestionInsideParenthesesInSentence() {
        assertThat(sentences("Queries (e.g. \"How to cook rice?\") need images. Done."))
                .containsExactly("Queries (e.g. \"How to cook rice?\") need images.", "Done.");
    }
}
