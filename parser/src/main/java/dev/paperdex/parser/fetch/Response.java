package dev.paperdex.parser.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * A successful response body, decoded, with where and when it was fetched; {@code fromCache} when
 * it was read from the cache (then {@code attempts} is 0), else how many requests it took.
 */
record Response(
        URI uri,
        int status,
        Optional<String> contentType,
        byte[] body,
        Instant fetchedAt,
        boolean fromCache,
        int attempts) {}
