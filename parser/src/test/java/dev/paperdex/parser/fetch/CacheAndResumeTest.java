package dev.paperdex.parser.fetch;

import static dev.paperdex.parser.fetch.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperdex.Paper;
import dev.paperdex.parser.ParseOptions;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CacheAndResumeTest {
    private static final LocalDate FROM = LocalDate.of(2025, 3, 3);
    private static final LocalDate TO = LocalDate.of(2025, 3, 7);

    private final FakeTime time = new FakeTime();
    private final LoopbackOnly guard = new LoopbackOnly();
    private final TestServer server;

    @TempDir
    Path cache;

    CacheAndResumeTest() throws IOException {
        server = new TestServer(time);
        // five days, the four samples and an empty one: 16 + 0 + 12 + 26 + 22 papers
        server.day("2025-03-03", Fixtures.daily("2024-07-22"))
                .day("2025-03-04", "[]".getBytes(StandardCharsets.UTF_8))
                .day("2025-03-05", Fixtures.daily("2025-03-05"))
                .day("2025-03-06", Fixtures.daily("2025-10-15"))
                .day("2025-03-07", Fixtures.daily("2026-04-02"));
    }

    @AfterEach
    void stopAndCheckThatOnlyTheTestServerWasAsked() {
        server.close();
        assertThat(guard.asked())
                .allSatisfy(u ->
                        assertThat(u.getAuthority()).isEqualTo(server.base().getAuthority()));
    }

    private HfFetcher hf(FetchOptions options) {
        return Fixtures.hf(options, time, guard);
    }

    /** Cached, and without the analysis of abstracts, which these tests do not look at. */
    private FetchOptions cached() {
        return Fixtures.options(server, time)
                .withCacheDir(cache)
                .withParseOptions(ParseOptions.defaults().withAnalyze(false));
    }

    private static List<String> ids(List<Paper> papers) {
        return papers.stream().map(p -> p.id().orElseThrow()).toList();
    }

    @Test
    void aCachedRerunOfARangeSendsNoRequest() {
        List<Paper> first = all(hf(cached()).range(FROM, TO, d -> {}));
        assertThat(first).hasSize(76);
        assertThat(server.hits()).hasSize(5);
        server.clearHits();
        List<FetchProgress> progress = new ArrayList<>();

        List<Paper> again = all(hf(cached().withListener(progress::add)).range(FROM, TO, d -> {}));

        assertThat(again).isEqualTo(first);
        assertThat(server.hits()).isEmpty();
        FetchProgress last = progress.get(progress.size() - 1);
        assertThat(last.requests()).isZero();
        assertThat(last.cached()).isEqualTo(5);
        assertThat(last.bytes()).isZero();
    }

    @Test
    void refreshFetchesEverythingAgain() {
        all(hf(cached()).range(FROM, TO, d -> {}));
        server.clearHits();

        assertThat(all(hf(cached().withRefresh(true)).range(FROM, TO, d -> {}))).hasSize(76);

        assertThat(server.hits()).hasSize(5);
    }

    @Test
    void anInterruptedRangeResumesWhereItStopped() {
        server.failAlways("2025-03-06", TestServer.hangUp());
        List<Paper> before = new ArrayList<>();
        try (Stream<Paper> s = hf(cached().withMaxRetries(1)).range(FROM, TO, d -> {})) {
            assertThatThrownBy(() -> s.forEach(before::add))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(FetchException.class);
        }
        assertThat(before).hasSize(16 + 0 + 12);
        assertThat(server.hits("2025-03-07")).isZero();
        server.heal("2025-03-06");
        server.clearHits();

        List<Paper> resumed = all(hf(cached()).range(FROM, TO, d -> {}));

        assertThat(server.hits()).extracting(h -> h.query().get("date")).containsExactly("2025-03-06", "2025-03-07");
        assertThat(resumed).hasSize(76);
        assertThat(new HashSet<>(ids(resumed))).hasSize(76);
        assertThat(resumed.subList(0, 28)).isEqualTo(before);
    }

    @Test
    void anEntryIsTheBodyAndItsUrlFetchTimeAndStatus() throws IOException {
        all(hf(cached()).day(LocalDate.of(2025, 3, 5), d -> {}));

        URI uri = URI.create(server.base() + "/api/daily_papers?date=2025-03-05&limit=100&p=0");
        String key = ResponseCache.key(uri);
        assertThat(key).hasSize(64);
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(key + ".body", key + ".properties");
        }
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(cache.resolve(key + ".properties"))) {
            meta.load(in);
        }
        assertThat(meta.getProperty("url")).isEqualTo(uri.toString());
        assertThat(meta.getProperty("fetchedAt")).isEqualTo("2025-03-06T08:00:00Z");
        assertThat(meta.getProperty("status")).isEqualTo("200");
        assertThat(meta.getProperty("contentType")).isEqualTo("application/json; charset=utf-8");
        assertThat(TestServer.tree(Files.readAllBytes(cache.resolve(key + ".body"))))
                .isEqualTo(TestServer.tree(Fixtures.daily("2025-03-05")));
    }

    @Test
    void anEntryOlderThanTheMaximumAgeIsFetchedAgain() {
        FetchOptions options = FetchOptions.builder()
                .from(cached())
                .cacheMaxAge(Duration.ofHours(1))
                .build();
        all(hf(options).day(LocalDate.of(2025, 3, 5), d -> {}));
        time.advance(Duration.ofMinutes(59));
        all(hf(options).day(LocalDate.of(2025, 3, 5), d -> {}));
        assertThat(server.hits("2025-03-05")).isEqualTo(1);

        time.advance(Duration.ofMinutes(2));
        all(hf(options).day(LocalDate.of(2025, 3, 5), d -> {}));

        assertThat(server.hits("2025-03-05")).isEqualTo(2);
    }

    @Test
    void anEntryWithoutItsMetadataCountsAsMissing() throws IOException {
        all(hf(cached()).day(LocalDate.of(2025, 3, 5), d -> {}));
        URI uri = URI.create(server.base() + "/api/daily_papers?date=2025-03-05&limit=100&p=0");
        Files.delete(cache.resolve(ResponseCache.key(uri) + ".properties"));

        assertThat(all(hf(cached()).day(LocalDate.of(2025, 3, 5), d -> {}))).hasSize(12);

        assertThat(server.hits("2025-03-05")).isEqualTo(2);
    }

    @Test
    void theGuardRefusesEveryHostOutsideLoopbackWithoutResolvingIt() {
        LoopbackOnly g = new LoopbackOnly();
        assertThatThrownBy(() -> g.select(URI.create("https://huggingface.co/api/daily_papers")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside 127.0.0.0/8");
        assertThatThrownBy(() -> g.select(URI.create("http://10.0.0.1/"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> g.select(URI.create("http://127.0.0.1.example.com/")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(g.select(URI.create("http://127.0.0.1:8080/"))).hasSize(1);
        assertThat(g.select(URI.create("http://[::1]:8080/"))).hasSize(1);
    }
}
