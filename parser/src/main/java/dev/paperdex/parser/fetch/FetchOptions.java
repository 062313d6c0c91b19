package dev.paperdex.parser.fetch;

import dev.paperdex.PaperdexStyle;
import dev.paperdex.parser.ParseOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How to fetch: where from ({@link #baseUrl()}), the on-disk cache, timeouts, retries, the per-host
 * rate limit, the clock, how responses are read ({@link #parseOptions()}) and who hears of the
 * progress. {@link #defaults()} talks to the public services with polite defaults and no cache.
 */
@Value.Immutable
@PaperdexStyle
public abstract class FetchOptions {
    /**
     * The scheme, host, port and optional path prefix that request paths are appended to, e.g. a
     * mirror or a test server; absent, {@code https://huggingface.co} for {@link HfFetcher} and
     * {@code https://export.arxiv.org} for {@link ArxivFetcher}.
     */
    public abstract Optional<URI> baseUrl();

    /** The cache directory (created when missing); absent, nothing is cached. */
    public abstract Optional<Path> cacheDir();

    /** Whether cached responses are ignored and fetched again (and the cache rewritten); default false. */
    @Value.Default
    public boolean refresh() {
        return false;
    }

    /** How old a cached response may be and still be used; absent (the default), any age. */
    public abstract Optional<Duration> cacheMaxAge();

    /** How long connecting may take (default 10 s). */
    @Value.Default
    public Duration connectTimeout() {
        return Duration.ofSeconds(10);
    }

    /** How long a response may take to arrive whole, headers and body (default 30 s). */
    @Value.Default
    public Duration requestTimeout() {
        return Duration.ofSeconds(30);
    }

    /**
     * How many times a request is tried again after a 429, a 5xx, a connection error or a timeout
     * (default 4, so at most 5 attempts).
     */
    @Value.Default
    public int maxRetries() {
        return 4;
    }

    /**
     * The wait before the first retry (default 1 s); each further retry doubles it up to {@link
     * #maxBackoff()}, and a random jitter takes off up to half of it. A {@code Retry-After} header
     * replaces the computed wait.
     */
    @Value.Default
    public Duration initialBackoff() {
        return Duration.ofSeconds(1);
    }

    /** The longest wait between two attempts, {@code Retry-After} included (default 60 s). */
    @Value.Default
    public Duration maxBackoff() {
        return Duration.ofSeconds(60);
    }

    /**
     * The least time between the starts of two requests to one host; absent, 3 s for arXiv (its
     * terms of use ask for no more than one request every three seconds) and 500 ms for Hugging Face.
     * Responses from the cache do not count.
     */
    public abstract Optional<Duration> minInterval();

    /**
     * Records asked for per request; absent, 100 (the largest {@code limit} the Hugging Face daily
     * list takes) for both services.
     */
    public abstract OptionalInt pageSize();

    /** The clock of the rate limit and of the cache's fetch times (default UTC system clock). */
    @Value.Default
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** How responses are read: strict or lenient, analysis on or off (default {@link ParseOptions#defaults()}). */
    @Value.Default
    public ParseOptions parseOptions() {
        return ParseOptions.defaults();
    }

    /** Who hears of the progress after each response and each record (default nobody). */
    @Value.Default
    @Value.Auxiliary
    public FetchListener listener() {
        return FetchListener.NONE;
    }

    /** The {@code User-Agent} header: {@code paperdex/<version>} by default. */
    @Value.Default
    public String userAgent() {
        return "paperdex/" + Version.VERSION + " (+Java HttpClient)";
    }

    @Value.Check
    void check() {
        if (maxRetries() < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, found " + maxRetries());
        }
        if (pageSize().isPresent() && pageSize().getAsInt() < 1) {
            throw new IllegalArgumentException(
                    "pageSize must be >= 1, found " + pageSize().getAsInt());
        }
        positive("connectTimeout", connectTimeout());
        positive("requestTimeout", requestTimeout());
        if (initialBackoff().isNegative() || maxBackoff().isNegative()) {
            throw new IllegalArgumentException(
                    "backoff must not be negative, found " + initialBackoff() + " and " + maxBackoff());
        }
        minInterval().ifPresent(d -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("minInterval must not be negative, found " + d);
            }
        });
        baseUrl().ifPresent(u -> {
            if (u.getScheme() == null || u.getHost() == null) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, found " + u);
            }
        });
    }

    private static void positive(String name, Duration d) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, found " + d);
        }
    }

    /** The public services, polite defaults, no cache. */
    public static FetchOptions defaults() {
        return builder().build();
    }

    /** These options with requests sent to {@code baseUrl}. */
    public abstract FetchOptions withBaseUrl(URI baseUrl);

    /** These options with responses cached in {@code cacheDir}. */
    public abstract FetchOptions withCacheDir(Path cacheDir);

    /** These options, fetching again what is cached when {@code refresh}. */
    public abstract FetchOptions withRefresh(boolean refresh);

    /** These options with {@code minInterval} between requests to one host. */
    public abstract FetchOptions withMinInterval(Duration minInterval);

    /** These options with at most {@code maxRetries} retries per request. */
    public abstract FetchOptions withMaxRetries(int maxRetries);

    /** These options with {@code requestTimeout}. */
    public abstract FetchOptions withRequestTimeout(Duration requestTimeout);

    /** These options with {@code pageSize} records asked for per request. */
    public abstract FetchOptions withPageSize(int pageSize);

    /** These options with {@code clock}. */
    public abstract FetchOptions withClock(Clock clock);

    /** These options reading responses with {@code parseOptions}. */
    public abstract FetchOptions withParseOptions(ParseOptions parseOptions);

    /** These options reporting progress to {@code listener}. */
    public abstract FetchOptions withListener(FetchListener listener);

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link FetchOptions}. */
    public static final class Builder extends ImmutableFetchOptions.Builder {}
}
