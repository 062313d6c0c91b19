package dev.paperdex.parser;

import dev.paperdex.Paper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads papers from any supported input, choosing the reader from the content: a Hugging Face
 * listing page copied as text, Hugging Face API JSON, arXiv Atom XML, or paperdex JSON Lines.
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
     * diagnostics} as they are found. Close the stream to close the file.
     */
    public static Stream<Paper> stream(Path path, ParseOptions options, Consumer<? super Diagnostic> diagnostics)
            throws IOException {
        Path name = path.getFileName();
        return stream(
                Files.newInputStream(path), name == null ? path.toString() : name.toString(), options, diagnostics);
    }

    /**
     * Streams the papers of UTF-8 bytes (a file, standard input, a socket), detecting the format as
     * for a file; bytes that are not UTF-8 are reported as {@link ProblemCode#BAD_ENCODING}. The input
     * is closed when the stream is.
     */
    public static Stream<Paper> stream(
            InputStream bytes, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics)
            throws IOException {
        InputStream in = new BufferedInputStream(bytes, 1 << 16);
        try {
            String name = sourceName;
            // a listing is split and decoded line by line from the bytes; other formats go through
            // a Reader, where their own detection runs again on the same first characters
            in.mark(Format.PEEK);
            byte[] head = in.readNBytes(Format.PEEK);
            in.reset();
            String text = new String(head, StandardCharsets.UTF_8);
            if (Format.detect(text, head.length < Format.PEEK) == Format.LISTING) {
                return ListingParser.stream(in, name, options, diagnostics);
            }
            Reader reader = new BufferedReader(
                    new Utf8CheckingReader(in, name, new DiagnosticSink(options.strict(), diagnostics)), 1 << 16);
            return stream(reader, name, options, diagnostics);
        } catch (RuntimeException | IOException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Streams the papers of an input, detecting its format from the first characters. The reader is
     * closed when the stream is.
     */
    public static Stream<Paper> stream(
            Reader in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics)
            throws IOException {
        Reader reader = in.markSupported() ? in : new BufferedReader(in, 1 << 16);
        Format format = Format.detect(reader);
        return switch (format) {
            case EMPTY -> Stream.<Paper>empty().onClose(() -> closeQuietly(reader));
            case LISTING -> ListingParser.stream(reader, sourceName, options, diagnostics);
            case HF_JSON -> HfApiReader.stream(reader, sourceName, options, diagnostics);
            case JSON_LINES -> JsonLinesReader.stream(reader, sourceName, options, diagnostics);
            case ATOM -> {
                int skipped = Format.skipWhiteSpace(reader);
                yield ArxivAtomReader.stream(reader, sourceName, options, diagnostics, skipped);
            }
        };
    }

    private static void closeQuietly(Reader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The formats {@link #stream} recognises, told apart by the first characters after a byte order
     * mark and white space: nothing at all is {@link #EMPTY}; {@code <} is {@link #ATOM}; {@code [}
     * or {@code {} is {@link #HF_JSON}, unless the first object has an {@code abstract} key and no
     * {@code paper} or {@code summary} key, which makes it paperdex {@link #JSON_LINES}; anything
     * else is a {@link #LISTING}.
     */
    enum Format {
        EMPTY,
        LISTING,
        HF_JSON,
        JSON_LINES,
        ATOM;

        /** How far ahead detection looks: enough for the first paperdex JSON line's keys. */
        static final int PEEK = 1 << 16;

        /**
         * Detects the format of {@code reader}, which must support mark; on return the reader stands
         * at its first character, past a byte order mark if there was one.
         */
        static Format detect(Reader reader) throws IOException {
            reader.mark(1);
            int first = reader.read();
            if (first != '\uFEFF') {
                reader.reset();
            }
            reader.mark(PEEK);
            char[] buf = new char[PEEK];
            int n = 0;
            for (int r; n < PEEK && (r = reader.read(buf, n, PEEK - n)) > 0; ) {
                n += r;
            }
            reader.reset();
            return detect(new String(buf, 0, n), n < PEEK);
        }

        /** Detects the format from the first characters of an input; {@code ended}: they are all of it. */
        static Format detect(String head, boolean ended) {
            int i = head.startsWith("\uFEFF") ? 1 : 0;
            int n = head.length();
            while (i < n && Character.isWhitespace(head.charAt(i))) {
                i++;
            }
            if (i == n) {
                return ended ? EMPTY : LISTING;
            }
            return switch (head.charAt(i)) {
                case '<' -> ATOM;
                case '[' -> HF_JSON;
                case '{' -> JsonLinesReader.looksLikePaperdex(head.substring(i)) ? JSON_LINES : HF_JSON;
                default -> LISTING;
            };
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
