package dev.paperdex.parser.fetch;

/**
 * Hears how a fetch is going, e.g. to drive a progress bar: called after each response (from the
 * network or the cache) and after each record, on the thread that consumes the stream.
 */
@FunctionalInterface
public interface FetchListener {
    /** A listener that does nothing. */
    FetchListener NONE = progress -> {};

    /** The counts so far of the stream being consumed. */
    void onProgress(FetchProgress progress);
}
