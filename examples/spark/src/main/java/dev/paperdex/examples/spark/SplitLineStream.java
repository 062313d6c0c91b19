package dev.paperdex.examples.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;

/**
 * The bytes of the lines that start in {@code [start, end)} of a file, as Hadoop's line record
 * reader divides a text file: a split that does not start at 0 skips the line begun in the split
 * before it, and every split reads its last line to the end, past {@code end}.
 */
final class SplitLineStream extends InputStream {
    private final FSDataInputStream in;
    private final long end;
    private long position;
    private boolean atLineStart = true;
    private long newlines;

    private SplitLineStream(FSDataInputStream in, long position, long end) {
        this.in = in;
        this.position = position;
        this.end = end;
    }

    /** The stream of the split, positioned at its first owned line. */
    static SplitLineStream open(FSDataInputStream in, long start, long end) throws IOException {
        if (start == 0) {
            return new SplitLineStream(in, 0, end);
        }
        // the line that ends at start - 1 or later belongs to the split before this one
        in.seek(start - 1);
        long pos = start - 1;
        int b;
        while ((b = in.read()) != -1) {
            pos++;
            if (b == '\n') {
                break;
            }
        }
        return new SplitLineStream(in, pos, end);
    }

    /** The newlines read so far: the number of complete lines. */
    long newlines() {
        return newlines;
    }

    @Override
    public int read() throws IOException {
        if (atLineStart && position >= end) {
            return -1;
        }
        int b = in.read();
        if (b == -1) {
            return -1;
        }
        position++;
        atLineStart = b == '\n';
        if (atLineStart) {
            newlines++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        // byte by byte near the end of the split, in bulk before it
        if (position + length < end) {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                for (int i = offset; i < offset + n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                position += n;
                atLineStart = buffer[offset + n - 1] == '\n';
            }
            return n;
        }
        int i = 0;
        while (i < length) {
            int b = read();
            if (b == -1) {
                return i == 0 ? -1 : i;
            }
            buffer[offset + i++] = (byte) b;
            if (b == '\n') {
                break;
            }
        }
        return i;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
