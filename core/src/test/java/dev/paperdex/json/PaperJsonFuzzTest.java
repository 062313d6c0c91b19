package dev.paperdex.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdex.Paper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz targets for the JSON of {@link Paper}: any bytes either read as a paper or fail with a
 * Jackson exception, and a paper read (or built from fuzzed text) survives a write and read back
 * unchanged. The corpus in {@code PaperJsonFuzzTestInputs/} runs as ordinary tests.
 */
final class PaperJsonFuzzTest {
    private static final ObjectMapper MAPPER = PaperdexJson.mapper();

    @FuzzTest
    void readsOrRejects(byte[] data) throws IOException {
        // as the readers do: characters, not bytes (Jackson's own byte detection may pick UTF-32 and
        // fail with a CharConversionException, which is an I/O error, not a JSON one)
        String text = new String(data, StandardCharsets.UTF_8);
        Paper p;
        try {
            p = MAPPER.readValue(text, Paper.class);
        } catch (JacksonException expected) {
            return;
        }
        if (p == null) {
            return;
        }
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(p), Paper.class)).isEqualTo(p);
    }

    @FuzzTest
    void roundTripsAnalysedPaper(FuzzedDataProvider data) throws IOException {
        String title = data.consumeString(200);
        String abstractText = data.consumeRemainingAsString();
        if (title.isBlank()) {
            return;
        }
        Paper p = Paper.of(title, abstractText);
        String json = MAPPER.writeValueAsString(p);
        assertThat(MAPPER.readValue(json, Paper.class)).isEqualTo(p);
    }
}
