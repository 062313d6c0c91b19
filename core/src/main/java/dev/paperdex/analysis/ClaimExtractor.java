package dev.paperdex.analysis;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the claim sentences of an abstract (EXTRACTION.md section 2), typed and linked to the
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

    /** The claims of a paper's abstract, using the paper's metrics. */
    public static List<Claim> extract(Paper paper) {
        return extract(paper.abstractText(), paper.metrics(), Optional.of(paper.title()));
    }

    /** The claims of an abstract, given the metrics found in it. */
    public static List<Claim> extract(String abstractText, List<ReportedMetric> metrics) {
        return extract(abstractText, metrics, Optional.empty());
    }

    static List<Claim> extract(String text, List<ReportedMetric> metrics, Optional<String> title) {
        List<Span> spans = SentenceSplitter.split(text);
        List<SentenceCues> sentences = new ArrayList<>(spans.size());
        for (Span span : spans) {
            sentences.add(SentenceCues.of(span.textIn(text)));
        }
        Subjects subjects = Subjects.of(text, spans, title);
        List<Boolean> mentions = new ArrayList<>(sentences.size());
        for (SentenceCues cues : sentences) {
            mentions.add(subjects.mentionedIn(cues.sentence()));
        }
        List<Optional<ClaimRules.Decision>> decisions = ClaimRules.decideAll(sentences, mentions, title);
        List<ReportedMetric> sorted = new ArrayList<>(metrics);
        sorted.sort(Comparator.comparingInt(ReportedMetric::start));
        List<Claim> claims = new ArrayList<>();
        Optional<String> previousName = Optional.empty();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            SentenceCues cues = sentences.get(i);
            Optional<String> subject = subjects.subjectOf(cues, span.start(), previousName);
            Optional<String> named = subjects.named(cues.sentence());
            if (named.isPresent()) {
                previousName = named;
            }
            Optional<ClaimRules.Decision> decision = decisions.get(i);
            if (decision.isEmpty()) {
                continue;
            }
            List<ReportedMetric> inside = inside(sorted, span);
            Claim.Builder claim = Claim.builder()
                    .sentence(cues.sentence())
                    .start(span.start())
                    .end(span.end())
                    .addAllTypes(decision.get().types())
                    .addAllCues(decision.get().cues())
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

    /** The metrics of {@code sorted} (by start) whose spans lie inside {@code span}. */
    private static List<ReportedMetric> inside(List<ReportedMetric> sorted, Span span) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<ReportedMetric> found = new ArrayList<>();
        for (int i = lo; i < sorted.size() && sorted.get(i).start() < span.end(); i++) {
            if (span.contains(sorted.get(i).span())) {
                found.add(sorted.get(i));
            }
        }
        return found;
    }
}
