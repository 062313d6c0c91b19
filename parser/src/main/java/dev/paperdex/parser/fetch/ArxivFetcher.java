package dev.paperdex.parser.fetch;

import dev.paperdex.Paper;
import dev.paperdex.parser.ArxivAtomReader;
import dev.paperdex.parser.Diagnostic;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;

/**
 * Fetches papers from the arXiv API ({@code GET /api/query}); every response is read by {@link
 * ArxivAtomReader}, so each record gets the same analysis and diagnostics as a file would.
 *
 * <pre>{@code
 * ArxivFetcher arxiv = ArxivFetcher.create(FetchOptions.defaults());
 * try (Stream<Paper> papers = arxiv.query(ArxivQuery.search("cat:cs.CL AND ti:reasoning").withMaxResults(300),
 *         System.err::println)) {
 *     papers.forEach(p -> System.out.println(p.id().orElse("?") + " " + p.title()));
 * }
 * }</pre>
 *
 * <p>A query is read page by page: {@code start} steps by the page size ({@link
 * FetchOptions#pageSize()}, default 100) and {@code max_results} asks for what is left of {@link
 * ArxivQuery#maxResults()}; paging stops at a page with fewer entries than asked for. Requests to
 * one host are at least 3 s apart by default ({@link FetchOptions#minInterval()}), as arXiv's terms
 * of use ask. Errors, caching and streaming are as for {@link HfFetcher}.
 */
public final class ArxivFetcher {
    /** The public service. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://export.arxiv.org");

    private final Fetch fetch;
    private final String base;
    private final int pageSize;

    private ArxivFetcher(FetchOptions options, Sleeper sleeper, Optional<ProxySelector> proxy, DoubleSupplier random) {
        this.fetch = new Fetch(options, Fetch.Format.ATOM, Duration.ofSeconds(3), sleeper, proxy, random);
        this.base =
                HfFetcher.trimSlash(options.baseUrl().orElse(DEFAULT_BASE_URL).toString());
        this.pageSize = options.pageSize().orElse(100);
    }

    /** A fetcher with {@code options}. */
    public static ArxivFetcher create(FetchOptions options) {
        return new ArxivFetcher(options, Sleeper.SYSTEM, Fetch.defaultProxy(), Fetch.defaultRandom());
    }

    static ArxivFetcher create(FetchOptions options, Sleeper sleeper, ProxySelector proxy, DoubleSupplier random) {
        return new ArxivFetcher(options, sleeper, Optional.of(proxy), random);
    }

    Fetch fetch() {
        return fetch;
    }

    /** The results of {@code query}, page by page, in the service's order. */
    public Stream<Paper> query(ArxivQuery query, Consumer<? super Diagnostic> diagnostics) {
        return fetch.stream(new PagesPlan(query), diagnostics).limit(query.maxResults());
    }

    /** The URL of the page starting at {@code start} with {@code max} results. */
    URI pageUri(ArxivQuery q, int start, int max) {
        StringBuilder u = new StringBuilder(base).append("/api/query?");
        q.searchQuery()
                .ifPresent(s -> u.append("search_query=")
                        .append(URLEncoder.encode(s, StandardCharsets.UTF_8))
                        .append('&'));
        if (!q.idList().isEmpty()) {
            u.append("id_list=")
                    .append(URLEncoder.encode(String.join(",", q.idList()), StandardCharsets.UTF_8))
                    .append('&');
        }
        u.append("start=").append(start).append("&max_results=").append(max);
        u.append("&sortBy=").append(q.sortBy().param);
        u.append("&sortOrder=").append(q.sortOrder().name().toLowerCase(Locale.ROOT));
        return URI.create(u.toString());
    }

    /** Pages of {@code pageSize} until {@code maxResults} are read or a page comes back short. */
    private final class PagesPlan implements Fetch.Plan {
        private final ArxivQuery query;
        private int read;
        private int asked;

        PagesPlan(ArxivQuery query) {
            this.query = query;
        }

        @Override
        public Optional<URI> next(int lastCount) {
            if (lastCount >= 0) {
                if (lastCount < asked) {
                    return Optional.empty();
                }
                read += asked;
            }
            int left = query.maxResults() - read;
            if (left <= 0) {
                return Optional.empty();
            }
            asked = Math.min(pageSize, left);
            return Optional.of(pageUri(query, query.start() + read, asked));
        }

        @Override
        public OptionalLong planned() {
            return OptionalLong.of((query.maxResults() + pageSize - 1) / pageSize);
        }
    }
}
