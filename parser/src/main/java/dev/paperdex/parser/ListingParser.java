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
import java.util.ArrayList;
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
 *
 * <h2>Damaged input</h2>
 *
 * A title is a short line (at most 300 characters) without a final period; an abstract is a
 * paragraph. A line in a title's place that is a paragraph, a date line, or a short line followed by
 * a title and its abstract (or by a team line and its {@code ·}) is reported as {@link
 * ProblemCode#UNEXPECTED_LINE} and skipped, so one stray line costs at most the card it falls in.
 * An abstract longer than 64 Ki characters is cut there ({@link ProblemCode#RECORD_TOO_LARGE}).
 * Every Unicode space folds into one space. Malformed UTF-8 (byte input) is {@link
 * ProblemCode#BAD_ENCODING}. Until a page header or metadata group is seen, the first eight cards are
 * held back: when most of them are not shaped like listing cards (words in the title, prose in the
 * abstract) the input is one {@link ProblemCode#NOT_A_LISTING} and gives no papers.
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

    /** The longest abstract kept: a longer one is cut there and reported as {@link ProblemCode#RECORD_TOO_LARGE}. */
    static final int MAX_ABSTRACT = 1 << 16;

    /** The longest title line: a longer line in a title's place is a paragraph. */
    static final int MAX_TITLE = 300;

    /** How many cards {@code decide} looks at before it calls an input without header or metadata a listing. */
    static final int DECIDE_CARDS = 8;

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
        // until the input shows it is a listing, cards and problems are held back (see decide)
        private boolean undecided = true;
        private boolean evidence;
        private boolean afterHeader;
        private final List<Diagnostic> pending = new ArrayList<>();
        private final Deque<Paper> heldCards = new ArrayDeque<>();

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
                    next = undecided ? decide() : readCard();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                done = next == null;
            }
            return next != null;
        }

        /**
         * Reads ahead until the input shows it is a listing (a page header, a metadata group, or
         * most of the first {@link #DECIDE_CARDS} cards shaped like listing cards), holding back the
         * cards and problems found so far; an input that does not is one {@link
         * ProblemCode#NOT_A_LISTING} and no papers.
         */
        private Paper decide() throws IOException {
            List<Paper> held = new ArrayList<>();
            int shaped = 0;
            Paper p;
            while (!evidence && held.size() < DECIDE_CARDS && (p = readCard()) != null) {
                held.add(p);
                if (isListingCard(p.title(), p.abstractText())) {
                    shaped++;
                }
            }
            undecided = false;
            if (evidence || held.isEmpty() || 2 * shaped > held.size()) {
                List<Diagnostic> found = List.copyOf(pending);
                pending.clear();
                found.forEach(sink::report);
                heldCards.addAll(held);
                return heldCards.isEmpty() ? readCard() : heldCards.removeFirst();
            }
            pending.clear();
            sink.report(Diagnostic.of(
                    sourceName,
                    SourcePosition.of(1, 1, 0),
                    ProblemCode.NOT_A_LISTING,
                    "expected a listing (cards of a title line and an abstract paragraph, a page header or"
                            + " metadata), found " + (held.size() - shaped) + " of the first " + held.size()
                            + " blocks shaped otherwise",
                    held.get(0).title()));
            return null;
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
                if (l.malformed()) {
                    report(
                            l,
                            ProblemCode.BAD_ENCODING,
                            "expected UTF-8 at line " + l.number() + ", found malformed bytes (read as U+FFFD)",
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
            if (!heldCards.isEmpty()) {
                return heldCards.removeFirst();
            }
            while (true) {
                ListingLines.Line title = take();
                if (title == null) {
                    return null;
                }
                if (startsHeader(title)) {
                    readHeader(title);
                    continue;
                }
                if (isHeaderLine(title.text()) || title.text().equals(HEADER_NEW)) {
                    // a header line out of place (the header was broken up): still the header
                    evidence = true;
                    afterHeader = true;
                    continue;
                }
                if (afterHeader && listingDay == null && isListingDay(title.text())) {
                    readListingDay(title);
                    continue;
                }
                if (isDateLine(title.text())) {
                    report(
                            title,
                            ProblemCode.UNEXPECTED_LINE,
                            "expected a paper title, found a date line out of place",
                            title.text());
                    continue;
                }
                if (isParagraph(title.text())) {
                    report(
                            title,
                            ProblemCode.UNEXPECTED_LINE,
                            "expected a paper title, found a paragraph ('" + Diagnostic.printable(title.text())
                                    + "'): skipped",
                            title.text());
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
                if (first == null || startsHeader(first) || isMetaStart(first.text()) || isHeaderLine(first.text())) {
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
                if (isDateLine(first.text()) || isStrayBefore(first, peek(1))) {
                    // 'title' is a line of its own before a real card (the next line is a title
                    // followed by its abstract paragraph, or a date out of place): skip it alone
                    report(
                            title,
                            ProblemCode.UNEXPECTED_LINE,
                            "expected a paper title followed by its abstract, found '"
                                    + Diagnostic.printable(title.text()) + "' followed by '"
                                    + Diagnostic.printable(first.text()) + "': skipped",
                            title.text());
                    continue;
                }
                take();
                String abs = first.text();
                ListingLines.Line more = peek(0);
                boolean cut = false;
                if (abs.length() > MAX_ABSTRACT) {
                    abs = abs.substring(0, MAX_ABSTRACT);
                    cut = true;
                }
                if (more != null && continuesAbstract(more)) {
                    StringBuilder joined = new StringBuilder(abs);
                    do {
                        String line = take().text();
                        if (!cut && joined.length() + 1 + line.length() > MAX_ABSTRACT) {
                            cut = true;
                            int room = Math.max(0, MAX_ABSTRACT - joined.length() - 1);
                            joined.append(' ').append(line, 0, room);
                        } else if (!cut) {
                            joined.append(' ').append(line);
                        }
                    } while ((more = peek(0)) != null && continuesAbstract(more));
                    abs = joined.toString();
                }
                if (cut) {
                    report(
                            first,
                            ProblemCode.RECORD_TOO_LARGE,
                            "expected an abstract of at most " + MAX_ABSTRACT + " characters after the title '"
                                    + Diagnostic.printable(title.text()) + "', found a longer one (cut there)",
                            first.text());
                }
                Paper p = card(title, abs);
                if (p != null) {
                    return p;
                }
            }
        }

        private Paper card(ListingLines.Line title, String abstractText) throws IOException {
            Paper.Builder b = Paper.builder()
                    .title(title.text())
                    .abstractText(abstractText)
                    .source(Source.of(sourceName, title.number(), SourceKind.LISTING));
            ReaderAnalysis.analyze(b, title.text(), abstractText, options, List.of());
            readMeta(b);
            try {
                return b.build();
            } catch (IllegalArgumentException | IllegalStateException e) {
                // a card the folding let through that breaks a Paper invariant: never the caller's problem
                report(
                        title,
                        ProblemCode.UNEXPECTED_LINE,
                        "expected a paper card, found: " + e.getMessage(),
                        title.text());
                return null;
            }
        }

        /** Whether {@code l} goes on the abstract before it (no blank line, not metadata or a header). */
        private boolean continuesAbstract(ListingLines.Line l) throws IOException {
            return !l.blankBefore() && !isMetaStart(l.text()) && !startsHeader(l) && !isHeaderLine(l.text());
        }

        /**
         * Whether a title line is stray, seeing the two lines after it: the first is short and not a
         * sentence (a title), the second a paragraph or sentence after a blank line (its abstract); or the first
         * is a team line, with the metadata's {@code ·} right under it.
         */
        private static boolean isStrayBefore(ListingLines.Line first, ListingLines.Line second) {
            if (second != null && second.text().equals(DOT) && !second.blankBefore()) {
                return true; // 'first' is the team line of a metadata group ("team" then "·")
            }
            return second != null
                    && second.blankBefore()
                    && !isMetaStart(second.text())
                    && (isParagraph(second.text()) || endsSentence(second.text()))
                    && !isParagraph(first.text())
                    && !endsSentence(first.text());
        }

        private void readListingDay(ListingLines.Line l) {
            Cursor c = new Cursor(l.text());
            int month = c.month();
            c.space();
            int day = c.digits(2);
            try {
                listingDay = LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                report(
                        l,
                        ProblemCode.BAD_HEADER,
                        "expected the listing day after the page header, found '" + Diagnostic.printable(l.text())
                                + "'",
                        l.text());
            }
        }

        /** The optional metadata group after an abstract. */
        private void readMeta(Paper.Builder b) throws IOException {
            ListingLines.Line l1 = peek(0);
            if (l1 == null) {
                return;
            }
            String t = l1.text();
            afterHeader = false;
            ListingLines.Line owner;
            if (t.startsWith(BULLET)) {
                evidence = true;
                take();
                owner = l1;
                readOwner(b, l1, t.substring(BULLET.length()).trim());
            } else if (t.equals(DOT)) {
                evidence = true;
                owner = null;
            } else {
                ListingLines.Line l2 = peek(1);
                ListingLines.Line l3 = peek(2);
                if (l2 == null || !l2.text().equals(DOT) || l3 == null || !startsWithMonth(l3.text())) {
                    // no metadata: l1 is the next title (a team line is followed by '·' and a date)
                    return;
                }
                take();
                evidence = true;
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
                report(Diagnostic.of(
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
            evidence = true;
            afterHeader = true;
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
                readListingDay(l);
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
            report(Diagnostic.of(
                    sourceName,
                    SourcePosition.of(at.number(), at.column(), at.offset() + at.column() - 1),
                    code,
                    message,
                    found));
        }

        /** Hands {@code d} on, or holds it back while it is not yet known that this is a listing. */
        private void report(Diagnostic d) {
            if (undecided) {
                pending.add(d);
            } else {
                sink.report(d);
            }
        }
    }

    static boolean isMetaStart(String t) {
        return t.startsWith(BULLET) || t.equals(DOT);
    }

    /** Too long for a title, or a long run of sentences: an abstract's shape, never a title's. */
    static boolean isParagraph(String t) {
        return t.length() > MAX_TITLE || (t.length() > 120 && endsSentence(t) && hasSentenceBreak(t));
    }

    /** Ends with a period (before closing quotes and brackets), as a sentence does and a title does not. */
    static boolean endsSentence(String t) {
        int i = t.length() - 1;
        while (i > 0 && ")]\"'”’".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && t.charAt(i) == '.';
    }

    /** Whether a sentence ends inside {@code t} and another starts: {@code ". A"}. */
    private static boolean hasSentenceBreak(String t) {
        for (int i = t.indexOf(". "); i >= 0 && i + 2 < t.length(); i = t.indexOf(". ", i + 1)) {
            if (Character.isUpperCase(t.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** A metadata date line ({@code Jun 5}, {@code Jun 5 12}, {@code Aug 8, 2023}) and nothing else. */
    static boolean isDateLine(String t) {
        Cursor c = new Cursor(t);
        if (c.month() < 1 || c.peek() != ' ') {
            return false;
        }
        c.space();
        if (c.digits(2) < 1) {
            return false;
        }
        while (!c.atEnd()) {
            char ch = c.peek();
            if (ch != ' ' && ch != ',' && (ch < '0' || ch > '9')) {
                return false;
            }
            c.pos++;
        }
        return true;
    }

    /**
     * The shape of a listing card: a title of words (a letter or digit first, no final period, no
     * control characters) and an abstract of prose (mostly letters and spaces).
     */
    static boolean isListingCard(String title, String abstractText) {
        return title.length() <= MAX_TITLE
                && title.indexOf(' ') > 0
                && !endsSentence(title)
                && ",;:".indexOf(title.charAt(title.length() - 1)) < 0
                && startsLikeText(title)
                && isProse(title)
                && abstractText.indexOf(' ') > 0
                && startsLikeText(abstractText)
                && isProse(abstractText);
    }

    private static boolean startsLikeText(String t) {
        int c = t.codePointAt(0);
        return Character.isLetterOrDigit(c) || c == '"' || c == '“' || c == '(' || c == '\'';
    }

    /** Mostly letters and spaces (U+FFFD, a malformed byte, is neither), with no control characters. */
    private static boolean isProse(String t) {
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < ' ' || (c >= 0x7F && c < 0xA0)) {
                return false;
            }
            if (Character.isLetter(c) || c == ' ') {
                letters++;
            }
        }
        return 4 * letters >= 3 * t.length();
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
