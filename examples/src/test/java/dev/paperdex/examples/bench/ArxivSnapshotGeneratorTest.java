package dev.paperdex.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Paper;
import dev.paperdex.SourceKind;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.parser.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class ArxivSnapshotGeneratorTest {
    @Test
    void writesRecordsThatReadAsTheArxivSnapshot() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArxivSnapshotGenerator.write(out, 600);

        ParseResult r = Papers.read(new ByteArrayInputStream(out.toByteArray()), "gen.json", ParseOptions.defaults());

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).hasSize(600);
        assertThat(r.papers()).extracting(p -> p.source().orElseThrow().kind()).containsOnly(SourceKind.ARXIV_SNAPSHOT);
        assertThat(r.papers()).extracting(p -> p.id().orElseThrow()).doesNotHaveDuplicates();
        Paper first = r.papers().get(0);
        assertThat(first.id()).hasValue("0704.00000");
        assertThat(first.date()).hasValue(LocalDate.of(2007, 4, 1));
        assertThat(first.title()).doesNotContain("\n");
        assertThat(r.papers())
                .allMatch(p -> p.date().isPresent() && p.authorCount().isPresent());
        assertThat(r.papers()).filteredOn(p -> !p.metrics().isEmpty()).hasSizeGreaterThan(400);
    }
}
