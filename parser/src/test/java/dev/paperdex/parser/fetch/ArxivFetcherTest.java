package dev.paperdex.parser.fetch;

import static dev.paperdex.parser.fetch.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.SourceKind;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class ArxivFetcherTest {
    private static final String QUERY = "cat:cs.CL AND abs:agents";

    private final FakeTime time = new FakeTime();
    private final LoopbackOnly guard = new LoopbackOnly();
    private final TestServer server;

    ArxivFetcherTest() throws IOException {
        server = new TestServer(time);
        for (int start : new int[] {0, 2, 4}) {
            server.file(
                    "/api/query?max_results=2&search_query=" + QUERY
                            + "&sortBy=submittedDate&sortOrder=descending&start=" + start,
                    Fixtures.bytes("fetch/arxiv-query-start-" + start + ".xml"));
        }
    }

    @AfterEach
    void stopAndCheckThatOnlyTheTestServerWasAsked() {
        server.close();
        assertThat(guard.asked())
                .allSatisfy(u ->
                        assertThat(u.getAuthority()).isEqualTo(server.base().getAuthority()));
    }

    /** Options with arXiv's default interval (no minInterval set) and pages of two. */
    private FetchOptions options() {
        return FetchOptions.builder()
                .baseUrl(server.base())
                .clock(time)
                .pageSize(2)
                .build();
    }

    @Test
    void readsAQueryOverThreePagesUntilAShortPage() {
        List<FetchProgress> progress = new ArrayList<>();
        Fixtures.Diagnostics diagnostics = new Fixtures.Diagnostics();
        ArxivFetcher arxiv = Fixtures.arxiv(options().withListener(progress::add), time, guard);

        List<Paper> papers = all(arxiv.query(ArxivQuery.search(QUERY).withMaxResults(10), diagnostics));

        assertThat(papers)
                .extracting(p -> p.id().orElseThrow())
                .containsExactly("2503.02682", "2503.02846", "2503.02879", "2503.01935", "2502.14856");
        assertThat(diagnostics.list).isEmpty();
        assertThat(server.hits()).extracting(TestServer.Hit::path).containsOnly("/api/query");
        assertThat(server.hits()).extracting(h -> h.query().get("start")).containsExactly("0", "2", "4");
        assertThat(server.hits().get(0).query())
                .isEqualTo(Map.of(
                        "search_query", QUERY,
                        "start", "0",
                        "max_results", "2",
                        "sortBy", "submittedDate",
                        "sortOrder", "descending"));
        Paper first = papers.get(0);
        assertThat(first.title()).isEqualTo("MPO: Boosting LLM Agents with Meta Plan Optimization");
        assertThat(first.authorCount()).hasValue(7);
        assertThat(first.date()).contains(LocalDate.of(2025, 3, 4));
        assertThat(first.source().orElseThrow().kind()).isEqualTo(SourceKind.ARXIV_ATOM);
        assertThat(first.links(LinkKind.ARXIV))
                .extracting(l -> l.url())
                .contains("https://arxiv.org/abs/2503.02682", "https://arxiv.org/pdf/2503.02682");
        assertThat(first.analyzed()).isTrue();
        FetchProgress last = progress.get(progress.size() - 1);
        assertThat(last.requests()).isEqualTo(3);
        assertThat(last.pages()).isEqualTo(3);
        assertThat(last.records()).isEqualTo(5);
        assertThat(last.plannedPages()).isEqualTo(OptionalLong.of(5));
    }

    @Test
    void keepsThreeSecondsBetweenRequestsByDefault() {
        ArxivFetcher arxiv = Fixtures.arxiv(options(), time, guard);

        all(arxiv.query(ArxivQuery.search(QUERY).withMaxResults(10), d -> {}));

        List<TestServer.Hit> hits = server.hits();
        assertThat(hits).hasSize(3);
        assertThat(Duration.between(hits.get(0).at(), hits.get(1).at())).isEqualTo(Duration.ofSeconds(3));
        assertThat(Duration.between(hits.get(1).at(), hits.get(2).at())).isEqualTo(Duration.ofSeconds(3));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void aRetryAfterPushesTheNextRequestBackThenTheIntervalHolds() {
        server.failNext("/api/query", TestServer.status(503, "Retry-After", "10"));
        ArxivFetcher arxiv = Fixtures.arxiv(options(), time, guard);

        List<Paper> papers = all(arxiv.query(ArxivQuery.search(QUERY).withMaxResults(10), d -> {}));

        assertThat(papers).hasSize(5);
        List<TestServer.Hit> hits = server.hits();
        assertThat(hits).extracting(h -> h.query().get("start")).containsExactly("0", "0", "2", "4");
        assertThat(Duration.between(hits.get(0).at(), hits.get(1).at())).isEqualTo(Duration.ofSeconds(10));
        assertThat(Duration.between(hits.get(1).at(), hits.get(2).at())).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void stopsAtMaxResultsAskingOnlyForWhatIsLeft() {
        server.file(
                "/api/query?max_results=1&search_query=" + QUERY + "&sortBy=submittedDate&sortOrder=descending&start=2",
                Fixtures.bytes("fetch/arxiv-query-start-2.xml"));
        ArxivFetcher arxiv = Fixtures.arxiv(options(), time, guard);

        List<Paper> papers = all(arxiv.query(ArxivQuery.search(QUERY).withMaxResults(3), d -> {}));

        // the fixture of the last page holds two entries though one was asked for: no more than the maximum is given
        assertThat(server.hits()).extracting(h -> h.query().get("max_results")).containsExactly("2", "1");
        assertThat(papers)
                .extracting(p -> p.id().orElseThrow())
                .containsExactly("2503.02682", "2503.02846", "2503.02879");
    }

    @Test
    void readsAnIdList() {
        server.file(
                "/api/query?id_list=1601.00001&max_results=1&sortBy=submittedDate&sortOrder=descending&start=0",
                Fixtures.bytes("samples/arxiv/id_list-1601.00001.xml"));
        ArxivFetcher arxiv = Fixtures.arxiv(options(), time, guard);

        List<Paper> papers = all(arxiv.query(ArxivQuery.ids(List.of("1601.00001")), d -> {}));

        assertThat(papers).extracting(p -> p.id().orElseThrow()).containsExactly("1601.00001");
        assertThat(papers.get(0).links(LinkKind.DOI)).isNotEmpty();
    }
}
