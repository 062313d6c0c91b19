package dev.paperdex.parser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by the JSON and XML readers: white space folding, ISO dates, arXiv ids. */
final class JsonXmlText {
    /** A modern ({@code 2401.01234}) or old-style ({@code hep-th/9901001}) arXiv id, version optional. */
    private static final Pattern ARXIV_ID =
            Pattern.compile("(\\d{4}\\.\\d{4,5}|[a-z][a-z-]*(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?");

    private JsonXmlText() {}

    /** {@code text} with every run of white space turned into one space, and trimmed. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The UTC day of an ISO-8601 time: {@code 2024-07-19T17:59:03.000Z}, {@code
     * 2015-12-26T21:19:45-05:00}; a time without offset or a bare date is taken as UTC.
     */
    static Optional<LocalDate> utcDate(String text) {
        String s = text.trim();
        try {
            return Optional.of(
                    OffsetDateTime.parse(s).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeParseException e) {
            // not with an offset; try the plainer forms
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The arXiv id of {@code text} ({@code 2401.01234v2} gives {@code 2401.01234}), if it is one. */
    static Optional<String> arxivId(String text) {
        Matcher m = ARXIV_ID.matcher(text.trim());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A position from parser coordinates, clamped to what {@link SourcePosition} allows. */
    static SourcePosition position(long line, long column, long offset) {
        return SourcePosition.of(
                (int) Math.max(1, Math.min(line, Integer.MAX_VALUE)),
                (int) Math.max(1, Math.min(column, Integer.MAX_VALUE)),
                Math.max(0, offset));
    }

    /**
     * Reports a value of the wrong type at the parser's current token ({@code at}) as {@link
     * ProblemCode#WRONG_TYPE}, quoting at most the start of it, and skips it.
     */
    static void wrongType(
            JsonParser parser,
            DiagnosticSink sink,
            String sourceName,
            SourcePosition at,
            String expected,
            String name,
            JsonToken found)
            throws IOException {
        String text = switch (found) {
            case START_OBJECT -> "{...}";
            case START_ARRAY -> "[...]";
            default -> parser.getText();
        };
        parser.skipChildren();
        sink.report(Diagnostic.of(
                sourceName,
                at,
                ProblemCode.WRONG_TYPE,
                "expected " + expected + " for \"" + name + "\" at " + at + ", found " + Diagnostic.printable(text),
                text));
    }
}
