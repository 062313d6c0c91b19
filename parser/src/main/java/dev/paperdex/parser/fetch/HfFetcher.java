package dev.paperdex.parser.fetch;

import dev.paperdex.Paper;
import dev.paperdex.parser.Diagnostic;
import dev.paperdex.parser.HfApiReader;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fetches papers from the Hugging Face papers API; every response is read by {@link HfApiReader},
 * so each record gets the same analysis and diagnostics as a file would.
 *
 * <pre>{@code
 * HfFetcher hf = HfFetcher.create(FetchOptions.defaults().withCacheDir(Path.of("cache")));
 * try (Stream<Paper> papers = hf.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), System.err::println)) {
 *     papers.forEach(p -> System.out.println(p.title()));
 * }
 * }</pre>
 *
 * <h2>Requests</h2>
 *
 * <ul>
 *   <li>{@link #day}: {@code GET /api/daily_papers?date=YYYY-MM-DD&limit=L&p=N}, pages {@code p =
 *       0, 1, ...} while a page holds {@code limit} records ({@link FetchOptions#pageSize()},
 *       default 100, the largest the service takes); a day of fewer papers is one request.
 *   <li>{@link #range}: the days from {@code from} to {@code to}, one after another, each paged
 *       as above; with a cache each finished page is stored, so a rerun after an interruption
 *       fetches only the pages not yet cached.
 *   <li>{@link #paper}: {@code GET /api/papers/{id}}.
 *   <li>{@link #search}: {@code GET /api/papers/search?q=...}, one request.
 * </ul>
 *
 * <p>Streams are lazy (a request is sent when the records before it have been consumed) and hold
 * one page at a time; a paper id seen earlier in the same stream is not given again. Problems in a
 * response become diagnostics (or a {@link dev.paperdex.parser.PaperFormatException} when {@link
 * dev.paperdex.parser.ParseOptions#strict()}); a body that is not JSON (an HTML error page) gives
 * {@link dev.paperdex.parser.ProblemCode#UNKNOWN_FORMAT}; a body with such problems is not cached.
 * A request that fails for good throws {@link FetchException} inside an {@link
 * java.io.UncheckedIOException}. Instances are thread-safe; the streams are not.
 */
public final class HfFetcher {
    /** The public service. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://huggingface.co");

    private static final Pattern PAPER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Fetch fetch;
    private final String base;
    private final int pageSize;

    private HfFetcher(FetchOptions options, Sleeper sleeper, Optional<ProxySelector> proxy, DoubleSupplier random) {
        this.fetch = new Fetch(options, Fetch.Format.HF_JSON, Duration.ofMillis(500), sleeper, proxy, random);
        this.base = trimSlash(options.baseUrl().orElse(DEFAULT_BASE_URL).toString());
        this.pageSize = Math.min(100, options.pageSize().orElse(100));
    }

    /** A fetcher with {@code options}. */
    public static HfFetcher create(FetchOptions options) {
        return new HfFetcher(options, Sleeper.SYSTEM, Fetch.defaultProxy(), Fetch.defaultRandom());
    }

    static HfFetcher create(FetchOptions options, Sleeper sleeper, ProxySelector proxy, DoubleSupplier random) {
        return new HfFetcher(options, sleeper, Optional.of(proxy), random);
    }

    Fetch fetch() {
        return fetch;
    }

    /** The daily list of {@code day}, every page of it. */
    public Stream<Paper> day(LocalDate day, Consumer<? super Diagnostic> diagnostics) {
        return range(day, day, diagnostics);
    }

    /**
     * The daily lists of the days from {@code from} to {@code to}, both included, in date order.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public Stream<Paper> range(LocalDate from, LocalDate to, Consumer<? super Diagnostic> diagnostics) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "expected a range from a day to a later one, found " + from + " to " + to);
        }
        return fetch.stream(new DaysPlan(from, to), diagnostics);
    }

    /**
     * The paper with arXiv id {@code id} ({@code 2503.02682}).
     *
     * @throws IllegalArgumentException when {@code id} is not an id (letters, digits, '.', '-', '_')
     */
    public Stream<Paper> paper(String id, Consumer<? super Diagnostic> diagnostics) {
        if (!PAPER_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("expected an arXiv id such as 2503.02682, found '" + id + "'");
        }
        return fetch.stream(once(URI.create(base + "/api/papers/" + id)), diagnostics);
    }

    /** The papers the service's search finds for {@code query}. */
    public Stream<Paper> search(String query, Consumer<? super Diagnostic> diagnostics) {
        if (query.isBlank()) {
            throw new IllegalArgumentException("expected a search query, found '" + query + "'");
        }
        return fetch.stream(
                once(URI.create(base + "/api/papers/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))),
                diagnostics);
    }

    /** The URL of page {@code page} of {@code day}'s list. */
    URI dayUri(LocalDate day, int page) {
        return URI.create(base + "/api/daily_papers?date=" + day + "&limit=" + pageSize + "&p=" + page);
    }

    static Fetch.Plan once(URI uri) {
        return new Fetch.Plan() {
            @Override
            public Optional<URI> next(int lastCount) {
                return lastCount < 0 ? Optional.of(uri) : Optional.empty();
            }

            @Override
            public OptionalLong planned() {
                return OptionalLong.of(1);
            }
        };
    }

    static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** The pages of each day of a range: the next page of a day while its pages come back full. */
    private final class DaysPlan implements Fetch.Plan {
        private final LocalDate to;
        private final long days;
        private LocalDate day;
        private int page = -1;

        DaysPlan(LocalDate from, LocalDate to) {
            this.to = to;
            this.day = from;
            this.days = to.toEpochDay() - from.toEpochDay() + 1;
        }

        @Override
        public Optional<URI> next(int lastCount) {
            if (page >= 0 && lastCount < pageSize) {
                day = day.plusDays(1);
                page = -1;
            }
            if (day.isAfter(to)) {
                return Optional.empty();
            }
            page++;
            return Optional.of(dayUri(day, page));
        }

        @Override
        public OptionalLong planned() {
            return OptionalLong.of(days);
        }
    }
}
