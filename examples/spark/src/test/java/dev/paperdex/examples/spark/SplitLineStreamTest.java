package dev.paperdex.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SplitLineStreamTest {
    @TempDir
    Path dir;

    /** Lines of many lengths: empty ones, a CRLF, one of a single byte, a last one without newline. */
    private static final String TEXT = "{\"a\":1}\n\n0123456789abcdef\nx\r\n\n\n" + "y".repeat(40) + "\nz\nlast";

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 8, 9, 16, 17, 41, 100})
    void splitsOwnEveryLineOnceAndTogetherGiveTheFile(int splitBytes) throws IOException {
        Path file = dir.resolve("lines.txt");
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        FileSystem fs = FileSystem.getLocal(new Configuration());
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        long newlines = 0;
        int splits = 0;
        for (long start = 0; start < bytes.length; start += splitBytes, splits++) {
            long end = Math.min(bytes.length, start + splitBytes);
            try (SplitLineStream in = SplitLineStream.open(
                    fs.open(new org.apache.hadoop.fs.Path(file.toUri())),
                    start,
                    end == bytes.length ? Long.MAX_VALUE : end)) {
                byte[] owned = in.readAllBytes();
                all.write(owned);
                // a split holds whole lines: it ends after a newline, or at the end of the file
                if (owned.length > 0 && all.size() < bytes.length) {
                    assertThat(new String(owned, StandardCharsets.UTF_8)).endsWith("\n");
                }
                newlines += in.newlines();
            }
        }
        assertThat(all.toString(StandardCharsets.UTF_8)).isEqualTo(TEXT);
        assertThat(newlines).isEqualTo(TEXT.chars().filter(c -> c == '\n').count());
        assertThat(splits).isEqualTo((bytes.length + splitBytes - 1) / splitBytes);
    }
}
