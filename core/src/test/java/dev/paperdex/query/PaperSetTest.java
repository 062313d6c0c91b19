package dev.paperdex.query;

import static dev.paperdex.query.TestPapers.claim;
import static dev.paperdex.query.TestPapers.code;
import static dev.paperdex.query.TestPapers.gain;
import static dev.paperdex.query.TestPapers.link;
import static dev.paperdex.query.TestPapers.paper;
import static dev.paperdex.query.TestPapers.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.LinkKind;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class PaperSetTest {
    @Test
    void countsTheSameTitleOnceKeepingTheFirstRecord() {
        Paper first = paper("MINT-CoT: Enabling Interleaved Visual Tokens")
                .authorCount(7)
                .build();
        Paper again = paper("mint-cot  enabling interleaved visual tokens")
                .authorCount(8)
                .build();
        PaperSet set = PaperSet.of(first, again, paper("Other").build());
        assertThat(set.size()).isEqualTo(2);
        assertThat(set.toList()).containsExactly(first, paper("Other").build());
    }

    @Test
    void identifiesPapersByIdWhenBothHaveOne() {
        Paper a = paper("Title A").id("2506.05331").build();
        Paper renamed = paper("Title A, revised").id("2506.05331").build();
        Paper sameTitleOtherId = paper("Title A").id("2401.00001").build();
        assertThat(PaperSet.of(a, renamed, sameTitleOtherId).toList()).containsExactly(a, sameTitleOtherId);
    }

    @Test
    void identifiesAnIdLessRecordWithAnIdRecordByTitle() {
        Paper listing = paper("Reasoning in the Dark").build();
        Paper api = paper("Reasoning in the dark").id("2510.12603").build();
        Paper apiRenamed = paper("Reasoning in the Dark (v2)").id("2510.12603").build();
        assertThat(PaperSet.of(listing, api, apiRenamed).toList()).containsExactly(listing);
        assertThat(PaperSet.of(api, listing).toList()).containsExactly(api);
    }

    @Test
    void buildsFromStreamsAndIterables() {
        List<Paper> papers =
                List.of(paper("A").build(), paper("B").build(), paper("a").build());
        assertThat(PaperSet.of(papers.stream()).toList()).containsExactly(papers.get(0), papers.get(1));
        assertThat(PaperSet.of(papers).size()).isEqualTo(2);
    }

    @Test
    void keepsClaimsComputedOncePerPaper() {
        List<String> calls = new ArrayList<>();
        Paper a = paper("A").build();
        Claim sota = claim("We set a new state of the art.", ClaimType.SOTA);
        PaperSet set = PaperSet.of(List.of(a, paper("a").build(), paper("B").build()), p -> {
            calls.add(p.title());
            return p.title().equals("A") ? List.of(sota) : List.of();
        });
        assertThat(calls).containsExactly("A", "B");
        assertThat(set.claims(a)).containsExactly(sota);
        assertThat(set.claims(paper("a").build())).containsExactly(sota);
        assertThat(set.filter(PaperQuery.hasClaim(ClaimType.SOTA)).toList()).containsExactly(a);
        assertThatThrownBy(() -> set.claims(paper("C").build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paper is not in this set: 'C'");
        assertThatThrownBy(() -> set.filter(PaperQuery.hasClaim(ClaimType.SOTA))
                        .claims(paper("B").build()))
                .hasMessage("paper is not in this set: 'B'");
    }

    @Test
    void filtersSortsAndLimits() {
        Paper old = TestPapers.dated("Old reasoning", "2023-05-01");
        Paper mid = TestPapers.dated("Mid reasoning", "2024-05-01");
        Paper recent = TestPapers.dated("Recent reasoning", "2025-05-01");
        Paper undated = paper("Undated reasoning").build();
        Paper other = TestPapers.dated("Other topic", "2025-06-01");
        PaperSet set = PaperSet.of(old, recent, undated, mid, other);
        PaperSet hits = set.filter(PaperQuery.titleMentions("reasoning"));
        assertThat(hits.toList()).containsExactly(old, recent, undated, mid);
        assertThat(hits.sorted(PaperOrder.newestFirst()).toList()).containsExactly(recent, mid, old, undated);
        assertThat(hits.sorted(PaperOrder.oldestFirst()).limit(2).toList()).containsExactly(old, mid);
        assertThat(hits.sorted(PaperOrder.newestFirst())
                        .filter(QuerySyntax.parse("year>=2024"))
                        .toList())
                .containsExactly(recent, mid);
        assertThat(hits.limit(0).isEmpty()).isTrue();
        assertThat(set.filter(PaperQuery.all()).size()).isEqualTo(5);
    }

    @Test
    void sortsByMetricValueWithMissingLast() {
        Paper low = paper("Low").addMetrics(score(70, "%", "GSM8K")).build();
        Paper high = paper("High")
                .addMetrics(score(90, "%", "GSM8K"), score(95, "%", "MATH"))
                .build();
        Paper none = paper("None").build();
        MetricCondition gsm8k = MetricCondition.any().onBenchmark("GSM8K");
        PaperSet set = PaperSet.of(low, none, high);
        assertThat(set.sorted(PaperOrder.highestMetricFirst(gsm8k)).toList()).containsExactly(high, low, none);
        assertThat(set.sorted(PaperOrder.lowestMetricFirst(gsm8k)).toList()).containsExactly(low, high, none);
    }

    /** Index answers agree with checking each paper, over random papers and random queries. */
    @Test
    void indexesAgreeWithScanning() {
        Random random = new Random(7);
        String[] words = {"reasoning", "vision", "chain", "of", "thought", "agent", "survey", "model"};
        String[] benchmarks = {"GSM8K", "gsm-8k", "MATH", "MMLU"};
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder title = new StringBuilder("P" + i);
            StringBuilder abs = new StringBuilder();
            for (int w = 0; w < 6; w++) {
                title.append(random.nextBoolean() ? " " : "-").append(words[random.nextInt(words.length)]);
                abs.append(words[random.nextInt(words.length)]).append(random.nextInt(3) == 0 ? ", " : " ");
            }
            Paper.Builder b = paper(title.toString(), abs.toString());
            if (random.nextInt(4) > 0) {
                b.date(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000)));
            }
            if (random.nextBoolean()) {
                b.authorCount(1 + random.nextInt(20));
            } else if (random.nextBoolean()) {
                b.team("Team " + i);
            }
            b.commentCount(random.nextInt(3));
            if (random.nextBoolean()) {
                b.addLinks(code(random.nextBoolean() ? "https://github.com/x/" + i : "https://gitlab.com/y/" + i));
            }
            if (random.nextInt(5) == 0) {
                b.addLinks(link("https://p" + i + ".github.io/", LinkKind.PROJECT_PAGE));
            }
            for (int m = random.nextInt(3); m > 0; m--) {
                b.addMetrics(TestPapers.metric(
                        random.nextInt(100),
                        random.nextBoolean() ? "%" : "x",
                        MetricKind.values()[random.nextInt(3)],
                        benchmarks[random.nextInt(benchmarks.length)]));
            }
            papers.add(b.build());
        }
        PaperSet set = PaperSet.of(
                papers,
                p -> p.title().contains("survey")
                        ? List.of(
                                claim("best", ClaimType.SOTA, p.metrics().toArray(new dev.paperdex.ReportedMetric[0])))
                        : List.of());
        List<String> queries = List.of(
                "reasoning",
                "\"chain of thought\"",
                "title:survey",
                "abstract:agent",
                "thought chain",
                "NOT vision",
                "year:2024",
                "date>=2024-06-01 date<2025-01-01",
                "authors>=5 authors<=10",
                "has:team",
                "has:comments",
                "link:code",
                "link:project_page",
                "host:github.com",
                "host:gitlab.com",
                "benchmark:GSM8K value>=50",
                "benchmark:math kind:score unit:%",
                "unit:x value<10",
                "kind:change",
                "claim:sota",
                "has:metrics",
                "reasoning OR vision NOT model",
                "(link:code OR has:team) AND NOT (year:2023 OR authors<3)",
                "NOT benchmark:GSM8K",
                "absentword",
                "\"of of\"",
                "NOT NOT reasoning");
        for (String q : queries) {
            PaperQuery query = QuerySyntax.parse(q);
            List<Paper> scanned = Stream.of(papers.toArray(new Paper[0]))
                    .filter(p -> query.test(p, set.claims(p)))
                    .toList();
            assertThat(set.filter(query).toList()).as(q).isEqualTo(scanned);
            PaperSet sortedView = set.sorted(PaperOrder.byTitle().reversed());
            assertThat(sortedView.filter(query).toList())
                    .as(q)
                    .isEqualTo(sortedView.stream()
                            .filter(p -> query.test(p, set.claims(p)))
                            .toList());
        }
    }

    @Test
    void describesItself() {
        assertThat(PaperSet.of(paper("A").build(), paper("B").build())).hasToString("PaperSet[2 papers: A; B]");
        assertThat(PaperSet.of(paper("A").addMetrics(gain(1, "%", null)).build())
                        .contains(paper("a").build()))
                .isTrue();
    }
}
