package dev.paperdex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.group.AuthorBucket;
import dev.paperdex.group.GroupKey;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.query.PaperSet;
import dev.paperdex.query.QuerySyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Queries and groups on the seed listings, with results counted by hand from the seed text (the
 * derivations are in the comments).
 */
final class SeedQueriesTest {
    static final Path SEEDS = Path.of(System.getProperty("paperdex.seeds", "seeds"));
    static final List<Paper> SEED0 = read("000_ac4d8aa2034e5b5f.txt");
    static final List<Paper> SEED3 = read("003_94c5f68b1bf7e18c.txt");

    static List<Paper> read(String name) {
        try {
            return Papers.read(SEEDS.resolve(name), ParseOptions.defaults().withYear(2025))
                    .papers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PaperSet both(List<Paper> first, List<Paper> second) {
        List<Paper> all = new ArrayList<>(first);
        all.addAll(second);
        return PaperSet.of(all);
    }

    static Map<Object, Long> countsBy(PaperSet set, GroupKey<?> key) {
        Map<Object, Long> out = new LinkedHashMap<>();
        set.groupBy(key).count().rows().forEach(r -> out.put(r.key().orElse(null), r.count()));
        return out;
    }

    static Map<Object, Long> counts(Object... keysAndCounts) {
        Map<Object, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            out.put(keysAndCounts[i], ((Integer) keysAndCounts[i + 1]).longValue());
        }
        return out;
    }

    /**
     * The 000 file has 53 cards with a date line (after '·'): 30 write a year (2019 x1, 2020 x1,
     * 2021 x1, 2022 x2, 2023 x3, 2024 x22) and 23 do not; none of those 23 is later in the year
     * than the listing day Dec 9, so all take 2025. 59 - 53 = 6 cards have no date.
     */
    @Test
    void countsPapersPerYearOfTheFirstSeed() {
        assertThat(countsBy(PaperSet.of(SEED0), GroupKey.YEAR))
                .containsExactlyEntriesOf(counts(
                        Year.of(2019),
                        1,
                        Year.of(2020),
                        1,
                        Year.of(2021),
                        1,
                        Year.of(2022),
                        2,
                        Year.of(2023),
                        3,
                        Year.of(2024),
                        22,
                        Year.of(2025),
                        23,
                        null,
                        6));
        assertThat(PaperSet.of(SEED0).filter(QuerySyntax.parse("year:2025")).size())
                .isEqualTo(23);
        assertThat(PaperSet.of(SEED0)
                        .filter(QuerySyntax.parse("year>=2024 AND year<=2025"))
                        .size())
                .isEqualTo(45);
    }

    /** The 003 file's cards have no date lines at all. */
    @Test
    void leavesEveryPaperOfTheSecondSeedUndated() {
        assertThat(countsBy(PaperSet.of(SEED3), GroupKey.YEAR)).containsExactlyEntriesOf(counts(null, 92));
    }

    /**
     * The two files share exactly three titles (MIO: A Foundation Model on Multimodal Tokens;
     * Self-Training for Sample-Efficient Active Learning ...; A Multi-Level Framework for
     * Accelerating Training Transformer Models), dated Sep 26, Jun 13 and Apr 6, 2024 in 000 and
     * undated in 003. The first record wins, so the order of the files decides their year.
     */
    @Test
    void countsPapersSharedByBothSeedsOnce() {
        PaperSet zeroFirst = both(SEED0, SEED3);
        PaperSet threeFirst = both(SEED3, SEED0);
        assertThat(zeroFirst.size()).isEqualTo(59 + 92 - 3).isEqualTo(148);
        assertThat(threeFirst.size()).isEqualTo(148);
        assertThat(countsBy(zeroFirst, GroupKey.YEAR))
                .containsEntry(Year.of(2024), 22L)
                .containsEntry(null, 6L + 89);
        assertThat(countsBy(threeFirst, GroupKey.YEAR))
                .containsEntry(Year.of(2024), 19L)
                .containsEntry(null, 92L + 6);
        List<String> shared = SEED3.stream()
                .filter(p -> SEED0.stream().anyMatch(q -> q.normalizedTitle().equals(p.normalizedTitle())))
                .map(Paper::title)
                .toList();
        assertThat(shared)
                .containsExactly(
                        "MIO: A Foundation Model on Multimodal Tokens",
                        "Self-Training for Sample-Efficient Active Learning for Text Classification with Pre-Trained Language Models",
                        "A Multi-Level Framework for Accelerating Training Transformer Models");
    }

    /**
     * 15 abstracts of 000 hold a github.com URL (none GitLab or other code hosts); 4 hold a
     * *.github.io project page (armor, mmie-bench, showlab, mukioxun) and 1 a huggingface.co model.
     */
    @Test
    void findsPapersWithCodeLinks() {
        PaperSet set = PaperSet.of(SEED0);
        assertThat(set.filter(QuerySyntax.parse("link:code")).size()).isEqualTo(15);
        assertThat(set.filter(QuerySyntax.parse("host:github.com")).size()).isEqualTo(15);
        assertThat(countsBy(set, GroupKey.LINK_KIND))
                .containsExactlyEntriesOf(
                        counts(LinkKind.CODE, 15, LinkKind.PROJECT_PAGE, 4, LinkKind.HF_MODEL, 1, null, 39));
        // the 7 github.com abstracts whose date line has no year (Jun 5, Oct 14, Jan 1, Oct 10, Mar 12, Oct 11, Apr 13)
        assertThat(set.filter(QuerySyntax.parse("link:code AND year:2025")).toList().stream()
                        .map(Paper::title))
                .containsExactly(
                        "MINT-CoT: Enabling Interleaved Visual Tokens in Mathematical Chain-of-Thought Reasoning",
                        "Reasoning in the Dark: Interleaved Vision-Text Reasoning in Latent Space",
                        "2.5 Years in Class: A Multimodal Textbook for Vision-Language Pretraining",
                        "RAG-IGBench: Innovative Evaluation for RAG-based Interleaved Generation in Open-domain Question Answering",
                        "Does Prior Data Matter? Exploring Joint Training in the Context of Few-Shot Class-Incremental Learning",
                        "ADEPT: Continual Pretraining via Adaptive Expansion and Dynamic Decoupled Tuning",
                        "DUMP: Automated Distribution-Level Curriculum Learning for RL-based LLM Post-training");
    }

    /**
     * Author lines of 000: 52 cards give a count (2:2, 3:3, 4:2, 5:5, 6:5, 7:10, 8:4, 9:4, 10:8,
     * 11:2, 12:2, 13:2, 15:1, 16:1, 17:1), one shows a team, six show neither. 22 date lines end
     * in a comment count.
     */
    @Test
    void groupsByAuthorCountAndFindsCommentedPapers() {
        PaperSet set = PaperSet.of(SEED0);
        assertThat(countsBy(set, GroupKey.AUTHOR_COUNT))
                .containsExactlyEntriesOf(counts(
                        AuthorBucket.TWO_TO_THREE,
                        5,
                        AuthorBucket.FOUR_TO_SIX,
                        12,
                        AuthorBucket.SEVEN_TO_TEN,
                        26,
                        AuthorBucket.ELEVEN_TO_TWENTY,
                        9,
                        null,
                        7));
        assertThat(set.filter(QuerySyntax.parse("authors>=10")).size()).isEqualTo(17);
        assertThat(set.filter(QuerySyntax.parse("has:team")).toList().stream()
                        .map(Paper::team)
                        .map(t -> t.orElseThrow()))
                .containsExactly("HIT-TMG Lychee Team");
        assertThat(set.filter(QuerySyntax.parse("has:comments")).size()).isEqualTo(22);
    }

    /**
     * Word counts over title and abstract, words as runs of letters and digits: "reasoning" is in
     * 18 papers of 000 (6 titles) and 28 of 003 (15 titles), one of them shared; "chain of
     * thought" in 2 and 4; "survey" in 2 titles of 003 and none of 000.
     */
    @Test
    void findsWordsAndPhrasesOnWordBoundaries() {
        PaperSet zero = PaperSet.of(SEED0);
        PaperSet three = PaperSet.of(SEED3);
        PaperSet all = both(SEED0, SEED3);
        assertThat(List.of(
                        zero.filter(QuerySyntax.parse("reasoning")).size(),
                        zero.filter(QuerySyntax.parse("title:reasoning")).size(),
                        three.filter(QuerySyntax.parse("reasoning")).size(),
                        three.filter(QuerySyntax.parse("title:reasoning")).size(),
                        all.filter(QuerySyntax.parse("reasoning")).size(),
                        zero.filter(QuerySyntax.parse("\"chain of thought\"")).size(),
                        three.filter(QuerySyntax.parse("\"chain of thought\"")).size(),
                        three.filter(QuerySyntax.parse("title:survey")).size(),
                        all.filter(QuerySyntax.parse("reasoning NOT title:survey"))
                                .size()))
                .containsExactly(18, 6, 28, 15, 45, 2, 4, 2, 45);
    }

    /**
     * A hand-built paper reporting 99.9% on GSM-8K, added after both seeds: no seed abstract
     * reports more than 100%, so it holds the best GSM8K score in percent whatever the metric
     * extractor finds in the seeds, and its entry carries its sentence and span.
     */
    @Test
    void leaderboardRanksAHandBuiltPaperAmongTheSeeds() {
        String abs = "Our method achieves 99.9% accuracy on GSM-8K, outperforming the baseline by 40.5 points.";
        Paper mine = Paper.builder()
                .title("A Hand-Built Paper")
                .id("2512.00001")
                .abstractText(abs)
                .date(java.time.LocalDate.of(2025, 12, 1))
                .addMetrics(
                        dev.paperdex.ReportedMetric.builder()
                                .text("99.9%")
                                .value(99.9)
                                .unit("%")
                                .kind(dev.paperdex.MetricKind.SCORE)
                                .metric("accuracy")
                                .benchmark("GSM-8K")
                                .start(20)
                                .end(25)
                                .build(),
                        dev.paperdex.ReportedMetric.builder()
                                .text("40.5 points")
                                .value(40.5)
                                .unit("points")
                                .kind(dev.paperdex.MetricKind.CHANGE)
                                .direction(dev.paperdex.Direction.UP)
                                .benchmark("GSM-8K")
                                .baseline("the baseline")
                                .start(abs.indexOf("40.5"))
                                .end(abs.indexOf("40.5") + 11)
                                .build())
                .build();
        List<Paper> all = new ArrayList<>(SEED0);
        all.addAll(SEED3);
        all.add(mine);
        dev.paperdex.group.Leaderboard board = dev.paperdex.group.Leaderboard.of(PaperSet.of(all));
        assertThat(board.row("gsm8k", "%", dev.paperdex.MetricKind.SCORE)
                        .flatMap(dev.paperdex.group.LeaderboardRow::best))
                .hasValue(dev.paperdex.group.LeaderboardEntry.builder()
                        .rank(1)
                        .benchmark("GSM-8K")
                        .text("99.9%")
                        .value(99.9)
                        .unit("%")
                        .metric("accuracy")
                        .paperId("2512.00001")
                        .title("A Hand-Built Paper")
                        .date(java.time.LocalDate.of(2025, 12, 1))
                        .sentence(abs)
                        .span(dev.paperdex.Span.of(20, 25))
                        .sentenceSpan(dev.paperdex.Span.of(0, abs.length()))
                        .build());
        assertThat(board.row("GSM8K", "points", dev.paperdex.MetricKind.CHANGE)
                        .flatMap(dev.paperdex.group.LeaderboardRow::best)
                        .map(e -> e.value() + " " + e.baseline().orElse("")))
                .hasValue("40.5 the baseline");
    }

    @Test
    void groupsBothSeedsByMonthWithOneLinePerMonth() {
        Map<Object, Long> months = countsBy(both(SEED0, SEED3), GroupKey.MONTH);
        assertThat(months.values().stream().collect(Collectors.summingLong(Long::longValue)))
                .isEqualTo(148);
        assertThat(months)
                .containsEntry(java.time.YearMonth.of(2025, 10), 5L)
                .containsEntry(java.time.YearMonth.of(2024, 6), 5L);
    }
}
