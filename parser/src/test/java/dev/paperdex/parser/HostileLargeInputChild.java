package dev.paperdex.parser;

import dev.paperdex.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The child JVM of {@link BoundedMemoryTest}: streams one generated input of tens of megabytes (never
 * held in memory) through {@link Papers#stream(InputStream, String, ParseOptions,
 * java.util.function.Consumer)} and prints each paper as {@code title|abstract length} and each
 * diagnostic code, one per line.
 */
final class HostileLargeInputChild {
    private HostileLargeInputChild() {}

    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Paper> s = Papers.stream(input(args[0]), args[0], ParseOptions.defaults(), d -> {
            synchronized (lines) {
                lines.add(d.code().toString());
            }
        })) {
            s.forEachOrdered(p -> lines.add(p.title() + "|" + p.abstractText().length()));
        }
        lines.forEach(System.out::println);
    }

    /** The generated input of {@code kind}: a huge record between two ordinary ones. */
    static InputStream input(String kind) {
        return switch (kind) {
            case "listing" ->
                new Generated(
                        "First Paper Title\n\nThe first abstract is short.\n\n  • 2 authors\n·\nJun 5, 2025\n\n"
                                + "Huge Paper Title\n\n",
                        "many words in one more abstract line.\n",
                        50L << 20,
                        "\n  • 3 authors\n·\nJun 6, 2025\n\nNext Paper Title\n\nThe next abstract reads on.\n");
            case "json" ->
                new Generated(
                        "[{\"paper\": {\"id\": \"2501.00001\", \"title\": \"Huge\", \"summary\": \"",
                        "ten megabytes of summary ",
                        10L << 20,
                        "\"}},\n{\"paper\": {\"id\": \"2501.00002\", \"title\": \"Next\", \"summary\": \"Small.\"}}]\n");
            case "jsonl" ->
                new Generated(
                        "{\"title\": \"Huge\", \"abstract\": \"A.\", \"authors\": [",
                        "\"a\", ",
                        50L << 20,
                        "\"z\"]}\n{\"title\": \"Next\", \"abstract\": \"Small.\"}\n");
            case "atom" ->
                new Generated(
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2501.00001v1</id>"
                                + "<title>Huge</title><summary>",
                        "ten megabytes of summary ",
                        10L << 20,
                        "</summary></entry><entry><id>http://arxiv.org/abs/2501.00002v1</id><title>Next</title>"
                                + "<summary>Small.</summary></entry></feed>\n");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** A prefix, a unit repeated to about {@code size} bytes, and a suffix, made as they are read. */
    private static final class Generated extends InputStream {
        private final byte[] prefix;
        private final byte[] unit;
        private final byte[] suffix;
        private final long units;
        private long part; // 0: prefix, 1..units: units, units+1: suffix
        private int pos;

        Generated(String prefix, String unit, long size, String suffix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
            this.unit = unit.getBytes(StandardCharsets.UTF_8);
            this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
            this.units = size / this.unit.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            while (true) {
                byte[] current = part == 0 ? prefix : part <= units ? unit : part == units + 1 ? suffix : null;
                if (current == null) {
                    return -1;
                }
                if (pos < current.length) {
                    int n = Math.min(len, current.length - pos);
                    System.arraycopy(current, pos, b, off, n);
                    pos += n;
                    return n;
                }
                part++;
                pos = 0;
            }
        }
    }
}
