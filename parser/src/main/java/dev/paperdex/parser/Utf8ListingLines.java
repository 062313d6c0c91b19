package dev.paperdex.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a UTF-8 byte stream, with the same folding, positions and limits as {@link
 * ListingLines}, but split on bytes and decoded a whole line at a time, which skips a separate
 * decoding pass over the input. Malformed UTF-8 becomes U+FFFD and flags its line ({@link
 * ListingLines.Line#malformed()}), which the parser reports as {@link ProblemCode#BAD_ENCODING}. Offsets count UTF-16 characters,
 * as {@link ListingLines} does (they drift only after malformed bytes).
 */
final class Utf8ListingLines implements LineSource {
    private static final int MAX_LINE = ListingLines.MAX_LINE;

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private boolean first = true;
    private long offset;
    private int lineNumber;
    private byte[] line = new byte[256];
    private int lineLength;
    private boolean needsFold;
    private boolean cut;
    private long lineChars;

    Utf8ListingLines(InputStream in) {
        this.in = in;
    }

    @Override
    public ListingLines.Line next() throws IOException {
        boolean blank = false;
        while (true) {
            long start = offset;
            if (!readLine()) {
                return null;
            }
            String text = new String(line, 0, lineLength, StandardCharsets.UTF_8);
            boolean malformed = text.indexOf('\uFFFD') >= 0 && isMalformed();
            int column = 1;
            if (needsFold || (lineLength > 0 && (line[0] == ' ' || line[lineLength - 1] == ' '))) {
                int firstNonSpace = 0;
                while (firstNonSpace < text.length() && isSpace(text.charAt(firstNonSpace))) {
                    firstNonSpace++;
                }
                column = firstNonSpace + 1;
                text = fold(text);
            }
            if (text.isEmpty()) {
                blank = true;
                continue;
            }
            return new ListingLines.Line(text, lineNumber, cut ? 1 : column, start, blank, cut, malformed);
        }
    }

    /** Reads the bytes of one line (without its end) into {@code line}; false at the end of input. */
    private boolean readLine() throws IOException {
        lineLength = 0;
        needsFold = false;
        cut = false;
        lineChars = 0;
        if (!fill()) {
            return false;
        }
        lineNumber++;
        if (first) {
            first = false;
            if (len - pos >= 3
                    && buf[pos] == (byte) 0xEF
                    && buf[pos + 1] == (byte) 0xBB
                    && buf[pos + 2] == (byte) 0xBF) {
                pos += 3;
                offset++;
            }
        }
        while (fill()) {
            int i = pos;
            int adjust = 0; // UTF-16 characters minus bytes, for the non-ASCII bytes of this run
            while (i < len) {
                byte b = buf[i];
                if (b > ' ') {
                    i++; // printable ASCII, by far the most common byte
                } else if (b == ' ') {
                    if (i > pos ? buf[i - 1] == ' ' : lineLength > 0 && line[lineLength - 1] == ' ') {
                        needsFold = true; // a run of spaces
                    }
                    i++;
                } else if (b == '\n' || b == '\r') {
                    break;
                } else if (b >= 0) {
                    needsFold = true; // a tab or another control character
                    i++;
                } else {
                    if ((b & 0xC0) == 0x80) {
                        adjust--; // a continuation byte adds no character
                    } else if ((b & 0xF8) == 0xF0) {
                        adjust++; // a four-byte sequence is two UTF-16 characters
                    } else if (b == (byte) 0xC2 || b == (byte) 0xE1 || b == (byte) 0xE2 || b == (byte) 0xE3) {
                        needsFold = true; // may start a no-break, figure, ideographic or other space
                    }
                    i++;
                }
            }
            lineChars += i - pos + adjust;
            append(pos, i - pos);
            pos = i;
            if (i < len) {
                byte end = buf[pos++];
                offset += lineChars + 1;
                if (end == '\r' && fill() && buf[pos] == '\n') {
                    pos++;
                    offset++;
                }
                return true;
            }
        }
        offset += lineChars;
        return true;
    }

    /** Whether the bytes of the current line are not UTF-8 (rather than holding a real U+FFFD). */
    private boolean isMalformed() {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line, 0, lineLength));
            return false;
        } catch (CharacterCodingException e) {
            return true;
        }
    }

    private void append(int from, int count) {
        if (cut || count == 0) {
            return;
        }
        if (lineLength + count > MAX_LINE) {
            count = MAX_LINE - lineLength;
            cut = true;
        }
        if (lineLength + count > line.length) {
            line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(buf, from, line, lineLength, count);
        lineLength += count;
    }

    /** Folds runs of white space into one space and trims, exactly as {@link ListingLines} does. */
    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return ListingLines.isSpace(c);
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
