package dev.paperdex.parser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperdex.Paper;
import dev.paperdex.analysis.ParallelAnalysis;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads papers from any supported input, choosing the reader from the content: a Hugging Face
 * listing page copied as text, Hugging Face API JSON, arXiv Atom XML, paperdex JSON Lines, arXiv's
 * bulk metadata snapshot, or OpenAlex works (snapshot parts or API pages); any of them gzipped.
 *
 * <pre>{@code
 * ParseResult result = Papers.read(Path.of("seeds/000_ac4d8aa2034e5b5f.txt"),
 *         ParseOptions.defaults().withYear(2025));
 * for (Paper p : result.papers()) {
 *     System.out.println(p.title() + " " + p.authorCount());
 * }
 * }</pre>
 *
 * <p>Lenient calls ({@link #read}, {@link #stream}) return every good record and report every
 * problem as a {@link Diagnostic}; with {@link ParseOptions#strict()} the first problem throws
 * {@link PaperFormatException}. Nothing else is thrown for any content; I/O failures surface as
 * {@link IOException} (or {@link UncheckedIOException} from a stream).
 *
 * <p>Per-record caps keep memory flat on hostile input: an abstract or other text above 64 Ki
 * characters is cut (the listing abstract, JSON string and Atom text caps), a JSON
 * Lines line above 4 Mi characters is skipped, each reported as {@link
 * ProblemCode#RECORD_TOO_LARGE}. Malformed UTF-8 read from bytes is {@link ProblemCode#BAD_ENCODING};
 * a listing with no card-shaped block is {@link ProblemCode#NOT_A_LISTING} and no papers.
 */
public final class Papers {
    private static final Logger LOG = LoggerFactory.getLogger(Papers.class);

    private Papers() {}

    /** Reads a whole file into a list, with every diagnostic. */
    public static ParseResult read(Path path, ParseOptions options) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (Stream<Paper> s = stream(path, options, diagnostics::add)) {
            return ParseResult.of(s.collect(Collectors.toList()), diagnostics);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Reads a whole input into a list, with every diagnostic. */
    public static ParseResult read(Reader in, String sourceName, ParseOptions options) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (Stream<Paper> s = stream(in, sourceName, options, diagnostics::add)) {
            return ParseResult.of(s.collect(Collectors.toList()), diagnostics);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Streams the papers of a file, one record in memory at a time; diagnostics go to {@code
     * diagnostics} as they are found. A gzip file (first bytes {@code 1f 8b}) is read through gzip,
     * whatever its name. Close the stream to close the file.
     */
    public static Stream<Paper> stream(Path path, ParseOptions options, Consumer<? super Diagnostic> diagnostics)
            throws IOException {
        Path name = path.getFileName();
        return stream(
                Files.newInputStream(path), name == null ? path.toString() : name.toString(), options, diagnostics);
    }

    /** Reads a whole byte input (UTF-8, or gzip of it) into a list, with every diagnostic. */
    public static ParseResult read(InputStream in, String sourceName, ParseOptions options) throws IOException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (Stream<Paper> s = stream(in, sourceName, options, diagnostics::add)) {
            return ParseResult.of(s.collect(Collectors.toList()), diagnostics);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Streams the papers of a byte input: UTF-8 text of any supported format, or gzip of it (first
     * bytes {@code 1f 8b}, read through gzip; a corrupt or cut gzip stream ends the input with an
     * {@link ProblemCode#UNREADABLE} diagnostic). The format is detected from the content; bytes that
     * are not UTF-8 are reported as {@link ProblemCode#BAD_ENCODING}. The input is closed when the
     * stream is.
     */
    public static Stream<Paper> stream(
            InputStream raw, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics)
            throws IOException {
        InputStream in = raw;
        try {
            in = Gunzip.ifCompressed(new BufferedInputStream(raw, 1 << 16), sourceName, options, diagnostics);
            // detection decodes as far as it needs; every byte it read is read again by the reader
            Replay.Bytes bytes = new Replay.Bytes(in);
            Format format = Format.detect(new InputStreamReader(bytes, decoder()), bytes::capped);
            InputStream again = new BufferedInputStream(bytes.replay(), 1 << 16);
            if (format == Format.LISTING) {
                // a listing is split and decoded line by line from the bytes
                Tally tally = Tally.start(sourceName, format, diagnostics);
                Consumer<? super Diagnostic> sink = Tally.sink(tally, diagnostics);
                if (options.threads() == 1 || !options.analyze()) {
                    return Tally.watch(tally, ListingParser.stream(again, sourceName, options, sink));
                }
                return Tally.watch(
                        tally,
                        ParallelAnalysis.mapOrdered(
                                ListingParser.stream(again, sourceName, options.withAnalyze(false), sink),
                                ReaderAnalysis::complete,
                                options.threads()));
            }
            Reader reader = new BufferedReader(
                    new Utf8CheckingReader(again, sourceName, new DiagnosticSink(options.strict(), diagnostics)),
                    1 << 16);
            return open(format, reader, sourceName, options, diagnostics);
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Streams the papers of an input, detecting its format from the content. The reader is closed
     * when the stream is.
     */
    public static Stream<Paper> stream(
            Reader in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics)
            throws IOException {
        try {
            Replay.Chars chars = new Replay.Chars(in);
            Format format = Format.detect(chars, chars::capped);
            Reader reader = new BufferedReader(chars.replay(), 1 << 16);
            return open(format, reader, sourceName, options, diagnostics);
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    private static java.nio.charset.CharsetDecoder decoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /**
     * The reader of {@code format} over {@code reader}, which stands at the start of the input; with
     * several {@link ParseOptions#threads()}, the records are read with the analysis off and analysed
     * by a pipeline that keeps their order.
     */
    private static Stream<Paper> open(
            Format format,
            Reader reader,
            String sourceName,
            ParseOptions options,
            Consumer<? super Diagnostic> diagnostics)
            throws IOException {
        Tally tally = Tally.start(sourceName, format, diagnostics);
        Consumer<? super Diagnostic> sink = Tally.sink(tally, diagnostics);
        if (options.threads() == 1 || !options.analyze() || format == Format.EMPTY) {
            return Tally.watch(tally, openReader(format, reader, sourceName, options, sink));
        }
        Stream<Paper> read = openReader(format, reader, sourceName, options.withAnalyze(false), sink);
        Function<Paper, Paper> analysis =
                format == Format.JSON_LINES ? p -> ReaderAnalysis.ofJsonLine(p, options) : ReaderAnalysis::complete;
        return Tally.watch(tally, ParallelAnalysis.mapOrdered(read, analysis, options.threads()));
    }

    private static Stream<Paper> openReader(
            Format format,
            Reader reader,
            String sourceName,
            ParseOptions options,
            Consumer<? super Diagnostic> diagnostics)
            throws IOException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        if (format != Format.LISTING) {
            Format.skipByteOrderMark(buffered);
        }
        return switch (format) {
            case EMPTY -> Stream.<Paper>empty().onClose(() -> closeQuietly(buffered));
            case LISTING -> ListingParser.stream(buffered, sourceName, options, diagnostics);
            case HF_JSON -> HfApiReader.stream(buffered, sourceName, options, diagnostics);
            case JSON_LINES -> JsonLinesReader.stream(buffered, sourceName, options, diagnostics);
            case ARXIV_SNAPSHOT -> ArxivSnapshotReader.stream(buffered, sourceName, options, diagnostics);
            case OPENALEX_WORKS -> OpenAlexReader.stream(buffered, false, sourceName, options, diagnostics);
            case OPENALEX_PAGE -> OpenAlexReader.stream(buffered, true, sourceName, options, diagnostics);
            case ATOM -> {
                int skipped = Format.skipWhiteSpace(buffered);
                yield ArxivAtomReader.stream(buffered, sourceName, options, diagnostics, skipped);
            }
        };
    }

    /**
     * Counts one input's papers and diagnostics for the debug log; made only when debug logging is
     * on, so the normal path has no extra stage.
     */
    private static final class Tally implements Consumer<Diagnostic> {
        private final String name;
        private final Format format;
        private final Consumer<? super Diagnostic> downstream;
        private final long started = System.nanoTime();
        private long papers;
        private long diagnostics;

        private Tally(String name, Format format, Consumer<? super Diagnostic> downstream) {
            this.name = name;
            this.format = format;
            this.downstream = downstream;
        }

        /** A tally, or {@code null} when debug logging is off. */
        static Tally start(String name, Format format, Consumer<? super Diagnostic> downstream) {
            if (!LOG.isDebugEnabled()) {
                return null;
            }
            LOG.debug("{}: format {}", name, format.name().toLowerCase(java.util.Locale.ROOT));
            return new Tally(name, format, downstream);
        }

        static Consumer<? super Diagnostic> sink(Tally tally, Consumer<? super Diagnostic> diagnostics) {
            return tally == null ? diagnostics : tally;
        }

        static Stream<Paper> watch(Tally tally, Stream<Paper> papers) {
            if (tally == null) {
                return papers;
            }
            return papers.peek(p -> tally.papers++).onClose(tally::report);
        }

        @Override
        public void accept(Diagnostic d) {
            diagnostics++;
            downstream.accept(d);
        }

        private void report() {
            LOG.debug(
                    "{}: read {} papers and {} diagnostics as {} in {} ms",
                    name,
                    papers,
                    diagnostics,
                    format.name().toLowerCase(java.util.Locale.ROOT),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The formats {@link #stream} recognises, told apart by the content after a byte order mark and
     * white space: nothing at all is {@link #EMPTY}; {@code <} is {@link #ATOM}; {@code [} is {@link
     * #HF_JSON}; {@code {} is decided by the top-level keys of the first object, scanned with a
     * streaming parser that skips their values (so neither the order of the keys nor the size of the
     * record matters); anything else is a {@link #LISTING}.
     */
    enum Format {
        EMPTY,
        LISTING,
        HF_JSON,
        JSON_LINES,
        ATOM,
        /** arXiv's bulk metadata snapshot: a first object with {@code authors_parsed}, {@code versions}, {@code submitter} or {@code update_date}. */
        ARXIV_SNAPSHOT,
        /** OpenAlex works, one per line: a first object with {@code abstract_inverted_index} or {@code authorships}. */
        OPENALEX_WORKS,
        /** OpenAlex API pages: a first object with {@code results}. */
        OPENALEX_PAGE;

        /**
         * Detects the format of the input {@code reader} holds. Detection reads as far as it needs
         * (at most the first object) and leaves the reader there: callers read the input again from
         * its start ({@link Replay}).
         */
        static Format detect(Reader reader) throws IOException {
            return detect(reader, () -> false);
        }

        /** As {@link #detect(Reader)}, with {@code capped} telling whether the input was cut short. */
        static Format detect(Reader reader, java.util.function.BooleanSupplier capped) throws IOException {
            int c = reader.read();
            if (c == '\uFEFF') {
                c = reader.read();
            }
            while (c >= 0 && Character.isWhitespace(c)) {
                c = reader.read();
            }
            if (c < 0) {
                return EMPTY;
            }
            return switch (c) {
                case '<' -> ATOM;
                case '[' -> HF_JSON;
                case '{' -> ofFirstObject(new Replay.Prefixed('{', reader), capped);
                default -> LISTING;
            };
        }

        /**
         * The format given by the top-level keys of the object {@code reader} starts with. A key that
         * only one format has decides at once; else the whole object is scanned: an {@code abstract}
         * key makes paperdex {@link #JSON_LINES}, anything else {@link #HF_JSON}. Malformed or cut
         * JSON decides from the keys seen before it. A first object longer than {@link Replay#LIMIT}
         * that decided nothing is taken for paperdex {@link #JSON_LINES}: a huge record on one line,
         * which that reader reports and steps over.
         */
        static Format ofFirstObject(Reader reader, java.util.function.BooleanSupplier capped) {
            boolean hasAbstract = false;
            try (JsonParser p = JsonRecordReader.FACTORY.createParser(reader)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    switch (p.currentName()) {
                        case "paper", "summary" -> {
                            return HF_JSON;
                        }
                        case "abstract_inverted_index", "authorships" -> {
                            return OPENALEX_WORKS;
                        }
                        case "results" -> {
                            return OPENALEX_PAGE;
                        }
                        case "authors_parsed", "versions", "submitter", "update_date" -> {
                            return ARXIV_SNAPSHOT;
                        }
                        case "abstract" -> hasAbstract = true;
                        default -> {
                            // a key every format may have
                        }
                    }
                    p.nextToken();
                    p.skipChildren();
                }
            } catch (IOException e) {
                // the input ends or breaks inside the first object: decide from the keys seen so far
            }
            return hasAbstract || capped.getAsBoolean() ? JSON_LINES : HF_JSON;
        }

        /** Skips one leading byte order mark. */
        static void skipByteOrderMark(BufferedReader reader) throws IOException {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        }

        /**
         * Skips leading white space (an XML declaration must come first), returning the number of
         * line breaks skipped so that positions still count from the start of the input.
         */
        static int skipWhiteSpace(Reader reader) throws IOException {
            int lines = 0;
            while (true) {
                reader.mark(1);
                int c = reader.read();
                if (c < 0 || !Character.isWhitespace(c)) {
                    reader.reset();
                    return lines;
                }
                if (c == '\n') {
                    lines++;
                }
            }
        }
    }
}
