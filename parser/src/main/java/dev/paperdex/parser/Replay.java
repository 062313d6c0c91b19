package dev.paperdex.parser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayReader;
import java.io.CharArrayWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;

/**
 * Inputs that can be read again from their start after format detection: everything detection
 * reads is kept and handed out first by {@code replay()}, then the rest of the input. Detection reads
 * at most the first record, and never more than {@link #LIMIT} bytes or characters: past it the
 * input looks ended to detection ({@link #capped()}), so memory stays bounded even when the first
 * record is huge.
 */
final class Replay {
    /** The most detection reads and keeps: 4 Mi bytes or characters, the JSON Lines line cap. */
    static final int LIMIT = 1 << 22;

    private Replay() {}

    /** A byte input whose start is kept while it is read. */
    static final class Bytes extends FilterInputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private boolean capped;

        Bytes(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            if (kept.size() >= LIMIT) {
                capped = true;
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                kept.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int room = LIMIT - kept.size();
            if (room <= 0) {
                capped = true;
                return -1;
            }
            int n = in.read(buf, off, Math.min(len, room));
            if (n > 0) {
                kept.write(buf, off, n);
            }
            return n;
        }

        /** Whether detection reached {@link #LIMIT} before it decided. */
        boolean capped() {
            return capped;
        }

        @Override
        public long skip(long n) throws IOException {
            // skipped bytes must be replayed too: read them instead
            int len = (int) Math.max(0, Math.min(n, 8192));
            return Math.max(0, read(new byte[len], 0, len));
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() {
            // detection's decoder is dropped, not closed: the input lives on in the replay
        }

        /** The whole input from its start: the bytes read so far, then the rest. */
        InputStream replay() {
            return new SequenceInputStream(new ByteArrayInputStream(kept.toByteArray()), in);
        }
    }

    /** A character input whose start is kept while it is read. */
    static final class Chars extends Reader {
        private final Reader in;
        private final CharArrayWriter kept = new CharArrayWriter();
        private boolean capped;

        Chars(Reader in) {
            this.in = in;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            int room = LIMIT - kept.size();
            if (room <= 0) {
                capped = true;
                return -1;
            }
            int n = in.read(buf, off, Math.min(len, room));
            if (n > 0) {
                kept.write(buf, off, n);
            }
            return n;
        }

        /** Whether detection reached {@link #LIMIT} before it decided. */
        boolean capped() {
            return capped;
        }

        @Override
        public void close() {
            // as for Bytes: the input lives on in the replay
        }

        /** The whole input from its start: the characters read so far, then the rest. */
        Reader replay() {
            return new Prefixed(kept.toCharArray(), in);
        }
    }

    /** Some characters, then a reader; closing closes the reader. */
    static final class Prefixed extends Reader {
        private final Reader first;
        private final Reader rest;
        private boolean firstDone;

        Prefixed(char c, Reader rest) {
            this(new char[] {c}, rest);
        }

        Prefixed(char[] first, Reader rest) {
            this.first = new CharArrayReader(first);
            this.rest = rest;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!firstDone) {
                int n = first.read(buf, off, len);
                if (n > 0) {
                    return n;
                }
                firstDone = true;
            }
            return rest.read(buf, off, len);
        }

        @Override
        public void close() throws IOException {
            rest.close();
        }
    }
}
