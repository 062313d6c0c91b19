package dev.paperdex.parser.fetch;

import java.time.Duration;

/** Waits; tests pass one that moves a fake clock instead of sleeping. */
@FunctionalInterface
interface Sleeper {
    /** The real one. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));

    void sleep(Duration duration) throws InterruptedException;
}
