package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import dev.paperdex.analysis.MetricExtractor;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class PaperMergerTest {
    private static List<Paper> read(String path) throws IOException {
        ParseResult r = Papers.read(
                Samples.reader(path),
                Samples.name(path),
                ParseOptions.defaults().withYear(2025));
        assertThat(r.diagnostics()).as(path).isEmpty();
        return r.papers();
    }

    private static Paper paper(String title, String source, int line, SourceKind kind) {
        return Paper.builder()
                .title(title)
                .abstractText("About " + title + ".")
                .source(Source.of(source, line, kind))
                .build();
    }

    private static Paper withId(Paper p, String id) {
        return Paper.builder().from(p).id(id).build();
    }

    @Test
    void mergesAListingTheApiTwiceAndArxivIntoOneRecordPerPaper() throws IOException {
        List<Paper> listing = read("merge/listing.txt");
        List<Paper> api = read("merge/api.json");
        List<Paper> arxiv = read("merge/arxiv.xml");
        List<Paper> later = read("merge/api-later.json");
        List<Paper> all = new ArrayList<>();
        all.addAll(listing);
        all.addAll(api);
        all.addAll(arxiv);
        all.addAll(later);

        List<Paper> merged = PaperMerger.merge(all);

        assertThat(listing).hasSize(3);
        assertThat(merged)
                .extracting(Paper::title)
                .containsExactly(
                        "MPO: Boosting LLM Agents with Meta Plan Optimization",
                        "ATLaS: Agent Tuning via Learning Critical Steps",
                        "A Paper Only In The Listing");
        Paper arxivMpo = arxiv.get(0);
        Paper apiMpo = api.get(0);
        assertThat(merged.get(0))
                .isEqualTo(Paper.builder()
                        .id("2503.02682")
                        .title(arxivMpo.title())
                        .abstractText(arxivMpo.abstractText())
                        .metrics(MetricExtractor.extract(arxivMpo.abstractText()))
                        .claims(arxivMpo.claims()) // the text record's analysis, as its metrics
                        .analyzed(true)
                        .authors(apiMpo.authors())
                        .authorCount(7)
                        .date(LocalDate.of(2025, 3, 4))
                        .dateText("2025-03-04T14:54:45Z")
                        .commentCount(3)
                        .upvotes(15)
                        .addLinks(Link.of("https://arxiv.org/abs/2503.02682", LinkKind.ARXIV))
                        .addLinks(Link.of("https://arxiv.org/pdf/2503.02682", LinkKind.ARXIV))
                        .addLinks(Link.of("https://github.com/WeiminXiong/MPO", LinkKind.CODE))
                        .source(Source.of("listing.txt", 1, SourceKind.LISTING))
                        .addOtherSources(
                                Source.of("api.json", 2, SourceKind.HF_API),
                                Source.of("arxiv.xml", 4, SourceKind.ARXIV_ATOM),
                                Source.of("api-later.json", 2, SourceKind.HF_API))
                        .build());
        Paper apiAtlas = api.get(1);
        assertThat(merged.get(1))
                .isEqualTo(Paper.builder()
                        .id("2503.02197")
                        .title("ATLaS: Agent Tuning via Learning Critical Steps")
                        .abstractText(apiAtlas.abstractText())
                        .metrics(MetricExtractor.extract(apiAtlas.abstractText()))
                        .claims(apiAtlas.claims())
                        .analyzed(true)
                        .addAuthors("Zhixun Chen", "Ming Li", "Yuxuan Huang", "Yali Du", "Meng Fang", "Tianyi Zhou")
                        .authorCount(6)
                        .team("Agent Tuning Group")
                        .date(LocalDate.of(2025, 3, 4))
                        .dateText("2025-03-04T02:14:55.000Z")
                        .commentCount(1)
                        .upvotes(4)
                        .addLinks(Link.of("https://arxiv.org/abs/2503.02197", LinkKind.ARXIV))
                        .source(Source.of("listing.txt", 9, SourceKind.LISTING))
                        .addOtherSources(Source.of("api.json", 66, SourceKind.HF_API))
                        .build());
        assertThat(merged.get(2)).isSameAs(listing.get(2));
    }

    @Test
    void keepsTheListingsAbstractSpansWhenNoBetterSourceHasTheText() throws IOException {
        Paper card = read("merge/listing.txt").get(2);
        Paper again = Paper.builder()
                .from(card)
                .source(Source.of("other.txt", 5, SourceKind.LISTING))
                .build();

        Paper merged = PaperMerger.merge(List.of(card, again)).get(0);

        assertThat(merged.links()).isEqualTo(card.links());
        assertThat(merged.links().get(0).span()).isPresent();
        assertThat(merged.otherSources()).containsExactly(Source.of("other.txt", 5, SourceKind.LISTING));
    }

    @Test
    void mergesRecordsWithTheSameIdWhateverTheirTitles() {
        Paper a = withId(paper("Old title", "a", 1, SourceKind.HF_API), "2401.00001");
        Paper b = withId(paper("New title", "b", 1, SourceKind.HF_API), "2401.00001");

        assertThat(PaperMerger.merge(List.of(a, b))).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Old title");
            assertThat(p.otherSources()).containsExactly(Source.of("b", 1, SourceKind.HF_API));
        });
    }

    @Test
    void neverMergesDifferentIdsWithTheSameTitle() {
        Paper a = withId(paper("Survey", "a", 1, SourceKind.HF_API), "2401.00001");
        Paper b = withId(paper("Survey", "b", 1, SourceKind.HF_API), "2401.00002");
        Paper card = paper("SURVEY!", "c", 1, SourceKind.LISTING);

        List<Paper> merged = PaperMerger.merge(List.of(a, b, card));

        assertThat(merged).extracting(p -> p.id().orElseThrow()).containsExactly("2401.00001", "2401.00002");
        assertThat(merged.get(0).otherSources()).containsExactly(Source.of("c", 1, SourceKind.LISTING));
    }

    @Test
    void joinsIdLessCardsToApiRecordsByNormalisedTitleInEitherOrder() {
        Paper cardBefore = paper("Attention: All You Need", "l", 1, SourceKind.LISTING);
        Paper api = withId(paper("attention all you need", "j", 2, SourceKind.HF_API), "1706.03762");
        Paper cardAfter = paper("Attention — all you need ", "l2", 3, SourceKind.LISTING);

        List<Paper> merged = PaperMerger.merge(List.of(cardBefore, api, cardAfter));

        assertThat(merged).singleElement().satisfies(p -> {
            assertThat(p.id()).hasValue("1706.03762");
            assertThat(p.title()).isEqualTo("attention all you need");
            assertThat(p.source()).hasValue(Source.of("l", 1, SourceKind.LISTING));
            assertThat(p.otherSources())
                    .containsExactly(Source.of("j", 2, SourceKind.HF_API), Source.of("l2", 3, SourceKind.LISTING));
        });
    }

    @Test
    void keepsTheOrderOfFirstAppearanceAndSingleRecordsUnchanged() {
        Paper a = paper("A", "s", 1, SourceKind.LISTING);
        Paper b = paper("B", "s", 2, SourceKind.LISTING);
        Paper a2 = paper("a", "s", 3, SourceKind.LISTING);
        Paper c = paper("C", "s", 4, SourceKind.LISTING);

        List<Paper> merged = PaperMerger.merge(List.of(a, b, a2, c));

        assertThat(merged).extracting(Paper::title).containsExactly("A", "B", "C");
        assertThat(merged.get(1)).isSameAs(b);
        assertThat(merged.get(2)).isSameAs(c);
    }

    @Test
    void takesTheApiAuthorListOverACardsCountAndTheLargestCounts() {
        Paper card = Paper.builder()
                .from(paper("P", "l", 1, SourceKind.LISTING))
                .authorCount(9)
                .commentCount(4)
                .upvotes(2)
                .date(LocalDate.of(2024, 6, 5))
                .dateText("Jun 5")
                .build();
        Paper api = Paper.builder()
                .from(paper("P", "j", 1, SourceKind.HF_API))
                .id("2406.00001")
                .addAuthors("A", "B")
                .authorCount(2)
                .commentCount(1)
                .upvotes(30)
                .date(LocalDate.of(2024, 6, 4))
                .dateText("2024-06-04T23:00:00.000Z")
                .build();

        Paper merged = PaperMerger.merge(List.of(card, api)).get(0);

        assertThat(merged.authors()).containsExactly("A", "B");
        assertThat(merged.authorCount()).hasValue(2);
        assertThat(merged.commentCount()).hasValue(4);
        assertThat(merged.upvotes()).hasValue(30);
        assertThat(merged.date()).hasValue(LocalDate.of(2024, 6, 4));
        assertThat(merged.dateText()).hasValue("2024-06-04T23:00:00.000Z");
    }

    @Test
    void takesTheBestCountWhenNoRecordListsAuthors() {
        Paper a = Paper.builder()
                .from(paper("P", "l", 1, SourceKind.LISTING))
                .authorCount(3)
                .build();
        Paper b = Paper.builder()
                .from(paper("P", "x", 1, SourceKind.JSON_LINES))
                .authorCount(4)
                .build();

        assertThat(PaperMerger.merge(List.of(a, b)).get(0).authorCount()).hasValue(4);
    }

    @Test
    void unionsLinksByUrlAndKeepsOnlyTheTextRecordsSpans() {
        Paper card = Paper.builder()
                .from(paper("P", "l", 1, SourceKind.LISTING))
                .abstractText("Code: https://github.com/a/b and http://x.org/page")
                .addLinks(Link.of("https://github.com/a/b", LinkKind.CODE, 6, 27))
                .addLinks(Link.of("http://x.org/page", LinkKind.OTHER, 32, 49))
                .build();
        Paper api = Paper.builder()
                .from(paper("P", "j", 1, SourceKind.HF_API))
                .addLinks(Link.of("https://github.com/a/b/", LinkKind.CODE))
                .addLinks(Link.of("https://www.x.org/page", LinkKind.PROJECT_PAGE))
                .build();

        Paper merged = PaperMerger.merge(List.of(card, api)).get(0);

        assertThat(merged.abstractText()).isEqualTo(api.abstractText());
        assertThat(merged.links())
                .containsExactly(
                        Link.of("https://github.com/a/b/", LinkKind.CODE),
                        Link.of("https://www.x.org/page", LinkKind.PROJECT_PAGE));
    }

    @Test
    void listsEveryOriginOnceIncludingThoseOfEarlierMerges() {
        Paper a = paper("P", "a", 1, SourceKind.LISTING);
        Paper b = paper("P", "b", 1, SourceKind.HF_API);
        Paper ab = PaperMerger.merge(List.of(a, b)).get(0);
        Paper c = paper("P", "c", 1, SourceKind.ARXIV_ATOM);

        Paper merged = PaperMerger.merge(List.of(ab, a, c)).get(0);

        assertThat(merged.source()).hasValue(Source.of("a", 1, SourceKind.LISTING));
        assertThat(merged.otherSources())
                .containsExactly(Source.of("b", 1, SourceKind.HF_API), Source.of("c", 1, SourceKind.ARXIV_ATOM));
    }

    @Test
    void mergesTheSampleDaysWithoutLosingAPaper() throws IOException {
        List<Paper> all = new ArrayList<>();
        for (String day : List.of("2024-07-22", "2025-03-05", "2025-10-15", "2026-04-02")) {
            all.addAll(read("samples/hf/daily_papers-" + day + ".json"));
        }
        all.addAll(Papers.read(
                        Samples.reader("samples/hf/daily_papers-2025-03-05.json"),
                        "again.json",
                        ParseOptions.defaults())
                .papers());
        all.addAll(read("samples/hf/daily_papers-2025-03-05.json"));

        List<Paper> merged = PaperMerger.merge(all);

        assertThat(merged).hasSize(16 + 12 + 26 + 22);
        Map<String, Paper> byId =
                merged.stream().collect(Collectors.toMap(p -> p.id().orElseThrow(), Function.identity()));
        // the same origin read twice is listed once
        assertThat(byId.get("2503.02682").source())
                .hasValue(Source.of("daily_papers-2025-03-05.json", 2, SourceKind.HF_API));
        assertThat(byId.get("2503.02682").otherSources())
                .containsExactly(Source.of("again.json", 2, SourceKind.HF_API));
    }

    @Test
    void mergesInLinearTime() {
        List<Paper> many = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            many.add(withId(
                    paper("Paper number " + (i % 100_000), "s", 1 + i, SourceKind.HF_API),
                    "2401." + String.format("%05d", i % 100_000)));
        }
        long start = System.nanoTime();

        List<Paper> merged = PaperMerger.merge(many);

        assertThat(merged).hasSize(100_000);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
