package dev.paperdex.parser;

import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the text copy of Hugging Face "Daily Papers" listing and search pages.
 *
 * <h2>Grammar</h2>
 *
 * Blank lines separate blocks; line ends may be LF, CRLF or CR; tabs, no-break spaces and runs of
 * spaces fold into one space.
 *
 * <pre>
 * listing  = { header | card }
 * header   = [ "new" ] "Get trending papers in your email inbox!" { "Subscribe" | "Daily Papers"
 *            | "byAK and the research community" } [ day ]
 * card     = title abstract [ meta ]
 * title    = one line
 * abstract = one or more consecutive lines (joined with a space)
 * meta     = ( "• " count " author" [ "s" ] | [ "• " ] team ) [ "·" date ]   (team only before "·")
 *          | "·" date
 * date     = month " " day [ ", " year ] [ " " comments ]     e.g. "Jun 5 1", "Aug 8, 2023"
 * day      = month " " day                                    the listing day, e.g. "Dec 9"
 * </pre>
 *
 * <p>A date without a year takes the listing's year ({@link ParseOptions#year()}, else the current
 * year), or the year before when it would fall after the listing day. The header may appear again
 * mid-file (several page copies concatenated). A card whose title has no abstract is reported as
 * {@link ProblemCode#MISSING_ABSTRACT}; a metadata group cut before its date keeps what it has and
 * is reported as {@link ProblemCode#TRUNCATED_METADATA}; an impossible date is {@link
 * ProblemCode#BAD_DATE} and the card is kept without a date.
 */
public final class ListingParser {
    private ListingParser() {}

    /**
     * Streams the papers of a listing, one card in memory at a time; diagnostics go to {@code
     * diagnostics} as found (in strict mode the first one is thrown as {@link
     * PaperFormatException}). The reader is closed when the stream is.
     */
    public static Stream<Paper> stream(
            Reader in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics) {
        return stream(new ListingLines(in), in, sourceName, options, diagnostics);
    }

    /** The same over UTF-8 bytes, decoded a line at a time (what {@link Papers} uses for files). */
    static Stream<Paper> stream(
            InputStream in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics) {
        return stream(new Utf8ListingLines(in), in, sourceName, options, diagnostics);
    }

    private static Stream<Paper> stream(
            LineSource lines,
            java.io.Closeable in,
            String sourceName,
            ParseOptions options,
            Consumer<? super Diagnostic> diagnostics) {
        Cards cards = new Cards(lines, sourceName, options, new DiagnosticSink(options.strict(), diagnostics));
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(cards, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    static final String BULLET = "•";
    static final String DOT = "·";
    private static final String HEADER_NEW = "new";
    private static final String HEADER_TRENDING = "Get trending papers in your email inbox!";
    private static final String[] HEADER_LINES = {"Subscribe", "Daily Papers", "byAK and the research community"};
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    /** The card-by-card iterator. */
    private static final class Cards implements Iterator<Paper> {
        private final LineSource lines;
        private final String sourceName;
        private final ParseOptions options;
        private final DiagnosticSink sink;
        private final Deque<ListingLines.Line> ahead = new ArrayDeque<>(3);
        private final int year;
        private LocalDate listingDay;
        private Paper next;
        private boolean done;

        Cards(LineSource lines, String sourceName, ParseOptions options, DiagnosticSink sink) {
            this.lines = lines;
            this.sourceName = sourceName;
            this.options = options;
            this.sink = sink;
            this.year = options.year().orElseGet(() -> Year.now().getValue());
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    next = readCard();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                done = next == null;
            }
            return next != null;
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

        private ListingLines.Line peek(int i) throws IOException {
            while (ahead.size() <= i) {
                ListingLines.Line l = lines.next();
                if (l == null) {
                    return null;
                }
                if (l.cut()) {
                    report(
                            l,
                            ProblemCode.UNEXPECTED_LINE,
                            "expected a line of at most " + ListingLines.MAX_LINE
                                    + " characters, found a longer one (cut)",
                            l.text());
                }
                ahead.addLast(l);
            }
            int k = 0;
            for (ListingLines.Line l : ahead) {
                if (k++ == i) {
                    return l;
                }
            }
            throw new AssertionError();
        }

        private ListingLines.Line take() throws IOException {
            ListingLines.Line l = peek(0);
            if (l != null) {
                ahead.removeFirst();
            }
            return l;
        }

        private Paper readCard() throws IOException {
            while (true) {
                ListingLines.Line title = take();
                if (title == null) {
                    return null;
                }
                if (startsHeader(title)) {
                    readHeader(title);
                    continue;
                }
                if (isMetaStart(title.text())) {
                    report(
                            title,
                            ProblemCode.UNEXPECTED_LINE,
                            "expected a paper title, found a metadata line",
                            title.text());
                    skipMeta(title);
                    continue;
                }
                ListingLines.Line first = peek(0);
                if (first == null || startsHeader(first) || isMetaStart(first.text())) {
                    report(
                            title,
                            ProblemCode.MISSING_ABSTRACT,
                            "expected an abstract after the title '" + Diagnostic.printable(title.text()) + "', found "
                                    + (first == null
                                            ? "the end of input"
                                            : "'" + Diagnostic.printable(first.text()) + "'"),
                            title.text());
                    if (first != null && isMetaStart(first.text())) {
                        skipMeta(take());
                    }
                    continue;
                }
                take();
                String abs = first.text();
                ListingLines.Line more = peek(0);
                if (more != null && !more.blankBefore() && !isMetaStart(more.text()) && !startsHeader(more)) {
                    StringBuilder joined = new StringBuilder(abs);
                    do {
                        joined.append(' ').append(take().text());
                    } while ((more = peek(0)) != null
                            && !more.blankBefore()
                            && !isMetaStart(more.text())
                            && !startsHeader(more));
                    abs = joined.toString();
                }
                return card(title, abs);
            }
        }

        private Paper card(ListingLines.Line title, String abstractText) throws IOException {
            Paper.Builder b = Paper.builder()
                    .title(title.text())
                    .abstractText(abstractText)
                    .source(Source.of(sourceName, title.number(), SourceKind.LISTING));
            ReaderAnalysis.analyze(b, title.text(), abstractText, options, List.of());
            readMeta(b);
            return b.build();
        }

        /** The optional metadata group after an abstract. */
        private void readMeta(Paper.Builder b) throws IOException {
            ListingLines.Line l1 = peek(0);
            if (l1 == null) {
                return;
            }
            String t = l1.text();
            ListingLines.Line owner;
            if (t.startsWith(BULLET)) {
                take();
                owner = l1;
                readOwner(b, l1, t.substring(BULLET.length()).trim());
            } else if (t.equals(DOT)) {
                owner = null;
            } else {
                ListingLines.Line l2 = peek(1);
                if (l2 == null || !l2.text().equals(DOT)) {
                    return; // no metadata: l1 is the next title
                }
                take();
                owner = l1;
                b.team(t);
            }
            ListingLines.Line dot = peek(0);
            if (dot == null || !dot.text().equals(DOT)) {
                ListingLines.Line at = owner;
                report(
                        at,
                        ProblemCode.TRUNCATED_METADATA,
                        "expected '" + DOT + "' and a date after '" + Diagnostic.printable(at.text()) + "', found "
                                + (dot == null ? "the end of input" : "'" + Diagnostic.printable(dot.text()) + "'"),
                        at.text());
                return;
            }
            take();
            ListingLines.Line date = peek(0);
            if (date == null || !startsWithMonth(date.text())) {
                report(
                        dot,
                        ProblemCode.TRUNCATED_METADATA,
                        "expected a date after '" + DOT + "' at line " + dot.number() + ", found "
                                + (date == null ? "the end of input" : "'" + Diagnostic.printable(date.text()) + "'"),
                        date == null ? DOT : date.text());
                return;
            }
            take();
            readDate(b, dot, date);
        }

        private void readOwner(Paper.Builder b, ListingLines.Line line, String text) {
            int sp = text.indexOf(' ');
            String word = sp < 0 ? "" : text.substring(sp + 1);
            if (word.equals("authors") || word.equals("author")) {
                String num = text.substring(0, sp);
                int n = parseCount(num);
                if (n >= 1) {
                    b.authorCount(n);
                } else {
                    report(
                            line,
                            ProblemCode.BAD_AUTHOR_COUNT,
                            "expected a positive author count after '" + BULLET + "', found '"
                                    + Diagnostic.printable(num) + "'",
                            line.text());
                }
            } else if (!text.isEmpty()) {
                b.team(text);
            }
        }

        private void readDate(Paper.Builder b, ListingLines.Line dot, ListingLines.Line line) {
            String t = line.text();
            Cursor c = new Cursor(t);
            int month = c.month();
            c.space();
            int day = c.digits(2);
            OptionalInt year = OptionalInt.empty();
            int dateEnd = c.pos;
            if (c.peek() == ',') {
                c.pos++;
                c.space();
                int y = c.digits(4);
                if (y >= 0) {
                    year = OptionalInt.of(y);
                    dateEnd = c.pos;
                }
            }
            LocalDate date = null;
            if (month >= 1 && day >= 0 && (c.atEnd() || c.peek() == ' ')) {
                try {
                    date = resolve(month, day, year);
                } catch (DateTimeException e) {
                    date = null;
                }
            }
            if (date == null) {
                report(
                        line,
                        ProblemCode.BAD_DATE,
                        "expected a date after '" + DOT + "' at line " + line.number() + ", column " + line.column()
                                + ", found '" + Diagnostic.printable(t) + "'",
                        t);
                return;
            }
            b.date(date).dateText(t.substring(0, dateEnd));
            if (c.atEnd()) {
                return;
            }
            c.space();
            int countStart = c.pos;
            int comments = c.digits(9);
            if (comments >= 0) {
                b.commentCount(comments);
            }
            if (!c.atEnd()) {
                int col = line.column() + (comments >= 0 ? c.pos : countStart);
                String rest = t.substring(comments >= 0 ? c.pos : countStart);
                sink.report(Diagnostic.of(
                        sourceName,
                        SourcePosition.of(line.number(), col, line.offset() + col - 1),
                        ProblemCode.UNEXPECTED_LINE,
                        "expected the end of the line after the date '" + t.substring(0, dateEnd) + "', found '"
                                + Diagnostic.printable(rest) + "'",
                        rest));
            }
        }

        private LocalDate resolve(int month, int day, OptionalInt writtenYear) {
            if (writtenYear.isPresent()) {
                return LocalDate.of(writtenYear.getAsInt(), month, day);
            }
            int y = listingDay != null ? listingDay.getYear() : year;
            LocalDate candidate;
            try {
                candidate = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                candidate = LocalDate.of(y - 1, month, day); // Feb 29 of the year before
            }
            LocalDate limit = listingDay != null ? listingDay : options.year().isPresent() ? null : LocalDate.now();
            if (limit != null && candidate.isAfter(limit)) {
                candidate = LocalDate.of(candidate.getYear() - 1, month, day);
            }
            return candidate;
        }

        private void readHeader(ListingLines.Line first) throws IOException {
            if (first.text().equals(HEADER_NEW)) {
                take(); // the trending line, checked by startsHeader
            }
            ListingLines.Line l;
            while ((l = peek(0)) != null && isHeaderLine(l.text())) {
                take();
            }
            l = peek(0);
            if (l != null && isListingDay(l.text())) {
                take();
                Cursor c = new Cursor(l.text());
                int month = c.month();
                c.space();
                int day = c.digits(2);
                try {
                    LocalDate d = LocalDate.of(year, month, day);
                    listingDay = d;
                } catch (DateTimeException e) {
                    report(
                            l,
                            ProblemCode.BAD_HEADER,
                            "expected the listing day after the page header, found '" + Diagnostic.printable(l.text())
                                    + "'",
                            l.text());
                }
            }
        }

        private boolean startsHeader(ListingLines.Line l) throws IOException {
            if (l.text().equals(HEADER_TRENDING)) {
                return true;
            }
            if (l.text().equals(HEADER_NEW)) {
                ListingLines.Line n = peekAfter(l);
                return n != null && n.text().equals(HEADER_TRENDING);
            }
            return false;
        }

        /** The line after {@code l}, where {@code l} is either taken just now or the head of the queue. */
        private ListingLines.Line peekAfter(ListingLines.Line l) throws IOException {
            ListingLines.Line head = peek(0);
            if (head == l) {
                return peek(1);
            }
            return head;
        }

        private void skipMeta(ListingLines.Line first) throws IOException {
            ListingLines.Line l = first;
            if (l.text().startsWith(BULLET)) {
                ListingLines.Line n = peek(0);
                if (n == null || !n.text().equals(DOT)) {
                    return;
                }
                l = take();
            }
            if (l.text().equals(DOT)) {
                ListingLines.Line d = peek(0);
                if (d != null && startsWithMonth(d.text())) {
                    take();
                }
            }
        }

        private void report(ListingLines.Line at, ProblemCode code, String message, String found) {
            sink.report(Diagnostic.of(
                    sourceName,
                    SourcePosition.of(at.number(), at.column(), at.offset() + at.column() - 1),
                    code,
                    message,
                    found));
        }
    }

    static boolean isMetaStart(String t) {
        return t.startsWith(BULLET) || t.equals(DOT);
    }

    private static boolean isHeaderLine(String t) {
        for (String h : HEADER_LINES) {
            if (h.equals(t)) {
                return true;
            }
        }
        return t.equals(HEADER_TRENDING);
    }

    /** {@code Mon D} and nothing else. */
    static boolean isListingDay(String t) {
        Cursor c = new Cursor(t);
        if (c.month() < 1) {
            return false;
        }
        c.space();
        return c.digits(2) >= 1 && c.atEnd();
    }

    static boolean startsWithMonth(String t) {
        Cursor c = new Cursor(t);
        return c.month() >= 1 && c.peek() == ' ';
    }

    private static int parseCount(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    /** A tiny scanner over one line. */
    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s) {
            this.s = s;
        }

        boolean atEnd() {
            return pos >= s.length();
        }

        char peek() {
            return atEnd() ? '\0' : s.charAt(pos);
        }

        void space() {
            while (!atEnd() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        /** A month name (three letters, optionally the full name), 1-12, or -1. */
        int month() {
            int start = pos;
            while (!atEnd() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(start, pos).toLowerCase(java.util.Locale.ROOT);
            if (word.length() >= 3) {
                for (int m = 0; m < 12; m++) {
                    String full = java.time.Month.of(m + 1).name().toLowerCase(java.util.Locale.ROOT);
                    if (word.equals(MONTHS[m]) || word.equals(full) || (m == 8 && word.equals("sept"))) {
                        return m + 1;
                    }
                }
            }
            pos = start;
            return -1;
        }

        /** Up to {@code max} digits as a number, or -1 when there are none. */
        int digits(int max) {
            int start = pos;
            int n = 0;
            while (!atEnd() && pos - start < max && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                n = n * 10 + (s.charAt(pos) - '0');
                pos++;
            }
            return pos == start ? -1 : n;
        }
    }
}
