package dev.paperdex.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papers fetch} against a fake of the services on 127.0.0.1; every run names its base URL. */
final class FetchCommandTest {
    private final HttpServer server;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final List<String> hits = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    FetchCommandTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        bodies.put("/api/daily_papers?date=2025-03-05&limit=100&p=0", resource("fetch/daily_papers-2025-03-05.json"));
        bodies.put("/api/daily_papers?date=2025-03-06&limit=100&p=0", "[]".getBytes(StandardCharsets.UTF_8));
        bodies.put(
                "/api/query?search_query=cat%3Acs.CL+AND+abs%3Aagents&start=0&max_results=2&sortBy=submittedDate"
                        + "&sortOrder=descending",
                resource("fetch/arxiv-query-start-4.xml"));
    }

    /** The JDK client asks the default proxy selector about every request: this one lets only loopback through. */
    private final List<URI> asked = new CopyOnWriteArrayList<>();

    private final ProxySelector previous = ProxySelector.getDefault();

    @BeforeEach
    void guardTheNetwork() {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                if (!"127.0.0.1".equals(uri.getHost())) {
                    throw new IllegalArgumentException("a test tried to reach " + uri);
                }
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
        });
    }

    @AfterEach
    void stop() {
        ProxySelector.setDefault(previous);
        server.stop(0);
        assertThat(asked).allSatisfy(u -> assertThat(u.getHost()).isEqualTo("127.0.0.1"));
    }

    private String base() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        assertThat(URI.create(base).getHost()).isEqualTo("127.0.0.1");
        return base;
    }

    private static byte[] resource(String path) {
        try (InputStream in = FetchCommandTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String key = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null
                        ? ""
                        : "?" + ex.getRequestURI().getRawQuery());
        hits.add(key);
        byte[] body = bodies.get(key);
        int status = body == null ? 404 : 200;
        if (body == null) {
            body = "{\"error\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
        }
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void fetchesARangeAsJsonLinesThatParseAndQueryRead() throws IOException {
        Path out = dir.resolve("march.jsonl");
        Path cache = dir.resolve("cache");

        PapersCliTest.Run r = PapersCliTest.run(
                "fetch",
                "hf",
                "--from",
                "2025-03-05",
                "--to",
                "2025-03-06",
                "--base-url",
                base(),
                "--cache",
                cache.toString(),
                "-o",
                out.toString(),
                "--stats");

        assertThat(r.code()).isZero();
        assertThat(r.err())
                .isEqualTo("fetched 12 records: 2 requests, 0 responses from the cache, "
                        + (resource("fetch/daily_papers-2025-03-05.json").length + 2) + " bytes received\n");
        List<Paper> fetched =
                PaperdexJson.readLines(Files.newBufferedReader(out)).toList();
        assertThat(fetched).hasSize(12);
        assertThat(fetched.get(0).id()).contains("2503.02682");
        assertThat(fetched).allSatisfy(p -> assertThat(p.analyzed()).isTrue());

        PapersCliTest.Run parsed = PapersCliTest.run("parse", out.toString());
        assertThat(parsed.code()).isZero();
        assertThat(PaperdexJson.readLines(new StringReader(parsed.out())).toList())
                .isEqualTo(fetched);
        PapersCliTest.Run queried = PapersCliTest.run("query", "title:MPO", out.toString());
        assertThat(queried.lines()).hasSize(1);
        assertThat(queried.lines().get(0)).contains("\"id\":\"2503.02682\"");

        hits.clear();
        PapersCliTest.Run again = PapersCliTest.run(
                "fetch",
                "hf",
                "--from",
                "2025-03-05",
                "--to",
                "2025-03-06",
                "--base-url",
                base(),
                "--cache",
                cache.toString(),
                "--stats");
        assertThat(again.code()).isZero();
        assertThat(hits).isEmpty();
        assertThat(again.err())
                .isEqualTo("fetched 12 records: 0 requests, 2 responses from the cache, 0 bytes received\n");
        assertThat(PaperdexJson.readLines(new StringReader(again.out())).toList())
                .isEqualTo(fetched);
    }

    @Test
    void showsProgressWhenForcedAndNothingWhenPiped() {
        PapersCliTest.Run shown = PapersCliTest.run(
                "fetch",
                "hf",
                "--from",
                "2025-03-05",
                "--to",
                "2025-03-06",
                "--base-url",
                base(),
                "--progress",
                "always");
        PapersCliTest.Run piped =
                PapersCliTest.run("fetch", "hf", "--from", "2025-03-05", "--to", "2025-03-06", "--base-url", base());

        assertThat(shown.code()).isZero();
        assertThat(shown.out()).isEqualTo(piped.out());
        assertThat(shown.lines()).hasSize(12);
        // the bar's last drawing: the task, the bytes and the papers read
        assertThat(shown.err()).contains("fetching").contains(" 12 papers, ");
        assertThat(piped.err()).isEmpty();
    }

    @Test
    void fetchesAnArxivQueryToStandardOutput() throws IOException {
        PapersCliTest.Run r = PapersCliTest.run(
                "fetch", "arxiv", "--query", "cat:cs.CL AND abs:agents", "--max", "2", "--base-url", base());

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines()).hasSize(1);
        Paper p = PaperdexJson.mapper().readValue(r.lines().get(0), Paper.class);
        assertThat(p.id()).contains("2502.14856");
        assertThat(hits).hasSize(1);
        assertThat(asked).hasSize(1);
    }

    @Test
    void aFailedRequestExitsOneAndBadUsageTwo() {
        PapersCliTest.Run missing = PapersCliTest.run("fetch", "hf", "--id", "2599.99999", "--base-url", base());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err())
                .startsWith("error: cannot read input: dev.paperdex.parser.fetch.FetchException: GET " + base()
                        + "/api/papers/2599.99999 failed: HTTP 404");
        assertThat(hits).containsExactly("/api/papers/2599.99999");

        assertThat(PapersCliTest.run("fetch", "hf", "--base-url", base()).code())
                .isEqualTo(2);
        assertThat(PapersCliTest.run("fetch", "hf", "--date", "2025-03-05", "--id", "1", "--base-url", base())
                        .code())
                .isEqualTo(2);
        assertThat(PapersCliTest.run("fetch", "hf", "--from", "2025-03-06", "--to", "2025-03-05", "--base-url", base())
                        .code())
                .isEqualTo(2);
        assertThat(PapersCliTest.run("fetch", "arxiv", "--base-url", base()).code())
                .isEqualTo(2);
        assertThat(PapersCliTest.run("fetch", "hf", "--id", "../x", "--base-url", base())
                        .code())
                .isEqualTo(2);
        assertThat(hits).hasSize(1);
    }
}
