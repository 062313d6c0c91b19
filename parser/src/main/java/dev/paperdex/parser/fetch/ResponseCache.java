package dev.paperdex.parser.fetch;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * A directory of response bodies keyed by the SHA-256 of their URL: {@code <key>.body} holds the
 * decoded body, {@code <key>.properties} the URL, the fetch time and the status. The metadata file
 * is written last, after the body is in place, so an entry without it (a run killed mid-write) is
 * treated as missing.
 */
final class ResponseCache {
    private final Path dir;
    private final Clock clock;

    ResponseCache(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    /** The cached response for {@code uri}, when there is one no older than {@code maxAge}. */
    Optional<Response> get(URI uri, Optional<Duration> maxAge) throws IOException {
        String key = key(uri);
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(key + ".properties"), StandardCharsets.UTF_8)) {
            meta.load(in);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (!uri.toString().equals(meta.getProperty("url"))) {
            return Optional.empty();
        }
        Instant fetchedAt;
        int status;
        try {
            fetchedAt = Instant.parse(meta.getProperty("fetchedAt", ""));
            status = Integer.parseInt(meta.getProperty("status", ""));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty(); // a damaged entry is fetched again
        }
        if (maxAge.isPresent() && fetchedAt.plus(maxAge.get()).isBefore(clock.instant())) {
            return Optional.empty();
        }
        byte[] body;
        try {
            body = Files.readAllBytes(dir.resolve(key + ".body"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        return Optional.of(new Response(
                uri, status, Optional.ofNullable(meta.getProperty("contentType")), body, fetchedAt, true, 0));
    }

    /** Stores {@code response}, replacing what was cached for its URL. */
    void put(Response response) throws IOException {
        Files.createDirectories(dir);
        String key = key(response.uri());
        Path body = dir.resolve(key + ".body");
        Path meta = dir.resolve(key + ".properties");
        Files.deleteIfExists(meta);
        Path tmp = Files.createTempFile(dir, key, ".tmp");
        Files.write(tmp, response.body());
        move(tmp, body);
        Properties p = new Properties();
        p.setProperty("url", response.uri().toString());
        p.setProperty("fetchedAt", response.fetchedAt().toString());
        p.setProperty("status", Integer.toString(response.status()));
        response.contentType().ifPresent(t -> p.setProperty("contentType", t));
        Path tmpMeta = Files.createTempFile(dir, key, ".tmp");
        try (Writer out = Files.newBufferedWriter(tmpMeta, StandardCharsets.UTF_8)) {
            p.store(out, null);
        }
        move(tmpMeta, meta);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file name stem of {@code uri}'s entry. */
    static String key(URI uri) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(uri.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
