package dev.paperdex.parser;

import dev.paperdex.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test inputs from the classpath, and helpers to read them fully. */
final class Samples {
    private Samples() {}

    /** The classpath resource {@code path} (no leading slash) as UTF-8 text. */
    static String text(String path) {
        try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classpath resource {@code path} as a reader. */
    static Reader reader(String path) {
        InputStream in = Samples.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /** The file name part of a resource path. */
    static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A reader's stream function, e.g. {@code HfApiReader::stream}. */
    interface StreamFunction {
        Stream<Paper> stream(Reader in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> d);
    }

    /** Reads {@code text} fully with {@code reader}, leniently unless {@code options} say otherwise. */
    static ParseResult read(StreamFunction reader, String text, String name, ParseOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (Stream<Paper> s = reader.stream(new StringReader(text), name, options, diagnostics::add)) {
            return ParseResult.of(s.collect(Collectors.toList()), diagnostics);
        }
    }

    /** Lenient options without metric extraction, so expected values do not depend on the extractor. */
    static ParseOptions noMetrics() {
        return ParseOptions.builder().analyze(false).build();
    }
}
