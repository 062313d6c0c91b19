package dev.paperdex.examples.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.paperdex.Paper;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.parser.fetch.FetchOptions;
import dev.paperdex.parser.fetch.FetchProgress;
import dev.paperdex.parser.fetch.HfFetcher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * What a range costs, cold and from the cache: a fake of {@code /api/daily_papers} on 127.0.0.1
 * serves {@code days} days (the daily samples in turn, each day's ids made unique), and a 30-day
 * range is fetched into an empty cache, then again from it, with and without the analysis of
 * abstracts. Prints the requests the server saw, the responses from the cache, the records and the
 * wall time of each run. The rate limit is off (0 ms) so that the runs measure the work, not the
 * politeness: with the default 500 ms a cold run of 30 days takes at least 14.5 s more.
 *
 * <pre>
 * java -cp examples/target/papers.jar dev.paperdex.examples.bench.FetchRangeCost ../shared/samples/hf [days]
 * </pre>
 */
public final class FetchRangeCost {
    private FetchRangeCost() {}

    /** Runs the measurement; {@code args}: the directory of daily samples, then the number of days (30). */
    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "../shared/samples/hf");
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ObjectMapper json = new ObjectMapper();
        List<ArrayNode> lists = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("daily_papers-"))
                    .sorted(Comparator.naturalOrder())
                    .toList()) {
                lists.add((ArrayNode) json.readTree(f.toFile()));
            }
        }
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("no daily_papers-*.json in " + samples);
        }
        LocalDate from = LocalDate.of(2025, 1, 1);
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/daily_papers", ex -> serve(ex, json, lists, from, hits));
        server.start();
        Path cache = Files.createTempDirectory("paperdex-fetch-cost");
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            LocalDate to = from.plusDays(days - 1L);
            for (boolean analyze : new boolean[] {true, false}) {
                deleteTree(cache);
                String label = analyze ? "analysed" : "not analysed";
                run("cold   (" + label + ")", base, cache, from, to, analyze, hits);
                run("cached (" + label + ")", base, cache, from, to, analyze, hits);
                run("cached (" + label + ")", base, cache, from, to, analyze, hits);
            }
        } finally {
            server.stop(0);
            deleteTree(cache);
        }
    }

    private static void run(
            String label, URI base, Path cache, LocalDate from, LocalDate to, boolean analyze, AtomicInteger hits) {
        AtomicReference<FetchProgress> last = new AtomicReference<>();
        FetchOptions options = FetchOptions.builder()
                .baseUrl(base)
                .cacheDir(cache)
                .minInterval(Duration.ZERO)
                .parseOptions(ParseOptions.defaults().withAnalyze(analyze))
                .listener(last::set)
                .build();
        int before = hits.get();
        long start = System.nanoTime();
        long records;
        try (Stream<Paper> papers = HfFetcher.create(options).range(from, to, d -> {})) {
            records = papers.count();
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        FetchProgress p = last.get();
        System.out.printf(
                "%-24s %3d days: %4d records, %3d requests at the server, %3d responses from the cache, %5d ms%n",
                label, to.toEpochDay() - from.toEpochDay() + 1, records, hits.get() - before, p.cached(), ms);
    }

    private static void serve(
            HttpExchange ex, ObjectMapper json, List<ArrayNode> lists, LocalDate from, AtomicInteger hits)
            throws IOException {
        hits.incrementAndGet();
        String query = ex.getRequestURI().getQuery();
        LocalDate day = LocalDate.parse(query.replaceAll(".*date=([0-9-]{10}).*", "$1"));
        int page = Integer.parseInt(query.replaceAll(".*[?&]?p=([0-9]+).*", "$1"));
        int index = (int) (day.toEpochDay() - from.toEpochDay());
        ArrayNode list = lists.get(Math.floorMod(index, lists.size())).deepCopy();
        for (int i = 0; i < list.size(); i++) {
            // one paper per day and place, so the range has no repeated ids
            ((ObjectNode) list.get(i).get("paper")).put("id", String.format("2501.%05d", index * 100 + i));
        }
        byte[] body = json.writeValueAsBytes(page == 0 ? list : json.createArrayNode());
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }
}
