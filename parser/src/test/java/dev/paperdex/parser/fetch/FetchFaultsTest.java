package dev.paperdex.parser.fetch;

import static dev.paperdex.parser.fetch.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paperdex.Paper;
import dev.paperdex.parser.Diagnostic;
import dev.paperdex.parser.PaperFormatException;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.parser.ProblemCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults of the services: each is retried, reported or refused as documented, and nothing is lost or doubled. */
final class FetchFaultsTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 5);
    private static final String DATE = "2025-03-05";

    private final FakeTime time = new FakeTime();
    private final LoopbackOnly guard = new LoopbackOnly();
    private final TestServer server;

    @TempDir
    Path cache;

    FetchFaultsTest() throws IOException {
        server = new TestServer(time);
        server.day(DATE, Fixtures.daily(DATE));
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

    private FetchOptions options() {
        return Fixtures.options(server, time);
    }

    /** The 12 papers of the day, each once, in the order of the sample. */
    private static void assertTheWholeDayOnce(List<Paper> papers) {
        assertThat(papers).hasSize(12);
        assertThat(new HashSet<>(papers.stream().map(p -> p.id().orElseThrow()).toList()))
                .hasSize(12);
        assertThat(papers.get(0).id()).contains("2503.02682");
        assertThat(papers.get(11).id()).contains("2503.02876");
    }

    @Test
    void waitsWhatRetryAfterSaysAfterA429() {
        server.failNext(DATE, TestServer.status(429, "Retry-After", "7"));

        List<Paper> papers = all(hf(options()).day(DAY, d -> {}));

        assertTheWholeDayOnce(papers);
        assertThat(server.hits()).hasSize(2);
        assertThat(Duration.between(
                        server.hits().get(0).at(), server.hits().get(1).at()))
                .isEqualTo(Duration.ofSeconds(7));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterAsAnHttpDateIsHonouredToo() {
        server.failNext(DATE, TestServer.status(503, "Retry-After", "Thu, 06 Mar 2025 08:00:30 GMT"));

        assertTheWholeDayOnce(all(hf(options()).day(DAY, d -> {})));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void backsOffExponentiallyWithJitterAfter5xx() {
        server.failNext(DATE, TestServer.status(500), TestServer.status(502), TestServer.status(503));
        List<FetchProgress> progress = new java.util.ArrayList<>();

        List<Paper> papers = all(hf(options().withListener(progress::add)).day(DAY, d -> {}));

        assertTheWholeDayOnce(papers);
        assertThat(server.hits()).hasSize(4);
        assertThat(progress.get(progress.size() - 1).requests()).isEqualTo(4);
        // 1 s, 2 s, 4 s, each less a jitter of half of its half (the fake random is 0.5)
        assertThat(time.sleeps())
                .containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500), Duration.ofMillis(3000));
    }

    @Test
    void retriesAConnectionClosedWithoutAnAnswer() {
        // the JDK client itself tries a GET again once on a connection closed under it, so two
        // hang-ups are needed to reach the fetcher's own retry
        server.failNext(DATE, TestServer.hangUp(), TestServer.hangUp());

        List<Paper> papers = all(hf(options()).day(DAY, d -> {}));

        assertTheWholeDayOnce(papers);
        assertThat(server.hits(DATE)).isEqualTo(3);
        assertThat(time.sleeps()).startsWith(Duration.ofMillis(750));
    }

    /**
     * A stalled first attempt, then the real answer. The client and the server are warmed up by one
     * fetch first, so that the retry is not itself slower than the short timeout on a loaded machine;
     * should it be, the next retry still brings the day, which is what is asserted.
     */
    private void assertRetriedPastTheTimeout(TestServer.Fault stall) {
        HfFetcher hf = hf(options().withRequestTimeout(Duration.ofMillis(500)));
        assertTheWholeDayOnce(all(hf.day(DAY, d -> {})));
        server.clearHits();
        server.failNext(DATE, stall);

        List<Paper> papers =
                all(hf(options().withRequestTimeout(Duration.ofMillis(500))).day(DAY, d -> {}));

        assertTheWholeDayOnce(papers);
        assertThat(server.hits(DATE)).isBetween(2L, 5L);
        assertThat(time.sleeps()).startsWith(Duration.ofMillis(750));
    }

    @Test
    void retriesAResponseSlowerThanTheTimeout() {
        assertRetriedPastTheTimeout(server.stall());
    }

    @Test
    void retriesABodyThatStopsComingPastTheTimeout() {
        assertRetriedPastTheTimeout(server.stallMidBody(Fixtures.daily(DATE)));
    }

    @Test
    void givesUpAfterTheLastRetryWithTheStatusAndAttempts() {
        server.failAlways(DATE, TestServer.status(503));

        assertThatThrownBy(() -> all(hf(options().withMaxRetries(2)).day(DAY, d -> {})))
                .isInstanceOf(UncheckedIOException.class)
                .cause()
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.status()).hasValue(503);
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.uri()).hasToString(server.base() + "/api/daily_papers?date=2025-03-05&limit=100&p=0");
                    assertThat(e.getMessage()).startsWith("GET " + e.uri() + " failed after 3 attempts: HTTP 503");
                });
        assertThat(server.hits(DATE)).isEqualTo(3);
    }

    @Test
    void doesNotRetryANotFound() {
        assertThatThrownBy(() -> all(hf(options()).paper("2599.99999", d -> {})))
                .cause()
                .isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.status()).hasValue(404);
                    assertThat(e.attempts()).isEqualTo(1);
                });
        assertThat(server.hits("/api/papers/2599.99999")).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    /** The day's JSON cut in the middle of its fifth item. */
    private static byte[] truncated() {
        String text = new String(Fixtures.daily(DATE), StandardCharsets.UTF_8);
        int fifth = text.indexOf("\"id\": \"2503.01935\"");
        return Arrays.copyOf(
                Fixtures.daily(DATE), text.substring(0, fifth + 40).getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aTruncatedBodyBecomesADiagnosticAndIsNotCached() {
        server.failNext(DATE, TestServer.body("application/json", truncated()));
        Fixtures.Diagnostics diagnostics = new Fixtures.Diagnostics();
        HfFetcher hf = hf(options().withCacheDir(cache));

        List<Paper> papers = all(hf.day(DAY, diagnostics));

        assertThat(papers)
                .extracting(p -> p.id().orElseThrow())
                .containsExactly("2503.02682", "2503.02846", "2503.02879");
        assertThat(diagnostics.list).hasSize(1);
        Diagnostic d = diagnostics.list.get(0);
        assertThat(d.code()).isEqualTo(ProblemCode.BAD_JSON);
        assertThat(d.sourceName()).isEqualTo(server.base() + "/api/daily_papers?date=2025-03-05&limit=100&p=0");
        assertThat(d.message()).startsWith("expected well-formed JSON at line ");

        List<Paper> again = all(hf.day(DAY, diagnostics));

        assertTheWholeDayOnce(again);
        assertThat(server.hits(DATE)).isEqualTo(2);
        assertThat(diagnostics.list).hasSize(1);
    }

    @Test
    void aTruncatedBodyThrowsInStrictMode() {
        server.failNext(DATE, TestServer.body("application/json", truncated()));
        HfFetcher hf = hf(options().withParseOptions(ParseOptions.defaults().withStrict(true)));

        assertThatThrownBy(() -> all(hf.day(DAY, d -> {})))
                .isInstanceOfSatisfying(
                        PaperFormatException.class, e -> assertThat(e.code()).isEqualTo(ProblemCode.BAD_JSON));
    }

    @Test
    void anHtmlPageInPlaceOfJsonIsReportedNotReadAndNotCached() {
        server.failNext(DATE, TestServer.body("text/html; charset=utf-8", Fixtures.bytes("fetch/error.html")));
        Fixtures.Diagnostics diagnostics = new Fixtures.Diagnostics();
        HfFetcher hf = hf(options().withCacheDir(cache));

        assertThat(all(hf.day(DAY, diagnostics))).isEmpty();

        assertThat(diagnostics.list).hasSize(1);
        Diagnostic d = diagnostics.list.get(0);
        assertThat(d.code()).isEqualTo(ProblemCode.UNKNOWN_FORMAT);
        assertThat(d.message())
                .isEqualTo("expected Hugging Face API JSON from " + d.sourceName()
                        + ", found HTML or XML (Content-Type text/html; charset=utf-8)");
        assertThat(d.found())
                .contains(
                        "<!doctype html>\\u000a<html class=\"\">\\u000a<head><meta charset=\"utf-8\"><title>Hugging Face ...");
        assertTheWholeDayOnce(all(hf.day(DAY, diagnostics)));
        assertThat(server.hits(DATE)).isEqualTo(2);
    }

    @Test
    void anEmptyDayIsNoRecordAndNoProblem() {
        server.day("2025-03-08", "[]".getBytes(StandardCharsets.UTF_8));
        Fixtures.Diagnostics diagnostics = new Fixtures.Diagnostics();
        HfFetcher hf = hf(options().withCacheDir(cache));

        assertThat(all(hf.day(LocalDate.of(2025, 3, 8), diagnostics))).isEmpty();
        assertThat(all(hf.day(LocalDate.of(2025, 3, 8), diagnostics))).isEmpty();

        assertThat(diagnostics.list).isEmpty();
        assertThat(server.hits("2025-03-08")).isEqualTo(1);
    }
}
