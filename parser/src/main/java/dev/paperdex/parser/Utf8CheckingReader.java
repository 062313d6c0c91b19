package dev.paperdex.parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 bytes for the JSON and XML readers: each malformed sequence becomes U+FFFD and is
 * reported as {@link ProblemCode#BAD_ENCODING} with its line (in strict mode the report throws).
 * Reports stop after {@link #MAX_REPORTS}, so binary input gives a handful of diagnostics.
 */
final class Utf8CheckingReader extends Reader {
    static final int MAX_REPORTS = 10;

    private final InputStream in;
    private final String sourceName;
    private final DiagnosticSink sink;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean flushed;
    private int line = 1;
    private int column = 1;
    private int reports;

    Utf8CheckingReader(InputStream in, String sourceName, DiagnosticSink sink) {
        this.in = in;
        this.sourceName = sourceName;
        this.sink = sink;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        for (int i = off; i < off + n; i++) {
            if (cbuf[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return n;
    }

    private void decodeMore() throws IOException {
        chars.clear();
        try {
            while (chars.position() == 0) {
                if (!eof && bytes.remaining() < 8) {
                    bytes.compact();
                    int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (r < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + r);
                    }
                    bytes.flip();
                }
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    bytes.position(bytes.position() + result.length());
                    malformed(result.length());
                    chars.put('\uFFFD');
                } else if (eof && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    flushed = true; // what the flush gave is handed out, then the end
                    return;
                } else if (result.isUnderflow() && !eof && bytes.remaining() >= 8) {
                    // the buffer holds whole sequences but the char buffer is full: hand out what we have
                    return;
                }
            }
        } finally {
            chars.flip();
        }
    }

    private void malformed(int length) {
        if (reports++ >= MAX_REPORTS) {
            return;
        }
        // the characters decoded in this round are not counted in line and column yet
        int l = line;
        int col = column;
        for (int i = 0; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                l++;
                col = 1;
            } else {
                col++;
            }
        }
        sink.report(Diagnostic.of(
                sourceName,
                SourcePosition.of(l, col, 0),
                ProblemCode.BAD_ENCODING,
                "expected UTF-8 at line " + l + ", column " + col + ", found " + length + " malformed byte"
                        + (length == 1 ? "" : "s") + " (read as U+FFFD)"));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
