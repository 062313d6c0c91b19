package dev.paperdex.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperdex.Paper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The project's one Jackson configuration: {@code Optional}, {@code OptionalInt} and {@code
 * LocalDate} support, ISO dates, absent optionals omitted, and JSON Lines of papers in and out. To
 * use your own {@code ObjectMapper}, register {@link PaperdexModule} in it instead.
 *
 * <pre>{@code
 * ObjectMapper mapper = PaperdexJson.mapper();
 * String json = mapper.writeValueAsString(paper);
 * Paper back = mapper.readValue(json, Paper.class);
 * }</pre>
 */
public final class PaperdexJson {
    private static final ObjectMapper MAPPER = configure(new ObjectMapper());

    private PaperdexJson() {}

    /** The shared, configured mapper. Do not reconfigure it; call {@link #newMapper()} instead. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A fresh mapper with the project's configuration, for callers who want to change it. */
    public static ObjectMapper newMapper() {
        return configure(new ObjectMapper());
    }

    /**
     * Applies the project's configuration to {@code mapper} and returns it: {@link PaperdexModule},
     * plus mapper-wide settings for the other types it writes (ISO dates, absent optionals left out,
     * unknown fields ignored, the target stream left open).
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new PaperdexModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .setDefaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT));
    }

    /** Writes one value as a line of JSON (no pretty printing) and a {@code \n}. */
    public static void writeLine(Writer out, Object value) throws IOException {
        out.write(MAPPER.writeValueAsString(value));
        out.write('\n');
    }

    /** Writes each paper as one line of JSON. */
    public static void writeLines(Writer out, Iterable<Paper> papers) throws IOException {
        for (Paper p : papers) {
            out.write(MAPPER.writeValueAsString(p));
            out.write('\n');
        }
    }

    /**
     * Streams the papers of a JSON Lines input, one line at a time. Blank lines are skipped. A line
     * that is not a paper surfaces as an {@link UncheckedIOException} whose message names the line;
     * the reader is closed when the stream is.
     */
    public static Stream<Paper> readLines(Reader in) {
        ObjectReader reader = MAPPER.readerFor(Paper.class);
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Iterator<Paper> iterator = new Iterator<>() {
            private Paper next;
            private int lineNumber;

            @Override
            public boolean hasNext() {
                try {
                    String line;
                    while (next == null && (line = lines.readLine()) != null) {
                        lineNumber++;
                        if (!line.isBlank()) {
                            try {
                                next = reader.readValue(line);
                            } catch (JacksonException e) {
                                throw new IOException("line " + lineNumber + ": " + e.getOriginalMessage(), e);
                            }
                        }
                    }
                    return next != null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public Paper next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Paper p = next;
                next = null;
                return p;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
                .onClose(() -> {
                    try {
                        lines.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
