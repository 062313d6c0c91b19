package dev.paperdex.parser;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into lines for the listing parser: LF, CRLF and lone CR all end a
 * line; a UTF-8 byte order mark at the start is dropped; tabs and no-break spaces become spaces;
 * runs of white space fold into one space and the ends are trimmed. Only the line number and the
 * offset of the line start are tracked. A line longer than {@link #MAX_LINE} characters is cut
 * there (and flagged), so memory stays flat whatever the input.
 */
final class ListingLines {
    static final int MAX_LINE = 1 << 20;

    private final Reader in;
    private final char[] buf = new char[1 << 14];
    private int pos;
    private int len;
    private boolean eof;
    private boolean first = true;
    private long offset;
    private int lineNumber;
    private final StringBuilder line = new StringBuilder(256);

    /** One non-blank line, folded and trimmed. */
    record Line(String text, int number, int column, long offset, boolean blankBefore, boolean cut) {}

    ListingLines(Reader in) {
        this.in = in;
    }

    /** The next non-blank line, or null at the end of input. */
    Line next() throws IOException {
        boolean blank = false;
        while (true) {
            long start = offset;
            int column = readLine();
            if (column < 0) {
                return null;
            }
            if (line.length() == 0) {
                blank = true;
                continue;
            }
            boolean cut = column > MAX_LINE;
            return new Line(line.toString(), lineNumber, cut ? 1 : column, start, blank, cut);
        }
    }

    /**
     * Reads one line into {@link #line}, folded; returns the 1-based column of its first non-space
     * character (or {@code MAX_LINE + 1} when cut, 0 when blank), or -1 at the end of input.
     */
    private int readLine() throws IOException {
        line.setLength(0);
        if (!fill()) {
            return -1;
        }
        lineNumber++;
        int column = 0;
        int col = 0;
        boolean pendingSpace = false;
        boolean cut = false;
        while (fill()) {
            char c = buf[pos++];
            offset++;
            if (first) {
                first = false;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                if (fill() && buf[pos] == '\n') {
                    pos++;
                    offset++;
                }
                break;
            }
            col++;
            if (cut) {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\f' || c == 0x0B) {
                pendingSpace = line.length() > 0;
                continue;
            }
            if (line.length() >= MAX_LINE) {
                cut = true;
                continue;
            }
            if (pendingSpace) {
                line.append(' ');
                pendingSpace = false;
            }
            if (column == 0) {
                column = col;
            }
            line.append(c);
        }
        return cut ? MAX_LINE + 1 : column;
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
}
