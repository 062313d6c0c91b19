package dev.paperdex.parser.fetch;

import java.io.IOException;
import java.net.URI;
import java.util.OptionalInt;

/**
 * A request that failed for good: a status that is not retried (404, 400, ...), or retries used up
 * on a 429, a 5xx, a connection error or a timeout. Streams throw it wrapped in an {@link
 * java.io.UncheckedIOException}, as the readers do with I/O errors; what was read before it stays
 * read, and what was cached stays cached.
 */
public final class FetchException extends IOException {
    private static final long serialVersionUID = 1L;

    private final URI uri;
    private final int status;
    private final int attempts;

    FetchException(URI uri, int status, int attempts, String message, Throwable cause) {
        super(message, cause);
        this.uri = uri;
        this.status = status;
        this.attempts = attempts;
    }

    /** The URL requested. */
    public URI uri() {
        return uri;
    }

    /** The HTTP status of the last attempt; absent when it got no response (connection error, timeout). */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    /** How many attempts were made. */
    public int attempts() {
        return attempts;
    }
}
