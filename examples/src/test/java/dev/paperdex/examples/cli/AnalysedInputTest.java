package dev.paperdex.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.analysis.AbstractAnalyzer;
import dev.paperdex.examples.cli.PapersCliTest.Run;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI prints each paper's analysis and never analyses a paperdex JSON Lines record again. */
final class AnalysedInputTest {
    @Test
    void parsePrintsTheClaimsInsideEachPaper() throws IOException {
        Run r = PapersCliTest.run("parse", "--year", "2025", PapersCliTest.SEED0, PapersCliTest.SEED3);
        assertThat(r.code()).isZero();
        List<Paper> printed = PaperdexJson.readLines(new StringReader(r.out())).toList();
        List<Paper> parsed = new java.util.ArrayList<>();
        for (String seed : List.of(PapersCliTest.SEED0, PapersCliTest.SEED3)) {
            parsed.addAll(Papers.read(Path.of(seed), ParseOptions.defaults().withYear(2025))
                    .papers());
        }
        assertThat(printed).hasSize(151).isEqualTo(parsed);
        assertThat(printed).allMatch(Paper::analyzed);
        for (Paper p : printed) {
            assertThat(p.claims())
                    .as("claims of %s", p.title())
                    .isEqualTo(AbstractAnalyzer.analyze(Optional.of(p.title()), p.abstractText())
                            .claims());
        }
        long withClaims = printed.stream().filter(p -> !p.claims().isEmpty()).count();
        assertThat(withClaims).isGreaterThan(140);
        Paper mint = printed.get(0);
        assertThat(mint.claims()).extracting(Claim::subject).contains(Optional.of("MINT-CoT-7B"));
        assertThat(r.lines().get(0)).contains("\"claims\":[{\"sentence\":", "\"metricIndexes\":[");
    }

    /**
     * 10,000 analysed papers whose stored claims disagree with their abstracts: every answer follows
     * the stored claims, so no command ran the claim extractor on them.
     */
    @Test
    void queryKeepsTheStoredAnalysisOfJsonLines(@TempDir Path dir) throws IOException {
        String abstractText = "We release the code. Our method reaches a new state of the art on GSM8K with 91.2%.";
        Paper analysed = Paper.of("Base", abstractText);
        assertThat(analysed.claims()).extracting(c -> c.is(ClaimType.SOTA)).contains(true);
        Path file = dir.resolve("papers.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 10_000; i++) {
                // stored: no sota claim; every tenth paper has a code link
                Paper.Builder b = Paper.builder()
                        .from(analysed)
                        .title("Paper " + i)
                        .id(String.format("2501.%05d", i))
                        .claims(List.of(Claim.builder()
                                .from(analysed.claims().get(0))
                                .types(List.of(ClaimType.FINDING))
                                .build()));
                if (i % 10 == 0) {
                    b.addLinks(Link.of("https://github.com/x/p" + i, LinkKind.CODE));
                }
                w.write(PaperdexJson.mapper().writeValueAsString(b.build()));
                w.newLine();
            }
        }
        Run code = PapersCliTest.run("query", "link:code", file.toString());
        assertThat(code.code()).isZero();
        assertThat(code.lines()).hasSize(1_000);
        Paper first = PaperdexJson.mapper().readValue(code.lines().get(0), Paper.class);
        assertThat(first.claims()).extracting(c -> List.copyOf(c.types())).containsExactly(List.of(ClaimType.FINDING));

        assertThat(PapersCliTest.run("query", "claim:sota", file.toString()).lines())
                .as("stored claims have no sota")
                .isEmpty();
        assertThat(PapersCliTest.run("query", "claim:finding", file.toString()).lines())
                .hasSize(10_000);
        assertThat(PapersCliTest.run("query", "--reanalyze", "claim:sota", file.toString())
                        .lines())
                .as("--reanalyze reads the abstracts again")
                .hasSize(10_000);
    }
}
