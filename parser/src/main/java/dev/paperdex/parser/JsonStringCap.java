package dev.paperdex.parser;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts every JSON string of a character stream to {@link #MAX_STRING} characters before the JSON
 * parser sees it, so that one huge value (a 10 MB abstract) costs bounded memory and the records
 * after it still read. A cut is reported as {@link ProblemCode#RECORD_TOO_LARGE} with its line; it
 * never falls inside an escape sequence or between the two halves of a surrogate pair, so the JSON
 * stays valid. Columns after a cut on the same line are off by the characters dropped.
 */
final class JsonStringCap extends Reader {
    /** The longest JSON string passed on: 64 Ki characters (counting escape sequences as written). */
    static final int MAX_STRING = 1 << 16;

    private final Reader in;
    private final String sourceName;
    private final DiagnosticSink sink;
    private final char[] buf = new char[1 << 16];
    private boolean inString;
    private boolean escape;
    private int hex;
    private boolean cutting;
    private int count;
    private int line = 1;
    private int column;

    JsonStringCap(Reader in, String sourceName, DiagnosticSink sink) {
        this.in = in;
        this.sourceName = sourceName;
        this.sink = sink;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (true) {
            int n = in.read(buf, 0, Math.min(len, buf.length));
            if (n < 0) {
                return -1;
            }
            int out = off;
            for (int i = 0; i < n; i++) {
                char c = buf[i];
                if (c == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
                if (keep(c)) {
                    cbuf[out++] = c;
                }
            }
            if (out > off) {
                return out - off;
            }
        }
    }

    /** Whether {@code c} is passed on, updating the string state. */
    private boolean keep(char c) {
        if (!inString) {
            if (c == '"') {
                inString = true;
                count = 0;
            }
            return true;
        }
        if (cutting) {
            if (escape) {
                escape = false;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                cutting = false;
                inString = false;
                return true;
            }
            return false;
        }
        if (escape) {
            escape = false;
            hex = c == 'u' ? 4 : 0;
        } else if (hex > 0) {
            hex--;
        } else if (c == '\\' || c == '"') {
            if (c == '"') {
                inString = false;
                return true;
            }
            if (count >= MAX_STRING) {
                cut();
                escape = true; // the escaped character is dropped with the rest
                return false;
            }
            escape = true;
        } else if (count >= MAX_STRING && !Character.isLowSurrogate(c)) {
            return cut();
        }
        count++;
        return true;
    }

    private boolean cut() {
        cutting = true;
        escape = false;
        sink.report(Diagnostic.of(
                sourceName,
                SourcePosition.of(line, Math.max(1, column), 0),
                ProblemCode.RECORD_TOO_LARGE,
                "expected a JSON string of at most " + MAX_STRING + " characters at line " + line
                        + ", found a longer one (cut there)"));
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
