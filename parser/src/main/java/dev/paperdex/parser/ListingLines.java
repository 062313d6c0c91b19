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
final class ListingLines implements LineSource {
    static final int MAX_LINE = 1 << 20;

    private final Reader in;
    // at least the 64K buffer Papers reads through, so BufferedReader hands reads straight through
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private boolean first = true;
    private long offset;
    private int lineNumber;
    // the current line; a char[] rather than a StringBuilder, so that a line with a non-Latin-1
    // character does not leave every later line in the slower UTF-16 form
    private char[] line = new char[256];
    private int lineLength;

    /** One non-blank line, folded and trimmed. */
    record Line(String text, int number, int column, long offset, boolean blankBefore, boolean cut, boolean malformed) {
        Line(String text, int number, int column, long offset, boolean blankBefore, boolean cut) {
            this(text, number, column, offset, blankBefore, cut, false);
        }
    }

    ListingLines(Reader in) {
        this.in = in;
    }

    @Override
    public Line next() throws IOException {
        boolean blank = false;
        while (true) {
            long start = offset;
            int column = readLine();
            if (column < 0) {
                return null;
            }
            if (lineLength == 0) {
                blank = true;
                continue;
            }
            boolean cut = column > MAX_LINE;
            return new Line(new String(line, 0, lineLength), lineNumber, cut ? 1 : column, start, blank, cut);
        }
    }

    /**
     * Reads one line into {@code line}, folded; returns the 1-based column of its first non-space
     * character (or {@code MAX_LINE + 1} when cut, 0 when blank), or -1 at the end of input.
     */
    private int readLine() throws IOException {
        lineLength = 0;
        if (!fill()) {
            return -1;
        }
        lineNumber++;
        if (first) {
            first = false;
            if (buf[pos] == '\uFEFF') {
                pos++;
                offset++;
            }
        }
        int column = 0;
        int col = 0;
        boolean pendingSpace = false;
        boolean cut = false;
        while (fill()) {
            // copy a run of ordinary characters in one go
            int runStart = pos;
            int i = pos;
            int limit = len;
            while (i < limit) {
                char c = buf[i];
                if (c > ' '
                        ? c < '\u00A0' || isOrdinary(c)
                        : c == ' ' && i > runStart && i + 1 < limit && buf[i + 1] > ' ' && buf[i + 1] < '\u00A0') {
                    i++; // a single space between words stays in the run
                } else {
                    break;
                }
            }
            if (i > runStart) {
                int run = i - runStart;
                if (column == 0) {
                    column = col + 1;
                }
                col += run;
                offset += run;
                pos = i;
                if (!cut) {
                    if (pendingSpace) {
                        append(' ');
                        pendingSpace = false;
                    }
                    int room = MAX_LINE - lineLength;
                    if (run > room) {
                        append(buf, runStart, room);
                        cut = true;
                    } else {
                        append(buf, runStart, run);
                    }
                }
                continue;
            }
            char c = buf[pos++];
            offset++;
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
            if (isSpace(c)) {
                pendingSpace = lineLength > 0;
                continue;
            }
            // another control character: kept as it is
            if (column == 0) {
                column = col;
            }
            if (!cut) {
                if (pendingSpace) {
                    append(' ');
                    pendingSpace = false;
                }
                if (lineLength >= MAX_LINE) {
                    cut = true;
                } else {
                    append(c);
                }
            }
        }
        return cut ? MAX_LINE + 1 : column;
    }

    private void append(char c) {
        if (lineLength == line.length) {
            line = java.util.Arrays.copyOf(line, line.length * 2);
        }
        line[lineLength++] = c;
    }

    private void append(char[] src, int from, int count) {
        if (lineLength + count > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(src, from, line, lineLength, count);
        lineLength += count;
    }

    private static boolean isOrdinary(char c) {
        return c > ' ' && !isSpace(c);
    }

    /**
     * White space that folds into one space: the ASCII blanks, the no-break spaces and every other
     * Unicode space or separator ({@link Character#isWhitespace}: U+001C-U+001F, U+1680,
     * U+2000-U+200A, U+2028, U+2029, U+205F, U+3000), so that a line of them is blank.
     */
    static boolean isSpace(char c) {
        if (c == ' ') {
            return true;
        }
        if (c < ' ') {
            return c == '\t' || c == '\f' || c == 0x0B || (c >= 0x1C && c <= 0x1F);
        }
        return c >= '\u00A0' && (c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c));
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
