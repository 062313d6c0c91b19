package dev.paperdex.query;

import static dev.paperdex.query.PaperQuery.abstractMentions;
import static dev.paperdex.query.PaperQuery.authorCountAtLeast;
import static dev.paperdex.query.PaperQuery.authorCountAtMost;
import static dev.paperdex.query.PaperQuery.authorCountBetween;
import static dev.paperdex.query.PaperQuery.hasClaim;
import static dev.paperdex.query.PaperQuery.hasComments;
import static dev.paperdex.query.PaperQuery.hasLink;
import static dev.paperdex.query.PaperQuery.hasLinkHost;
import static dev.paperdex.query.PaperQuery.hasTeam;
import static dev.paperdex.query.PaperQuery.mentions;
import static dev.paperdex.query.PaperQuery.mentionsAll;
import static dev.paperdex.query.PaperQuery.not;
import static dev.paperdex.query.PaperQuery.publishedBetween;
import static dev.paperdex.query.PaperQuery.publishedIn;
import static dev.paperdex.query.PaperQuery.publishedOnOrAfter;
import static dev.paperdex.query.PaperQuery.reports;
import static dev.paperdex.query.PaperQuery.reportsOn;
import static dev.paperdex.query.PaperQuery.titleMentions;
import static dev.paperdex.query.TestPapers.claim;
import static dev.paperdex.query.TestPapers.code;
import static dev.paperdex.query.TestPapers.gain;
import static dev.paperdex.query.TestPapers.link;
import static dev.paperdex.query.TestPapers.paper;
import static dev.paperdex.query.TestPapers.score;
import static dev.paperdex.query.TestPapers.withQualifier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperdex.ClaimType;
import dev.paperdex.LinkKind;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.Qualifier;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PaperQueryTest {
    private static final Paper REASONING = paper(
                    "Chain-of-Thought Reasoning at Scale",
                    "We study multi-step reasoning. Code: https://github.com/a/b")
            .build();
    private static final Paper REASONINGLESS =
            paper("Reasoningless Agents", "Agents that are reasoningless.").build();

    @Test
    void matchesWordsOnWordBoundariesIgnoringCase() {
        assertThat(mentions("REASONING").test(REASONING)).isTrue();
        assertThat(mentions("reasoning").test(REASONINGLESS)).isFalse();
        assertThat(mentions("reason").test(REASONING)).isFalse();
    }

    @Test
    void matchesPhrasesAcrossPunctuation() {
        assertThat(mentions("chain of thought").test(REASONING)).isTrue();
        assertThat(mentions("thought chain").test(REASONING)).isFalse();
        assertThat(mentions("multi-step reasoning").test(REASONING)).isTrue();
    }

    @Test
    void searchesTitleOrAbstractOrOnlyOne() {
        assertThat(titleMentions("study").test(REASONING)).isFalse();
        assertThat(abstractMentions("study").test(REASONING)).isTrue();
        assertThat(abstractMentions("scale").test(REASONING)).isFalse();
        assertThat(titleMentions("scale").test(REASONING)).isTrue();
    }

    @Test
    void mentionsIsAnyAndMentionsAllIsEvery() {
        assertThat(mentions("scale", "absent").test(REASONING)).isTrue();
        assertThat(mentionsAll("scale", "absent").test(REASONING)).isFalse();
        assertThat(mentionsAll("scale", "study").test(REASONING)).isTrue();
    }

    @Test
    void rejectsTermsWithoutWords() {
        assertThatThrownBy(() -> mentions("%!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text query term must have letters or digits, found '%!'");
    }

    @Test
    void matchesDateRangesInclusiveAndNeverUndatedPapers() {
        Paper june5 = paper("A").date(LocalDate.of(2025, 6, 5)).build();
        Paper undated = paper("B").build();
        assertThat(publishedBetween(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 5))
                        .test(june5))
                .isTrue();
        assertThat(publishedOnOrAfter(LocalDate.of(2025, 6, 6)).test(june5)).isFalse();
        assertThat(publishedIn(Year.of(2025)).test(june5)).isTrue();
        assertThat(publishedIn(YearMonth.of(2025, 7)).test(june5)).isFalse();
        assertThat(publishedIn(Year.of(2025)).test(undated)).isFalse();
        assertThat(not(publishedIn(Year.of(2025))).test(undated)).isTrue();
    }

    @Test
    void matchesAuthorCountsButNotTeams() {
        Paper seven = paper("A").authorCount(7).build();
        Paper team = paper("B").team("HIT-TMG Lychee Team").build();
        assertThat(authorCountAtLeast(7).test(seven)).isTrue();
        assertThat(authorCountAtMost(6).test(seven)).isFalse();
        assertThat(authorCountBetween(5, 9).test(seven)).isTrue();
        assertThat(authorCountAtMost(100).test(team)).isFalse();
        assertThat(hasTeam().test(team)).isTrue();
        assertThat(hasTeam().test(seven)).isFalse();
    }

    @Test
    void hasCommentsNeedsAtLeastOne() {
        assertThat(hasComments().test(paper("A").commentCount(1).build())).isTrue();
        assertThat(hasComments().test(paper("A").commentCount(0).build())).isFalse();
        assertThat(hasComments().test(paper("A").build())).isFalse();
    }

    @Test
    void matchesLinksByKindAndByHost() {
        Paper p = paper("A")
                .addLinks(code("https://www.GitHub.com/a/b"), link("https://x.github.io/", LinkKind.PROJECT_PAGE))
                .build();
        assertThat(hasLink(LinkKind.CODE).test(p)).isTrue();
        assertThat(hasLink(LinkKind.HF_MODEL).test(p)).isFalse();
        assertThat(hasLinkHost("github.com").test(p)).isTrue();
        assertThat(hasLinkHost("www.github.com").test(p)).isTrue();
        assertThat(hasLinkHost("x.github.io").test(p)).isTrue();
        assertThat(hasLinkHost("gist.github.com").test(p)).isFalse();
    }

    @Test
    void metricConditionsHoldOnTheSameMetric() {
        Paper p = paper("A")
                .addMetrics(score(80, "%", "GSM8K"), gain(12, "points", "MATH"))
                .build();
        assertThat(reports(MetricCondition.any().onBenchmark("gsm-8k").ofKind(MetricKind.SCORE))
                        .test(p))
                .isTrue();
        assertThat(reports(MetricCondition.any()
                                .onBenchmark("The GSM8K benchmark")
                                .atLeast(80))
                        .test(p))
                .isTrue();
        // a change of 12 exists and a GSM8K metric exists, but not one metric that is both
        assertThat(reports(MetricCondition.any().onBenchmark("GSM8K").ofKind(MetricKind.CHANGE))
                        .test(p))
                .isFalse();
        assertThat(reportsOn("GSM8K")
                        .and(reports(MetricCondition.any().ofKind(MetricKind.CHANGE)))
                        .test(p))
                .isTrue();
        assertThat(reports(MetricCondition.any().inUnit("%").above(80)).test(p)).isFalse();
        assertThat(reports(MetricCondition.any().inUnit("POINTS").atMost(12).atLeast(12))
                        .test(p))
                .isTrue();
        assertThat(reports(MetricCondition.any().qualifiedAs(Qualifier.MAX)).test(p))
                .isFalse();
        Paper upTo = paper("B")
                .addMetrics(withQualifier(gain(19.6, "%", null), Qualifier.MAX))
                .build();
        assertThat(reports(MetricCondition.any().qualifiedAs(Qualifier.MAX).below(20))
                        .test(upTo))
                .isTrue();
    }

    @Test
    void normalizesBenchmarkNames() {
        assertThat(List.of("GSM8K", "gsm-8k", "The GSM8K benchmark", "GSM8K dataset", "GSM8K test set").stream()
                        .map(MetricCondition::normalizeBenchmark)
                        .distinct()
                        .toList())
                .containsExactly("gsm8k");
        assertThat(MetricCondition.normalizeBenchmark("Math Vista")).isEqualTo("mathvista");
        assertThat(MetricCondition.normalizeBenchmark("MMBench")).isEqualTo("mmbench");
        assertThat(MetricCondition.normalizeBenchmark("ＧＳＭ８Ｋ")).isEqualTo("gsm8k");
        for (String b : List.of("benchmark:bbenchmark", "The the benchmark benchmark", "a dataset", "x test set")) {
            String key = MetricCondition.normalizeBenchmark(b);
            assertThat(MetricCondition.normalizeBenchmark(key)).as(b).isEqualTo(key);
        }
    }

    @Test
    void matchesClaimsByTypeAndByTheirMetrics() {
        Paper p = paper("A").build();
        var claims = List.of(
                claim("It is 6x faster.", ClaimType.EFFICIENCY, TestPapers.metric(6, "x", MetricKind.RATIO, null)),
                claim("We set a new state of the art.", ClaimType.SOTA));
        MetricCondition above5x = MetricCondition.any().inUnit("x").above(5);
        assertThat(hasClaim(ClaimType.SOTA).test(p, claims)).isTrue();
        assertThat(hasClaim(ClaimType.RELEASE).test(p, claims)).isFalse();
        assertThat(hasClaim(ClaimType.EFFICIENCY, above5x).test(p, claims)).isTrue();
        assertThat(hasClaim(ClaimType.SOTA, above5x).test(p, claims)).isFalse();
        assertThat(hasClaim(ClaimType.EFFICIENCY, MetricCondition.any().above(6))
                        .test(p, claims))
                .isFalse();
        assertThat(QuerySyntax.parse("claim:efficiency(unit:x value>5)").test(p, claims))
                .isTrue();
        assertThat(QuerySyntax.parse("claim:sota(unit:x value>5)").test(p, claims))
                .isFalse();
    }

    @Test
    void composesWithAndOrNot() {
        PaperQuery q = mentions("reasoning").and(not(titleMentions("agents"))).or(hasTeam());
        assertThat(q.test(REASONING)).isTrue();
        assertThat(q.test(REASONINGLESS)).isFalse();
        assertThat(q.negate().test(REASONINGLESS)).isTrue();
        assertThat(PaperQuery.all().test(REASONINGLESS)).isTrue();
        assertThat(PaperQuery.anyOf().test(REASONINGLESS)).isFalse();
    }

    @Test
    void printsInQuerySyntax() {
        PaperQuery q = mentions("chain of thought")
                .and(reports(MetricCondition.any().onBenchmark("GSM8K").atLeast(5)))
                .and(publishedIn(Year.of(2025)))
                .and(not(titleMentions("survey")))
                .or(hasLink(LinkKind.CODE));
        String text = "((\"chain of thought\" AND (benchmark:gsm8k AND value>=5.0) AND year:2025 AND NOT title:survey)"
                + " OR link:code)";
        assertThat(q).hasToString(text);
        assertThat(QuerySyntax.parse(text)).hasToString(text);
    }
}
