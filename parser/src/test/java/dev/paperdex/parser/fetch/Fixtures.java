package dev.paperdex.parser.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Paper;
import dev.paperdex.parser.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Fixtures from the classpath, and fetchers that can reach only the test server. */
final class Fixtures {
    private Fixtures() {}

    static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] daily(String date) {
        return bytes("samples/hf/daily_papers-" + date + ".json");
    }

    /** Options aimed at {@code server}, on {@code time}, without rate limit unless a test sets one. */
    static FetchOptions options(TestServer server, FakeTime time) {
        return FetchOptions.builder()
                .baseUrl(server.base())
                .clock(time)
                .minInterval(java.time.Duration.ZERO)
                .build();
    }

    /** A fetcher with the loopback guard, the fake sleeper and jitter fixed at half. */
    static HfFetcher hf(FetchOptions options, FakeTime time, LoopbackOnly guard) {
        checkLocal(options);
        return HfFetcher.create(options, time, guard, () -> 0.5);
    }

    static ArxivFetcher arxiv(FetchOptions options, FakeTime time, LoopbackOnly guard) {
        checkLocal(options);
        return ArxivFetcher.create(options, time, guard, () -> 0.5);
    }

    private static void checkLocal(FetchOptions options) {
        URI base =
                options.baseUrl().orElseThrow(() -> new AssertionError("a test fetcher needs the test server's URL"));
        assertThat(LoopbackOnly.isLoopback(base.getHost()))
                .as("base URL %s", base)
                .isTrue();
    }

    /** Every paper of {@code stream}, closed after. */
    static List<Paper> all(Stream<Paper> stream) {
        try (Stream<Paper> s = stream) {
            return s.toList();
        }
    }

    /** Collects diagnostics. */
    static final class Diagnostics implements Consumer<Diagnostic> {
        final List<Diagnostic> list = new ArrayList<>();

        @Override
        public void accept(Diagnostic d) {
            list.add(d);
        }
    }
}
