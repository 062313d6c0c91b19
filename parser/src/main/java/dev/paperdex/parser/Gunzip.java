package dev.paperdex.parser;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gzip read transparently: an input whose first bytes are the gzip magic {@code 1f 8b} is read
 * through {@link GZIPInputStream} (which also reads concatenated members, as {@code cat a.gz b.gz}
 * makes). A corrupt or cut stream is one {@link ProblemCode#UNREADABLE} diagnostic and the end of
 * the input, not an exception, so the records before it are kept.
 */
final class Gunzip extends FilterInputStream {
    private final String sourceName;
    private final DiagnosticSink sink;
    private long offset;
    private boolean failed;

    private Gunzip(InputStream in, String sourceName, DiagnosticSink sink) {
        super(in);
        this.sourceName = sourceName;
        this.sink = sink;
    }

    /** {@code in} itself, or its gzip content when it starts with the gzip magic. */
    static InputStream ifCompressed(
            BufferedInputStream in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics)
            throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 != 0x1f || b1 != 0x8b) {
            return in;
        }
        DiagnosticSink sink = new DiagnosticSink(options.strict(), diagnostics);
        try {
            return new Gunzip(new GZIPInputStream(in, 1 << 16), sourceName, sink);
        } catch (ZipException | EOFException e) {
            report(sink, sourceName, 0, e);
            in.close();
            return InputStream.nullInputStream();
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        if (failed) {
            return -1;
        }
        try {
            int n = in.read(buf, off, len);
            if (n > 0) {
                offset += n;
            }
            return n;
        } catch (ZipException | EOFException e) {
            failed = true;
            report(sink, sourceName, offset, e);
            return -1;
        }
    }

    private static void report(DiagnosticSink sink, String sourceName, long offset, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        sink.report(Diagnostic.of(
                sourceName,
                SourcePosition.of(1, 1, offset),
                ProblemCode.UNREADABLE,
                "expected a complete gzip stream, found a corrupt or cut one after " + offset + " uncompressed bytes: "
                        + why));
    }
}
