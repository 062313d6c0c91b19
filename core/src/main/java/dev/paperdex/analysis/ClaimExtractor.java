package dev.paperdex.analysis;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Span;
import java.util.ArrayList;
import java.util.Arrays;
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
        List<Span> spans = analyzed.sentences;
        List<SentenceCues> sentences = new ArrayList<>(spans.size());
        for (int s = 0; s < spans.size(); s++) {
            sentences.add(SentenceCues.of(analyzed, s));
        }
        return claims(analyzed, sentences, metrics, title);
    }

    /** The claims of an abstract whose sentences' cues are found. */
    static List<Claim> claims(
            AnalyzedText analyzed, List<SentenceCues> sentences, List<ReportedMetric> metrics, Optional<String> title) {
        List<Span> spans = analyzed.sentences;
        RuleWords.Classes[] classes = RuleWords.of(sentences);
        Subjects subjects = Subjects.of(analyzed.text, spans, sentences, classes, title);
        // the name each sentence uses is looked up once and shared by the rules and the subject
        List<Optional<String>> names = new ArrayList<>(sentences.size());
        boolean[] mentions = new boolean[sentences.size()];
        for (int s = 0; s < sentences.size(); s++) {
            Optional<String> named =
                    subjects.named(sentences.get(s).tokens(), sentences.get(s).sentence());
            names.add(named);
            mentions[s] = named.isPresent();
        }
        List<Optional<ClaimRules.Decision>> decisions = ClaimRules.decideAll(sentences, classes, mentions, title);
        long[] byStart = byStart(metrics);
        List<Claim> claims = new ArrayList<>();
        Optional<String> previousName = Optional.empty();
        for (int i = 0; i < spans.size(); i++) {
            Optional<String> named = names.get(i);
            Optional<String> previous = previousName;
            if (named.isPresent()) {
                previousName = named;
            }
            Optional<ClaimRules.Decision> decision = decisions.get(i);
            if (decision.isEmpty()) {
                continue;
            }
            Span span = spans.get(i);
            SentenceCues cues = sentences.get(i);
            int[] indexes = inside(metrics, byStart, span);
            List<ReportedMetric> inside = new ArrayList<>(indexes.length);
            Claim.Builder claim = Claim.builder()
                    .sentence(cues.sentence())
                    .start(span.start())
                    .end(span.end())
                    .addAllTypes(decision.get().types())
                    .addAllCues(decision.get().cues())
                    .subject(Spaces.oneLine(subjects.subjectOf(classes[i], span.start(), previous, named)));
            for (int k : indexes) {
                claim.addMetricIndexes(k);
                inside.add(metrics.get(k));
            }
            claim.addAllMetrics(inside);
            if (decision.get().types().contains(ClaimType.PERFORMANCE)
                    || decision.get().types().contains(ClaimType.EFFICIENCY)) {
                claim.baseline(Spaces.oneLine(Baselines.of(cues, classes[i], inside)));
            }
            claims.add(claim.build());
        }
        return List.copyOf(claims);
    }

    /** Each metric's start offset (high half) and position (low half), ascending. */
    private static long[] byStart(List<ReportedMetric> metrics) {
        long[] keys = new long[metrics.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = (long) metrics.get(i).start() << 32 | i;
        }
        Arrays.sort(keys);
        return keys;
    }

    /**
     * The positions in {@code metrics} of those whose spans lie inside {@code span}, ascending;
     * {@code byStart} lists the positions by start offset ({@link #byStart}).
     */
    private static int[] inside(List<ReportedMetric> metrics, long[] byStart, Span span) {
        int lo = 0;
        int hi = byStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((int) (byStart[mid] >>> 32) < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int[] found = new int[byStart.length - lo];
        int count = 0;
        for (int i = lo; i < byStart.length && (int) (byStart[i] >>> 32) < span.end(); i++) {
            int k = (int) byStart[i];
            if (span.contains(metrics.get(k).span())) {
                found[count++] = k;
            }
        }
        found = Arrays.copyOf(found, count);
        Arrays.sort(found);
        return found;
    }
}
