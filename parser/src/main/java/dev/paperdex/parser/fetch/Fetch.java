package dev.paperdex.parser.fetch;

import dev.paperdex.Paper;
import dev.paperdex.parser.ArxivAtomReader;
import dev.paperdex.parser.Diagnostic;
import dev.paperdex.parser.HfApiReader;
import dev.paperdex.parser.PaperFormatException;
import dev.paperdex.parser.ProblemCode;
import dev.paperdex.parser.SourcePosition;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The shared machinery of both fetchers: each page is taken from the cache or the network, read by
 * the project's reader of its format, cached when it read cleanly, and its records given to the
 * stream one at a time.
 */
final class Fetch {
    /** The format of a service's responses. */
    enum Format {
        HF_JSON,
        ATOM
    }

    /** The pages of one fetch, one after another. */
    interface Plan {
        /**
         * The next page to read, given how many records the previous one held ({@code -1} before the
         * first); empty when there is no more.
         */
        Optional<URI> next(int lastCount);

        /** How many pages the plan reads when that is known beforehand. */
        default OptionalLong planned() {
            return OptionalLong.empty();
        }
    }

    private final FetchOptions options;
    private final Http http;
    private final Optional<ResponseCache> cache;
    private final Format format;

    Fetch(
            FetchOptions options,
            Format format,
            Duration defaultInterval,
            Sleeper sleeper,
            Optional<ProxySelector> proxy,
            DoubleSupplier random) {
        this.options = options;
        this.format = format;
        this.http = new Http(options, options.minInterval().orElse(defaultInterval), sleeper, proxy, random);
        this.cache = options.cacheDir().map(d -> new ResponseCache(d, options.clock()));
    }

    static DoubleSupplier defaultRandom() {
        return () -> ThreadLocalRandom.current().nextDouble();
    }

    /** No selector of ours: the JDK client then uses the system's default one (proxy settings). */
    static Optional<ProxySelector> defaultProxy() {
        return Optional.empty();
    }

    Http http() {
        return http;
    }

    /** The papers of {@code plan}'s pages, in order, each paper id once. */
    Stream<Paper> stream(Plan plan, Consumer<? super Diagnostic> diagnostics) {
        return StreamSupport.stream(new Pages(plan, diagnostics), false);
    }

    /** One page read: its papers, how many records it held (dropped ones included), and its response. */
    record Page(List<Paper> papers, int count, Response response) {}

    /** Reads the page at {@code uri}: from the cache when there, else from the network. */
    Page read(URI uri, Consumer<? super Diagnostic> diagnostics) throws IOException {
        Optional<Response> cached = Optional.empty();
        if (cache.isPresent() && !options.refresh()) {
            cached = cache.get().get(uri, options.cacheMaxAge());
        }
        Response response;
        if (cached.isPresent()) {
            response = cached.get();
        } else {
            response = http.get(uri);
        }
        List<Diagnostic> found = new ArrayList<>();
        List<Paper> papers = parse(response, found::add);
        boolean clean = found.stream().noneMatch(d -> fatal(d.code()));
        if (!response.fromCache() && clean && cache.isPresent()) {
            cache.get().put(response);
        }
        int dropped = (int) found.stream()
                .filter(d -> d.code() == ProblemCode.MISSING_FIELD)
                .count();
        found.forEach(diagnostics);
        return new Page(papers, papers.size() + dropped, response);
    }

    /** Problems after which the body is not what the service meant to send, so it is not cached. */
    private static boolean fatal(ProblemCode code) {
        return code == ProblemCode.BAD_JSON
                || code == ProblemCode.BAD_XML
                || code == ProblemCode.FORBIDDEN_DTD
                || code == ProblemCode.UNKNOWN_FORMAT;
    }

    private List<Paper> parse(Response response, Consumer<Diagnostic> found) {
        String name = response.uri().toString();
        byte[] body = response.body();
        int first = 0;
        while (first < body.length && Character.isWhitespace(body[first])) {
            first++;
        }
        boolean strict = options.parseOptions().strict();
        Optional<String> wrong = wrongFormat(body, first, response.contentType());
        if (wrong.isPresent()) {
            Diagnostic d = Diagnostic.of(
                    name,
                    SourcePosition.of(1, 1, 0),
                    ProblemCode.UNKNOWN_FORMAT,
                    "expected " + (format == Format.HF_JSON ? "Hugging Face API JSON" : "arXiv Atom XML") + " from "
                            + name + ", found " + wrong.get(),
                    new String(body, first, Math.min(body.length - first, 200), StandardCharsets.UTF_8));
            if (strict) {
                throw new PaperFormatException(d);
            }
            found.accept(d);
            return List.of();
        }
        Reader reader = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(body, first, body.length - first),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        try (Stream<Paper> s = format == Format.HF_JSON
                ? HfApiReader.stream(reader, name, options.parseOptions(), found)
                : ArxivAtomReader.stream(reader, name, options.parseOptions(), found)) {
            return s.toList();
        }
    }

    /** What the body is when it is not this service's format (an HTML error page, nothing at all). */
    private Optional<String> wrongFormat(byte[] body, int first, Optional<String> contentType) {
        String type = contentType.map(t -> " (Content-Type " + t + ")").orElse("");
        if (first == body.length) {
            return Optional.of("an empty body" + type);
        }
        char c = (char) body[first];
        if (format == Format.HF_JSON && c == '<') {
            return Optional.of("HTML or XML" + type);
        }
        if (format == Format.ATOM && c != '<') {
            return Optional.of("no XML" + type);
        }
        return Optional.empty();
    }

    /** The records of a plan's pages, one page in memory at a time. */
    private final class Pages extends Spliterators.AbstractSpliterator<Paper> {
        private final Plan plan;
        private final Consumer<? super Diagnostic> diagnostics;
        private final Deque<Paper> buffer = new ArrayDeque<>();
        private final Set<String> seen = new HashSet<>();
        private long requests;
        private long bytes;
        private long cached;
        private long pages;
        private long records;
        private int lastCount = -1;
        private boolean done;

        Pages(Plan plan, Consumer<? super Diagnostic> diagnostics) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.plan = plan;
            this.diagnostics = diagnostics;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Paper> action) {
            while (buffer.isEmpty()) {
                if (done) {
                    return false;
                }
                Optional<URI> next = plan.next(lastCount);
                if (next.isEmpty()) {
                    done = true;
                    return false;
                }
                Page page;
                try {
                    page = read(next.get(), diagnostics);
                } catch (IOException e) {
                    done = true;
                    throw new UncheckedIOException(e);
                }
                pages++;
                if (page.response().fromCache()) {
                    cached++;
                } else {
                    requests += page.response().attempts();
                    bytes += page.response().body().length;
                }
                lastCount = page.count();
                for (Paper p : page.papers()) {
                    if (p.id().isEmpty() || seen.add(p.id().get())) {
                        buffer.add(p);
                    }
                }
                report();
            }
            records++;
            action.accept(buffer.poll());
            report();
            return true;
        }

        private void report() {
            options.listener().onProgress(new FetchProgress(requests, cached, pages, plan.planned(), records, bytes));
        }
    }
}
