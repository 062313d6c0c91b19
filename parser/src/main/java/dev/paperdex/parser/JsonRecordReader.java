package dev.paperdex.parser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperdex.Paper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * The record walk shared by the readers of the arXiv snapshot and OpenAlex: either one JSON object
 * per line (a bad line is one {@link ProblemCode#BAD_JSON} diagnostic and the next line is read on),
 * or pages whose {@code results} array holds the records (malformed JSON ends the input, as in
 * {@link HfApiReader}). A subclass maps one record object to a paper.
 */
abstract class JsonRecordReader extends Spliterators.AbstractSpliterator<Paper> {
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private enum State {
        OUTSIDE,
        IN_PAGE,
        IN_RESULTS
    }

    private final BufferedReader in;
    private final boolean pages;
    final String sourceName;
    final ParseOptions options;
    final DiagnosticSink sink;
    /** The parser of the current line (line mode) or of the whole input (page mode). */
    JsonParser parser;
    /** The input line of the parser's line 1. */
    private long lineBase = 1;

    private long lineNumber;
    private State state = State.OUTSIDE;
    private boolean done;

    JsonRecordReader(BufferedReader in, boolean pages, String sourceName, ParseOptions options, DiagnosticSink sink) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.in = in;
        this.pages = pages;
        this.sourceName = sourceName;
        this.options = options;
        this.sink = sink;
    }

    /** Maps the object whose START_OBJECT is the current token, reading up to its END_OBJECT. */
    abstract Optional<Paper> record(JsonLocation start) throws IOException;

    @Override
    public final boolean tryAdvance(Consumer<? super Paper> action) {
        if (done) {
            return false;
        }
        try {
            Optional<Paper> next = pages ? nextInPages() : nextLine();
            if (next.isEmpty()) {
                done = true;
                return false;
            }
            action.accept(next.get());
            return true;
        } catch (IOException e) {
            done = true;
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            done = true;
            throw e;
        }
    }

    /** The next record of the line-per-record input, or empty at its end. */
    private Optional<Paper> nextLine() throws IOException {
        while (true) {
            String text = in.readLine();
            if (text == null) {
                return Optional.empty();
            }
            lineNumber++;
            if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            lineBase = lineNumber;
            try (JsonParser p = FACTORY.createParser(text)) {
                parser = p;
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_OBJECT) {
                    badLine("expected a JSON object at " + position(p.currentTokenLocation()) + ", found '"
                            + Diagnostic.printable(text) + "'");
                    continue;
                }
                Optional<Paper> paper = record(p.currentTokenLocation());
                JsonToken after = p.nextToken();
                if (after != null) {
                    badLine("expected one JSON object on line " + lineNumber + ", found more after it at "
                            + position(p.currentTokenLocation()));
                    continue;
                }
                if (paper.isPresent()) {
                    return paper;
                }
            } catch (JsonProcessingException e) {
                reportBadJson(e);
            }
        }
    }

    private void badLine(String message) {
        SourcePosition at = position(parser.currentTokenLocation());
        sink.report(Diagnostic.of(sourceName, at, ProblemCode.BAD_JSON, message));
    }

    /** The next record of a sequence of pages, or empty at the end of input or at malformed JSON. */
    private Optional<Paper> nextInPages() throws IOException {
        if (parser == null) {
            parser = FACTORY.createParser(in);
        }
        try {
            while (true) {
                JsonToken t = parser.nextToken();
                if (t == null) {
                    return Optional.empty();
                }
                switch (state) {
                    case OUTSIDE -> {
                        if (t == JsonToken.START_OBJECT) {
                            state = State.IN_PAGE;
                        } else {
                            wrongType("a page (a JSON object with \"results\")", "page", t);
                        }
                    }
                    case IN_PAGE -> {
                        if (t == JsonToken.END_OBJECT) {
                            state = State.OUTSIDE;
                        } else if (t == JsonToken.FIELD_NAME
                                && parser.currentName().equals("results")) {
                            JsonToken v = parser.nextToken();
                            if (v == JsonToken.START_ARRAY) {
                                state = State.IN_RESULTS;
                            } else if (v != JsonToken.VALUE_NULL) {
                                wrongType("an array of records", "results", v);
                            }
                        } else {
                            parser.nextToken();
                            parser.skipChildren();
                        }
                    }
                    case IN_RESULTS -> {
                        if (t == JsonToken.END_ARRAY) {
                            state = State.IN_PAGE;
                        } else if (t == JsonToken.START_OBJECT) {
                            Optional<Paper> paper = record(parser.currentTokenLocation());
                            if (paper.isPresent()) {
                                return paper;
                            }
                        } else {
                            wrongType("a record (a JSON object)", "results[]", t);
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            reportBadJson(e);
            return Optional.empty();
        }
    }

    private void reportBadJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        int nl = message.indexOf('\n');
        sink.report(Diagnostic.of(
                sourceName,
                position(at),
                ProblemCode.BAD_JSON,
                "expected well-formed JSON at " + position(at) + ", found: "
                        + (nl >= 0 ? message.substring(0, nl) : message)));
    }

    /** Closes the input. */
    final void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The position of a parser location in the whole input. */
    final SourcePosition position(JsonLocation at) {
        return JsonXmlText.position(lineBase + Math.max(1, at.getLineNr()) - 1, at.getColumnNr(), at.getCharOffset());
    }

    /** The input line of a parser location. */
    final int line(JsonLocation at) {
        return (int) Math.min(Integer.MAX_VALUE, lineBase + Math.max(1, at.getLineNr()) - 1);
    }

    /** The string value of field {@code name}, or {@code null} when null or of the wrong type (reported). */
    final String string(String name, JsonToken v) throws IOException {
        if (v == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (v != JsonToken.VALUE_NULL) {
            wrongType("a string", name, v);
        }
        return null;
    }

    /** Whether {@code v} starts a value of the expected structure; reports and skips it when not. */
    final boolean expect(JsonToken expected, String what, String name, JsonToken v) throws IOException {
        if (v == expected) {
            return true;
        }
        if (v != JsonToken.VALUE_NULL) {
            wrongType(what, name, v);
        }
        return false;
    }

    /** Reports a value of the wrong type at the current token and skips it. */
    final void wrongType(String expected, String name, JsonToken found) throws IOException {
        JsonXmlText.wrongType(parser, sink, sourceName, position(parser.currentTokenLocation()), expected, name, found);
    }

    /** Reports a record without a field it must have. */
    final void missing(String field, JsonLocation start) {
        SourcePosition at = position(start);
        sink.report(Diagnostic.of(
                sourceName,
                at,
                ProblemCode.MISSING_FIELD,
                "expected a \"" + field + "\" in the record starting at " + at + ", found none"));
    }

    /** Reports an unreadable date. */
    final void badDate(String expected, String field, JsonLocation where, String found) {
        SourcePosition at = position(where);
        sink.report(Diagnostic.of(
                sourceName,
                at,
                ProblemCode.BAD_DATE,
                "expected " + expected + " for \"" + field + "\" at " + at + ", found '" + found + "'",
                found));
    }

    /** Folded text, or {@code null} when absent or blank. */
    static String fold(String s) {
        if (s == null) {
            return null;
        }
        String f = JsonXmlText.fold(s);
        return f.isEmpty() ? null : f;
    }
}
