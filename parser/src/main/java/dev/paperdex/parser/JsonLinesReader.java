package dev.paperdex.parser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.paperdex.Link;
import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads paperdex JSON Lines a line at a time with the project's mapper ({@link PaperdexJson}),
 * turning a bad line (malformed JSON, or a record that breaks an invariant such as a claim's metric
 * index) into a {@link ProblemCode#BAD_JSON} diagnostic with its line, and reading on from the next
 * line. A line longer than {@link #MAX_LINE} characters is skipped as {@link
 * ProblemCode#RECORD_TOO_LARGE} without being held in memory; a JSON string longer than {@link
 * JsonStringCap#MAX_STRING} characters is cut there. A record whose analysis has offsets outside its
 * abstract or not matching it is reported as {@link ProblemCode#BAD_SPAN} and analysed again (or,
 * with {@link ParseOptions#analyze()} off, kept without its analysis).
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

    /** The longest line read: 4 Mi characters; a longer line is skipped. */
    static final int MAX_LINE = 1 << 22;

    /** Streams the papers of paperdex JSON Lines. The reader is closed when the stream is. */
    static Stream<Paper> stream(
            Reader in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics) {
        DiagnosticSink sink = new DiagnosticSink(options.strict(), diagnostics);
        Lines lines = new Lines(new JsonStringCap(in, sourceName, sink), sourceName, options, sink);
        return StreamSupport.stream(lines, false).onClose(lines::close);
    }

    /** The line-by-line spliterator. */
    private static final class Lines extends Spliterators.AbstractSpliterator<Paper> {
        private static final ObjectReader READER = PaperdexJson.mapper().readerFor(Paper.class);

        private final Reader in;
        private final String sourceName;
        private final ParseOptions options;
        private final DiagnosticSink sink;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int len;
        private boolean eof;
        private final StringBuilder line = new StringBuilder();
        private int lineNumber;

        Lines(Reader in, String sourceName, ParseOptions options, DiagnosticSink sink) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.in = in;
            this.sourceName = sourceName;
            this.options = options;
            this.sink = sink;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Paper> action) {
            try {
                while (readLine()) {
                    if (line.length() > MAX_LINE) {
                        sink.report(Diagnostic.of(
                                sourceName,
                                SourcePosition.of(lineNumber, 1, 0),
                                ProblemCode.RECORD_TOO_LARGE,
                                "expected a JSON line of at most " + MAX_LINE + " characters at line " + lineNumber
                                        + ", found a longer one (skipped)"));
                        continue;
                    }
                    if (line.toString().isBlank()) {
                        continue;
                    }
                    Paper p = parse();
                    if (p != null) {
                        action.accept(p);
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Paper parse() {
            Paper p;
            try {
                p = READER.readValue(line.toString());
            } catch (JsonProcessingException bad) {
                JsonLocation at = bad.getLocation();
                SourcePosition pos = JsonXmlText.position(lineNumber, at == null ? 1 : at.getColumnNr(), 0);
                String message = bad.getOriginalMessage() == null ? "malformed JSON" : bad.getOriginalMessage();
                int nl = message.indexOf('\n');
                sink.report(Diagnostic.of(
                        sourceName,
                        pos,
                        ProblemCode.BAD_JSON,
                        "expected a paperdex JSON line at " + pos + ", found: "
                                + (nl >= 0 ? message.substring(0, nl) : message)));
                return null;
            }
            if (p == null) {
                return null;
            }
            Optional<String> problem = AnalysisCheck.problem(p);
            if (problem.isPresent()) {
                sink.report(Diagnostic.of(
                        sourceName,
                        SourcePosition.of(lineNumber, 1, 0),
                        ProblemCode.BAD_SPAN,
                        "expected offsets inside the abstract and matching it at line " + lineNumber + ", found "
                                + problem.get() + " (analysis " + (options.analyze() ? "redone" : "dropped") + ")"));
                if (options.analyze()) {
                    return p.withAnalysis();
                }
                List<Link> unplaced = new ArrayList<>();
                for (Link l : p.links()) {
                    if (l.span().isEmpty()) {
                        unplaced.add(l);
                    }
                }
                return Paper.builder()
                        .from(p)
                        .links(MergeLinks.union(MergeLinks.find(p.abstractText()), unplaced))
                        .metrics(List.of())
                        .claims(List.of())
                        .analyzed(false)
                        .build();
            }
            return ReaderAnalysis.ofJsonLine(p, options);
        }

        /**
         * Reads the next line into {@code line}, keeping at most {@link #MAX_LINE} + 1 characters of
         * it (the rest is read and dropped); false at the end of input.
         */
        private boolean readLine() throws IOException {
            line.setLength(0);
            if (!fill()) {
                return false;
            }
            lineNumber++;
            while (fill()) {
                int start = pos;
                while (pos < len && buf[pos] != '\n') {
                    pos++;
                }
                int room = MAX_LINE + 1 - line.length();
                line.append(buf, start, Math.min(pos - start, Math.max(0, room)));
                if (pos < len) {
                    pos++; // the line feed
                    break;
                }
            }
            int n = line.length();
            if (n > 0 && n <= MAX_LINE && line.charAt(n - 1) == '\r') {
                line.setLength(n - 1);
            }
            return true;
        }

        private boolean fill() throws IOException {
            if (pos < len) {
                return true;
            }
            if (eof) {
                return false;
            }
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                eof = true;
                return false;
            }
            return true;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
