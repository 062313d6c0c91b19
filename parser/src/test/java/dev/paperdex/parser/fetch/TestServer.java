package dev.paperdex.parser.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * A fake of both services on 127.0.0.1 (JDK {@code HttpServer}, port chosen by the system) at
 * their real paths and query strings: {@code /api/daily_papers?date=&limit=&p=} pages the day's
 * list it was given, {@code /api/papers/{id}}, {@code /api/papers/search?q=} and {@code
 * /api/query} serve the fixtures they were given. Each request is recorded with the time of the
 * given clock; faults queued for a key (a date, a path) are served before the real answer.
 */
final class TestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server saw it. */
    record Hit(String path, Map<String, String> query, String userAgent, String acceptEncoding, Instant at) {
        String key() {
            return query.containsKey("date") ? query.get("date") : path;
        }
    }

    /** What the server does instead of answering. */
    interface Fault {
        void serve(HttpExchange ex) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-server");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final Map<String, ArrayNode> days = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private final Map<String, Fault> always = new ConcurrentHashMap<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean gzip;

    TestServer(Clock clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}: the only base URL the tests use. */
    URI base() {
        URI u = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        if (!LoopbackOnly.isLoopback(u.getHost())) {
            throw new AssertionError("test server outside loopback: " + u);
        }
        return u;
    }

    /** Serves {@code items} (a JSON array) as the daily list of {@code date}. */
    TestServer day(String date, byte[] items) {
        try {
            days.put(date, (ArrayNode) JSON.readTree(items));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Serves {@code body} at {@code pathAndQuery} (path, then the query's parameters sorted, decoded). */
    TestServer file(String pathAndQuery, byte[] body) {
        files.put(pathAndQuery, body);
        return this;
    }

    /** Serves these faults, one per request, to the next requests for {@code key}. */
    synchronized TestServer failNext(String key, Fault... next) {
        faults.computeIfAbsent(key, k -> new ArrayDeque<>()).addAll(List.of(next));
        return this;
    }

    /** Serves {@code fault} to every request for {@code key} until {@link #heal}. */
    TestServer failAlways(String key, Fault fault) {
        always.put(key, fault);
        return this;
    }

    TestServer heal(String key) {
        always.remove(key);
        return this;
    }

    /** Gzips answers to requests that accept it. */
    TestServer gzip(boolean on) {
        gzip = on;
        return this;
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    long hits(String key) {
        return hits.stream().filter(h -> h.key().equals(key)).count();
    }

    void clearHits() {
        hits.clear();
    }

    static Fault status(int status, String... headers) {
        return ex -> {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                ex.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            send(
                    ex,
                    status,
                    "application/json",
                    ("{\"error\":\"status " + status + "\"}").getBytes(StandardCharsets.UTF_8),
                    false);
        };
    }

    /** Closes the connection without a response. */
    static Fault hangUp() {
        return HttpExchange::close;
    }

    /** A 200 with this body in place of the real one. */
    static Fault body(String contentType, byte[] body) {
        return ex -> send(ex, 200, contentType, body, false);
    }

    /** Answers nothing until the server is closed (or 10 s pass). */
    Fault stall() {
        return ex -> {
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        };
    }

    /** Sends the headers and the first half of {@code body}, then nothing until the server is closed. */
    Fault stallMidBody(byte[] body) {
        return ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            OutputStream os = ex.getResponseBody();
            os.write(body, 0, body.length / 2);
            os.flush();
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        };
    }

    private void handle(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            in.readAllBytes();
        }
        URI uri = ex.getRequestURI();
        Map<String, String> query = query(uri.getRawQuery());
        Hit hit = new Hit(
                uri.getPath(),
                query,
                ex.getRequestHeaders().getFirst("User-Agent"),
                ex.getRequestHeaders().getFirst("Accept-Encoding"),
                clock.instant());
        hits.add(hit);
        Fault fault = nextFault(hit.key());
        if (fault != null) {
            fault.serve(ex);
            return;
        }
        boolean zip = gzip && String.valueOf(hit.acceptEncoding()).contains("gzip");
        if (uri.getPath().equals("/api/daily_papers") && days.containsKey(query.get("date"))) {
            ArrayNode all = days.get(query.get("date"));
            int limit = Integer.parseInt(query.getOrDefault("limit", "50"));
            int page = Integer.parseInt(query.getOrDefault("p", "0"));
            ArrayNode slice = JSON.createArrayNode();
            for (int i = page * limit; i < Math.min(all.size(), (page + 1) * limit); i++) {
                slice.add(all.get(i));
            }
            send(ex, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(slice), zip);
            return;
        }
        byte[] body = files.get(key(uri.getPath(), query));
        if (body == null) {
            send(ex, 404, "application/json", "{\"error\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8), false);
            return;
        }
        String type = uri.getPath().equals("/api/query") ? "application/atom+xml; charset=utf-8" : "application/json";
        send(ex, 200, type, body, zip);
    }

    private synchronized Fault nextFault(String key) {
        Deque<Fault> q = faults.get(key);
        if (q != null && !q.isEmpty()) {
            return q.poll();
        }
        return always.get(key);
    }

    /** The key of a served file: the path, then {@code ?k=v&...} with the parameters sorted and decoded. */
    static String key(String path, Map<String, String> query) {
        if (query.isEmpty()) {
            return path;
        }
        StringBuilder b = new StringBuilder(path).append('?');
        query.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e ->
                        b.append(e.getKey()).append('=').append(e.getValue()).append('&'));
        b.setLength(b.length() - 1);
        return b.toString();
    }

    static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String v = eq < 0 ? "" : part.substring(eq + 1);
            q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return q;
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body, boolean zip) throws IOException {
        byte[] out = body;
        if (zip) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(buf)) {
                z.write(body);
            }
            out = buf.toByteArray();
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        ex.getResponseHeaders().add("Content-Type", contentType);
        ex.sendResponseHeaders(status, out.length == 0 ? -1 : out.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(out);
        }
    }

    /** A JSON value of a fixture, for building bodies. */
    static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
