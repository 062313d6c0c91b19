package dev.paperdex.analysis;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the claim sentences of an abstract (core/EXTRACTION.md section 2), typed and linked to the
 * metrics inside them. Thread-safe.
 *
 * <p>Each sentence of {@link SentenceSplitter} is matched against cue lexicons, one per claim type
 * plus lexicons of evaluation evidence, method descriptions, background and hedges (resources
 * under {@code dev/paperdex/analysis/}). A sentence is a claim when it has a type cue, shows an
 * evaluated outcome (a strong cue, an evidence cue or a number with {@code %}, {@code x} or
 * points) and is neither background nor a mere description of the method; release sentences need
 * only their cue. The types then follow the consistency rules of the specification: every
 * {@code sota} is also {@code performance}; an efficiency sentence is {@code performance} only
 * when it has a quality or outperforming cue of its own; a sentence about the paper's own method
 * winning is {@code performance} rather than {@code finding}.
 *
 * <p>Sentences are decided in order, in the context of the ones before ({@link ClaimRules#decideAll}):
 * in a study or benchmark of existing models, how those models fare is a {@code finding}; once the
 * abstract has turned to its evaluation, a sentence stating a behaviour or regularity ("all models
 * stay below 20%") is a {@code finding}, as is one going on from a finding ("Second, ..."); a
 * concluding sentence ("these results position X as a practical step toward ...") is a claim about
 * the paper's own method or, otherwise, a {@code finding}. The names of the rules that fired are
 * kept in {@link Claim#cues()}. The {@code metrics} argument only links metrics to claims; it
 * never decides whether a sentence is a claim.
 */
public final class ClaimExtractor {
    private ClaimExtractor() {}

    /**
     * The claims of a paper's abstract: the paper's own {@link Paper#claims()} when it was analysed,
     * else those found now in its abstract, linked to its metrics.
     */
    public static List<Claim> extract(Paper paper) {
        if (paper.analyzed()) {
            return paper.claims();
        }
        return extract(AnalyzedText.of(paper.abstractText()), paper.metrics(), Optional.of(paper.title()));
    }

    /**
     * The claims of an abstract, given the metrics found in it; {@link Claim#metricIndexes()} are
     * positions in {@code metrics}. {@link AbstractAnalyzer#analyze} finds both in one pass.
     */
    public static List<Claim> extract(String abstractText, List<ReportedMetric> metrics) {
        return extract(AnalyzedText.of(abstractText), metrics, Optional.empty());
    }

    static List<Claim> extract(AnalyzedText analyzed, List<ReportedMetric> metrics, Optional<String> title) {
        String text = analyzed.text;
        List<Span> spans = analyzed.sentences;
        List<SentenceCues> sentences = new ArrayList<>(spans.size());
        for (int s = 0; s < spans.size(); s++) {
            sentences.add(SentenceCues.of(analyzed, s));
        }
        Subjects subjects = Subjects.of(text, spans, sentences, title);
        // the name each sentence uses is looked up once and shared by the rules and the subject
        List<Optional<String>> names = new ArrayList<>(sentences.size());
        List<Boolean> mentions = new ArrayList<>(sentences.size());
        for (SentenceCues cues : sentences) {
            Optional<String> named = subjects.named(cues.sentence());
            names.add(named);
            mentions.add(named.isPresent());
        }
        List<Optional<ClaimRules.Decision>> decisions = ClaimRules.decideAll(sentences, mentions, title);
        Integer[] order = new Integer[metrics.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> metrics.get(i).start()));
        List<Claim> claims = new ArrayList<>();
        Optional<String> previousName = Optional.empty();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            SentenceCues cues = sentences.get(i);
            Optional<String> named = names.get(i);
            Optional<String> subject = subjects.subjectOf(cues, span.start(), previousName, named);
            if (named.isPresent()) {
                previousName = named;
            }
            Optional<ClaimRules.Decision> decision = decisions.get(i);
            if (decision.isEmpty()) {
                continue;
            }
            List<Integer> indexes = inside(metrics, order, span);
            List<ReportedMetric> inside = new ArrayList<>(indexes.size());
            indexes.forEach(k -> inside.add(metrics.get(k)));
            Claim.Builder claim = Claim.builder()
                    .sentence(cues.sentence())
                    .start(span.start())
                    .end(span.end())
                    .addAllTypes(decision.get().types())
                    .addAllCues(decision.get().cues())
                    .addAllMetricIndexes(indexes)
                    .addAllMetrics(inside)
                    .subject(subject);
            if (decision.get().types().contains(ClaimType.PERFORMANCE)
                    || decision.get().types().contains(ClaimType.EFFICIENCY)) {
                claim.baseline(Baselines.of(cues, inside));
            }
            claims.add(claim.build());
        }
        return List.copyOf(claims);
    }

    /**
     * The positions in {@code metrics} of those whose spans lie inside {@code span}, ascending;
     * {@code order} lists the positions by start offset.
     */
    private static List<Integer> inside(List<ReportedMetric> metrics, Integer[] order, Span span) {
        int lo = 0;
        int hi = order.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (metrics.get(order[mid]).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<Integer> found = new ArrayList<>();
        for (int i = lo; i < order.length && metrics.get(order[i]).start() < span.end(); i++) {
            if (span.contains(metrics.get(order[i]).span())) {
                found.add(order[i]);
            }
        }
        found.sort(null);
        return found;
    }
}
