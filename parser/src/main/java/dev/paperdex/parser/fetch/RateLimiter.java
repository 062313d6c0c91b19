package dev.paperdex.parser.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps at least one interval between the starts of two requests to the same host, on the given
 * clock. Thread-safe: callers for one host queue in the order they asked.
 */
final class RateLimiter {
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration interval;
    private final Map<String, Instant> next = new HashMap<>();

    RateLimiter(Clock clock, Sleeper sleeper, Duration interval) {
        this.clock = clock;
        this.sleeper = sleeper;
        this.interval = interval;
    }

    /** Waits until a request to {@code host} may start, and books the slot after it. */
    void acquire(String host) throws InterruptedException {
        Instant slot;
        synchronized (next) {
            Instant now = clock.instant();
            Instant allowed = next.getOrDefault(host, now);
            slot = allowed.isAfter(now) ? allowed : now;
            next.put(host, slot.plus(interval));
        }
        Duration wait = Duration.between(clock.instant(), slot);
        if (!wait.isNegative() && !wait.isZero()) {
            sleeper.sleep(wait);
        }
    }

    /** Pushes the next slot of {@code host} to at least {@code wait} from now (a server's Retry-After). */
    void delay(String host, Duration wait) {
        synchronized (next) {
            Instant until = clock.instant().plus(wait);
            Instant allowed = next.get(host);
            if (allowed == null || allowed.isBefore(until)) {
                next.put(host, until);
            }
        }
    }
}
