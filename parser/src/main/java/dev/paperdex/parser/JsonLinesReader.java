package dev.paperdex.parser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads paperdex JSON Lines through {@link PaperdexJson#readLines}, turning a bad line (malformed
 * JSON, or a record that breaks an invariant such as a claim's metric index) into a {@link
 * ProblemCode#BAD_JSON} diagnostic with its line, and reading on from the next line.
 */
final class JsonLinesReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonLinesReader() {}

    /**
     * Whether {@code prefix}, the start of an input that begins with {@code {}, is paperdex JSON
     * Lines: its first object has an {@code abstract} key and no {@code paper} or {@code summary} key
     * (the Hugging Face API's names). Keys are read as far as the prefix goes.
     */
    static boolean looksLikePaperdex(String prefix) {
        Set<String> keys = new HashSet<>();
        try (JsonParser p = FACTORY.createParser(prefix)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    keys.add(p.currentName());
                    p.nextToken();
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            // the prefix ends or breaks inside the first object: decide from the keys seen so far
        }
        return keys.contains("abstract") && !keys.contains("paper") && !keys.contains("summary");
    }

    /** The line number of a {@code "line N: ..."} message, or 1. */
    static int lineOf(String message) {
        if (message != null && message.startsWith("line ")) {
            int colon = message.indexOf(':');
            try {
                return Integer.parseInt(message.substring(5, colon < 0 ? message.length() : colon));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return 1;
    }

    /** Streams the papers of paperdex JSON Lines. The reader is closed when the stream is. */
    static Stream<Paper> stream(
            Reader in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics) {
        Stream<Paper> lines = PaperdexJson.readLines(in);
        Iterator<Paper> it = lines.iterator();
        DiagnosticSink sink = new DiagnosticSink(options.strict(), diagnostics);
        Spliterator<Paper> guarded =
                new Spliterators.AbstractSpliterator<Paper>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
                    private boolean done;

                    @Override
                    public boolean tryAdvance(Consumer<? super Paper> action) {
                        // a bad line is one diagnostic; the lines after it are read on
                        while (!done) {
                            try {
                                if (!it.hasNext()) {
                                    done = true;
                                    return false;
                                }
                                action.accept(ReaderAnalysis.ofJsonLine(it.next(), options));
                                return true;
                            } catch (UncheckedIOException e) {
                                // readLines wraps a bad line as IOException("line N: ...") caused by the Jackson
                                // error, and reads on from the next line when asked again
                                IOException io = e.getCause();
                                if (!(io.getCause() instanceof JsonProcessingException bad)) {
                                    throw e;
                                }
                                report(io, bad);
                            }
                        }
                        return false;
                    }

                    private void report(IOException io, JsonProcessingException bad) {
                        int line = lineOf(io.getMessage());
                        JsonLocation at = bad.getLocation();
                        SourcePosition pos = JsonXmlText.position(line, at == null ? 1 : at.getColumnNr(), 0);
                        String message = bad.getOriginalMessage() == null ? "malformed JSON" : bad.getOriginalMessage();
                        int nl = message.indexOf('\n');
                        sink.report(Diagnostic.of(
                                sourceName,
                                pos,
                                ProblemCode.BAD_JSON,
                                "expected a paperdex JSON line at " + pos + ", found: "
                                        + (nl >= 0 ? message.substring(0, nl) : message)));
                    }
                };
        return StreamSupport.stream(guarded, false).onClose(lines::close);
    }
}
