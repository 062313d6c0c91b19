package dev.paperdex.parser.fetch;

import static dev.paperdex.parser.fetch.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.parser.HfApiReader;
import dev.paperdex.parser.ParseOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class HfFetcherTest {
    private final FakeTime time = new FakeTime();
    private final LoopbackOnly guard = new LoopbackOnly();
    private final TestServer server;

    HfFetcherTest() throws IOException {
        server = new TestServer(time);
    }

    @AfterEach
    void stopAndCheckThatOnlyTheTestServerWasAsked() {
        server.close();
        assertThat(guard.asked())
                .allSatisfy(u ->
                        assertThat(u.getAuthority()).isEqualTo(server.base().getAuthority()));
    }

    /** The sample read from the file by the reader, without the source (its name is the URL when fetched). */
    private static List<String> readDirectly(String date) {
        try (Stream<Paper> s = HfApiReader.stream(
                new InputStreamReader(new ByteArrayInputStream(Fixtures.daily(date)), StandardCharsets.UTF_8),
                "file",
                ParseOptions.defaults(),
                d -> {})) {
            return s.map(HfFetcherTest::withoutSource).toList();
        }
    }

    private static String withoutSource(Paper p) {
        ObjectNode tree = PaperdexJson.mapper().valueToTree(p);
        tree.remove("source");
        return tree.toString();
    }

    @Test
    void fetchesADayAsTheReaderReadsTheSampleWithOneRequest() {
        server.day("2025-03-05", Fixtures.daily("2025-03-05"));
        Fixtures.Diagnostics diagnostics = new Fixtures.Diagnostics();
        HfFetcher hf = Fixtures.hf(Fixtures.options(server, time), time, guard);

        List<Paper> papers = all(hf.day(LocalDate.of(2025, 3, 5), diagnostics));

        assertThat(papers).hasSize(12);
        assertThat(papers.stream().map(HfFetcherTest::withoutSource).toList()).isEqualTo(readDirectly("2025-03-05"));
        assertThat(papers.get(0).id()).contains("2503.02682");
        assertThat(papers.get(0).source().orElseThrow().name())
                .isEqualTo(server.base() + "/api/daily_papers?date=2025-03-05&limit=100&p=0");
        assertThat(papers).allSatisfy(p -> assertThat(p.analyzed()).isTrue());
        assertThat(diagnostics.list).isEmpty();
        assertThat(server.hits()).hasSize(1);
        TestServer.Hit hit = server.hits().get(0);
        assertThat(hit.path()).isEqualTo("/api/daily_papers");
        assertThat(hit.query()).isEqualTo(Map.of("date", "2025-03-05", "limit", "100", "p", "0"));
        assertThat(hit.userAgent()).isEqualTo("paperdex/0.1.0-SNAPSHOT (+Java HttpClient)");
        assertThat(hit.acceptEncoding()).isEqualTo("gzip");
    }

    @Test
    void pagesADayWhilePagesComeBackFull() {
        server.day("2025-03-05", Fixtures.daily("2025-03-05"));
        HfFetcher hf = Fixtures.hf(Fixtures.options(server, time).withPageSize(5), time, guard);

        List<Paper> papers = all(hf.day(LocalDate.of(2025, 3, 5), d -> {}));

        assertThat(server.hits()).extracting(h -> h.query().get("p")).containsExactly("0", "1", "2");
        assertThat(server.hits()).extracting(h -> h.query().get("limit")).containsOnly("5");
        assertThat(papers.stream().map(p -> p.id().orElseThrow()).toList())
                .isEqualTo(readDirectly("2025-03-05").stream()
                        .map(j -> TestServer.tree(j.getBytes(StandardCharsets.UTF_8))
                                .get("id")
                                .asText())
                        .toList());
    }

    @Test
    void aFullLastPageCostsOneRequestMoreForItsEmptyFollower() {
        server.day("2025-03-05", Fixtures.daily("2025-03-05"));
        HfFetcher hf = Fixtures.hf(Fixtures.options(server, time).withPageSize(6), time, guard);

        List<Paper> papers = all(hf.day(LocalDate.of(2025, 3, 5), d -> {}));

        assertThat(papers).hasSize(12);
        assertThat(server.hits()).extracting(h -> h.query().get("p")).containsExactly("0", "1", "2");
    }

    @Test
    void rangeFetchesEveryDayInDateOrderIncludingEmptyDays() {
        server.day("2025-03-04", "[]".getBytes(StandardCharsets.UTF_8))
                .day("2025-03-05", Fixtures.daily("2025-03-05"))
                .day("2025-03-06", Fixtures.daily("2025-10-15"));
        List<FetchProgress> progress = new ArrayList<>();
        Fixtures.Diagnostics diagnostics = new Fixtures.Diagnostics();
        HfFetcher hf = Fixtures.hf(Fixtures.options(server, time).withListener(progress::add), time, guard);

        List<Paper> papers = all(hf.range(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 6), diagnostics));

        assertThat(papers).hasSize(12 + 26);
        assertThat(papers.get(0).id()).contains("2503.02682");
        assertThat(papers.get(12).source().orElseThrow().name()).contains("date=2025-03-06");
        assertThat(diagnostics.list).isEmpty();
        assertThat(server.hits())
                .extracting(h -> h.query().get("date"))
                .containsExactly("2025-03-04", "2025-03-05", "2025-03-06");
        FetchProgress last = progress.get(progress.size() - 1);
        long bodyBytes = 2 + sliceBytes("2025-03-05") + sliceBytes("2025-10-15");
        assertThat(last).isEqualTo(new FetchProgress(3, 0, 3, OptionalLong.of(3), 38, bodyBytes));
    }

    /** The size of the body the test server sends for a whole sample day. */
    private static long sliceBytes(String date) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsBytes(TestServer.tree(Fixtures.daily(date)))
                    .length;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void fetchesOnePaperById() {
        server.file("/api/papers/2503.02682", Fixtures.bytes("fetch/papers-2503.02682.json"));
        HfFetcher hf = Fixtures.hf(Fixtures.options(server, time), time, guard);

        List<Paper> papers = all(hf.paper("2503.02682", d -> {}));

        assertThat(papers).hasSize(1);
        Paper p = papers.get(0);
        assertThat(p.id()).contains("2503.02682");
        assertThat(p.title()).isEqualTo("MPO: Boosting LLM Agents with Meta Plan Optimization");
        assertThat(p.authorCount()).hasValue(7);
        assertThat(p.date()).contains(LocalDate.of(2025, 3, 4));
        assertThat(p.links(LinkKind.ARXIV)).extracting(l -> l.url()).contains("https://arxiv.org/abs/2503.02682");
        assertThat(server.hits()).extracting(TestServer.Hit::path).containsExactly("/api/papers/2503.02682");
    }

    @Test
    void searchSendsTheQueryEncodedAndReadsTheResults() {
        server.file("/api/papers/search?q=chain of thought reasoning", Fixtures.bytes("fetch/search-reasoning.json"));
        HfFetcher hf = Fixtures.hf(Fixtures.options(server, time), time, guard);

        List<Paper> papers = all(hf.search("chain of thought reasoning", d -> {}));

        assertThat(papers)
                .extracting(p -> p.id().orElseThrow())
                .containsExactly("2510.09116", "2510.12773", "2510.12693");
        assertThat(server.hits())
                .extracting(TestServer.Hit::query)
                .containsExactly(Map.of("q", "chain of thought reasoning"));
    }

    @Test
    void gzipResponsesAreDecoded() {
        server.day("2025-03-05", Fixtures.daily("2025-03-05")).gzip(true);
        List<FetchProgress> progress = new ArrayList<>();
        HfFetcher hf = Fixtures.hf(Fixtures.options(server, time).withListener(progress::add), time, guard);

        List<Paper> papers = all(hf.day(LocalDate.of(2025, 3, 5), d -> {}));

        assertThat(papers.stream().map(HfFetcherTest::withoutSource).toList()).isEqualTo(readDirectly("2025-03-05"));
        assertThat(progress.get(progress.size() - 1).bytes()).isEqualTo(sliceBytes("2025-03-05"));
    }

    @Test
    void refusesWhatIsNotARequest() {
        HfFetcher hf = Fixtures.hf(Fixtures.options(server, time), time, guard);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> hf.paper("../../etc/passwd", d -> {}));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> hf.range(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 4), d -> {}))
                .withMessage("expected a range from a day to a later one, found 2025-03-05 to 2025-03-04");
        assertThat(server.hits()).isEmpty();
    }
}
