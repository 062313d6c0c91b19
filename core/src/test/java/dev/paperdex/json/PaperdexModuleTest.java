package dev.paperdex.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.paperdex.Paper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class PaperdexModuleTest {
    private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new PaperdexModule());

    @Test
    void plainMapperWithTheModuleWritesWhatPaperdexJsonWrites() throws IOException {
        Paper p = PaperdexJsonTest.fullPaper();
        String json = PLAIN.writeValueAsString(p);
        assertThat(json).isEqualTo(PaperdexJson.mapper().writeValueAsString(p));
        assertThat(PLAIN.readValue(json, Paper.class)).isEqualTo(p);
    }

    @Test
    void leavesAbsentOptionalsOutAndWritesIsoDates() throws IOException {
        Paper p = Paper.builder()
                .title("T")
                .abstractText("A.")
                .date(LocalDate.of(2025, 6, 5))
                .build();
        assertThat(PLAIN.writeValueAsString(p))
                .isEqualTo("{\"title\":\"T\",\"date\":\"2025-06-05\",\"abstract\":\"A.\",\"links\":[],\"metrics\":[]}");
    }

    @Test
    void writesIsoDatesEvenWhenTheMapperAsksForTimestamps() throws IOException {
        ObjectMapper timestamps = new ObjectMapper()
                .registerModule(new PaperdexModule())
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertThat(timestamps.writeValueAsString(Map.of("d", LocalDate.of(2024, 7, 22))))
                .isEqualTo("{\"d\":\"2024-07-22\"}");
    }

    @Test
    void readsRecordsWithUnknownFields() throws IOException {
        Paper p = PLAIN.readValue(
                "{\"title\":\"T\",\"abstract\":\"A.\",\"stars\":3,\"futureField\":{\"x\":1},\"upvotes\":2}",
                Paper.class);
        assertThat(p)
                .isEqualTo(Paper.builder()
                        .title("T")
                        .abstractText("A.")
                        .stars(3)
                        .upvotes(2)
                        .build());
    }

    @Test
    void aMapperWithoutTheModuleCannotWriteAPaper() {
        // the reason the module exists: a plain mapper rejects Optional
        assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(PaperdexJsonTest.fullPaper()))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Optional");
    }
}
