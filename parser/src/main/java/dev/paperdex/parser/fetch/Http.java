package dev.paperdex.parser.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET with the JDK client: User-Agent, gzip, timeouts, the per-host rate limit, and retries with
 * exponential backoff and jitter on 429, 5xx, connection errors and timeouts, a {@code Retry-After}
 * taking the place of the computed wait.
 */
final class Http {
    private static final Logger LOG = LoggerFactory.getLogger(Http.class);

    private final HttpClient client;
    private final FetchOptions options;
    private final RateLimiter limiter;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;

    Http(
            FetchOptions options,
            Duration minInterval,
            Sleeper sleeper,
            Optional<ProxySelector> proxy,
            DoubleSupplier random) {
        this.options = options;
        this.sleeper = sleeper;
        this.clock = options.clock();
        this.random = random;
        this.limiter = new RateLimiter(clock, sleeper, minInterval);
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        proxy.ifPresent(builder::proxy);
        this.client = builder.build();
    }

    HttpClient client() {
        return client;
    }

    /** The body of {@code uri}'s 2xx response, after as many retries as the options allow. */
    Response get(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        String host = uri.getHost() + ":" + uri.getPort();
        int attempts = 0;
        while (true) {
            attempts++;
            int status = 0;
            String problem;
            IOException cause = null;
            Optional<Duration> retryAfter = Optional.empty();
            try {
                limiter.acquire(host);
                HttpResponse<byte[]> response = send(request);
                status = response.statusCode();
                if (status >= 200 && status < 300) {
                    byte[] body = decode(response);
                    return new Response(
                            uri,
                            status,
                            response.headers().firstValue("Content-Type"),
                            body,
                            clock.instant(),
                            false,
                            attempts);
                }
                problem = "HTTP " + status + snippet(response.body());
                if (!retried(status)) {
                    throw new FetchException(uri, status, attempts, "GET " + uri + " failed: " + problem, null);
                }
                retryAfter = response.headers().firstValue("Retry-After").flatMap(v -> retryAfter(v, clock));
            } catch (HttpTimeoutException e) {
                problem = "no complete response within "
                        + options.requestTimeout().toMillis() + " ms";
                cause = e;
            } catch (FetchException e) {
                throw e;
            } catch (IOException e) {
                problem = "connection error: " + e;
                cause = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(uri);
            }
            if (attempts > options.maxRetries()) {
                throw new FetchException(
                        uri,
                        status,
                        attempts,
                        "GET " + uri + " failed after " + attempts + " attempts: " + problem,
                        cause);
            }
            Duration wait = retryAfter.isPresent() ? capped(retryAfter.get()) : backoff(attempts);
            LOG.debug("GET {}: {}; retrying in {} ms", uri, problem, wait.toMillis());
            if (retryAfter.isPresent()) {
                limiter.delay(host, wait);
            } else {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw interrupted(uri);
                }
            }
        }
    }

    /**
     * Sends {@code request} and waits for the whole response, body included, at most the request
     * timeout: the JDK client's own timeout ends when the headers arrive, and a body that stops
     * coming would otherwise hold the call until the server gives up.
     */
    private HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<byte[]>> pending =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return pending.get(options.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new HttpTimeoutException("no complete response within " + options.requestTimeout());
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(cause);
        }
    }

    /** The wait before retry {@code attempt} (1-based): doubling from the initial backoff, capped, less up to half of jitter. */
    Duration backoff(int attempt) {
        long base = options.initialBackoff().toMillis();
        long max = options.maxBackoff().toMillis();
        long d = base;
        for (int i = 1; i < attempt && d < max; i++) {
            d *= 2;
        }
        d = Math.min(d, max);
        return Duration.ofMillis(d - (long) (random.getAsDouble() * (d / 2)));
    }

    private Duration capped(Duration d) {
        return d.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : d;
    }

    /** 429 and the 5xx that say "later": the rest are the request's fault and are not tried again. */
    static boolean retried(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /** A {@code Retry-After} value: delay-seconds, or an HTTP-date. */
    static Optional<Duration> retryAfter(String value, Clock clock) {
        String v = value.trim();
        if (!v.isEmpty() && v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return v.length() > 9 ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static byte[] decode(HttpResponse<byte[]> response) throws IOException {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("");
        if (encoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return in.readAllBytes();
            }
        }
        return response.body();
    }

    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String s = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8).strip();
        s = s.replaceAll("\\s+", " ");
        return s.isEmpty() ? "" : ": " + (s.length() > 120 ? s.substring(0, 120) + "..." : s);
    }

    private static InterruptedIOException interrupted(URI uri) {
        return new InterruptedIOException("interrupted while fetching " + uri);
    }
}
