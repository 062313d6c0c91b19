package dev.paperdex.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.scala.DefaultScalaModule$;
import dev.paperdex.Paper;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * paperdex on the Jackson that Spark brings: the class path has Spark's version (not the one core
 * and parser are built with), and the paperdex JSON of every seed and sample paper round-trips
 * exactly on it.
 */
final class SparkJacksonTest {
    /** Spark's Jackson: the version in Spark's parent POM, passed by the build. */
    private static final String SPARK_JACKSON = System.getProperty("spark.jackson.version");

    @Test
    void runsOnTheJacksonVersionSparkIsBuiltWith() {
        assertThat(SPARK_JACKSON).isNotBlank();
        String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        assertThat(databind).isEqualTo(SPARK_JACKSON);
        assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
                .isEqualTo(SPARK_JACKSON);
        assertThat(com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION.toString())
                .isEqualTo(SPARK_JACKSON);
        assertThat(com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString())
                .isEqualTo(SPARK_JACKSON);
        // Spark's Scala module refuses a databind of another minor version: this is what breaks
        // Spark when an application's newer Jackson wins on the class path
        assertThat(DefaultScalaModule$.MODULE$.version().toString()).isEqualTo(SPARK_JACKSON);
        new ObjectMapper().registerModule(DefaultScalaModule$.MODULE$);
        assertThat(PaperdexJson.mapper().version().toString()).isEqualTo(SPARK_JACKSON);
    }

    @Test
    void roundTripsEverySeedAndSamplePaperExactly() throws IOException {
        List<Paper> papers = new ArrayList<>();
        List<dev.paperdex.parser.Diagnostic> ignored = new ArrayList<>();
        papers.addAll(TestInputs.read(TestInputs.seeds(), ignored));
        papers.addAll(TestInputs.read(TestInputs.samples(), ignored));
        assertThat(papers).hasSizeGreaterThan(100);
        assertThat(papers).allMatch(Paper::analyzed);
        for (Paper p : papers) {
            String json = PaperdexJson.mapper().writeValueAsString(p);
            Paper back = PaperdexJson.mapper().readValue(json, Paper.class);
            assertThat(back).isEqualTo(p);
            assertThat(PaperdexJson.mapper().writeValueAsString(back)).isEqualTo(json);
        }
        // and as JSON Lines, read back through the parser's detection
        StringWriter lines = new StringWriter();
        PaperdexJson.writeLines(lines, papers);
        List<Paper> read = new ArrayList<>();
        try (var s = dev.paperdex.parser.Papers.stream(
                new java.io.StringReader(lines.toString()), "papers.jsonl", TestInputs.OPTIONS, ignored::add)) {
            s.forEach(read::add);
        }
        assertThat(read).containsExactlyElementsOf(papers);
    }
}
