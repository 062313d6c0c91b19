package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperdex.Paper;
import dev.paperdex.analysis.ClaimExtractor;
import dev.paperdex.json.PaperdexJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores {@link ClaimExtractor} on the seed abstracts against {@code gold/seed-claims.jsonl}
 * (EXTRACTION.md section 4). Set {@code -Dpaperdex.verbose} to print every false positive, false
 * negative and type or subject disagreement.
 */
final class ClaimsGoldTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperdex.seeds", "seeds"));
    private static final Map<String, String> SEED_FILES =
            Map.of("000", "000_ac4d8aa2034e5b5f.txt", "003", "003_94c5f68b1bf7e18c.txt");

    @Test
    void findsTheGoldClaimsOfTheSeedAbstracts() throws IOException {
        Map<String, List<Paper>> seeds = Map.of(
                "000",
                        Papers.read(
                                        SEEDS.resolve(SEED_FILES.get("000")),
                                        ParseOptions.defaults().withYear(2025))
                                .papers(),
                "003",
                        Papers.read(
                                        SEEDS.resolve(SEED_FILES.get("003")),
                                        ParseOptions.defaults().withYear(2025))
                                .papers());
        ClaimsScore score = new ClaimsScore();
        int papers = 0;
        for (JsonNode entry : gold()) {
            String id = entry.get("id").asText();
            Paper paper = seeds.get(id.substring(0, 3)).get(Integer.parseInt(id.substring(4)));
            assertThat(Paper.normalizeTitle(paper.title()))
                    .as("title of seed paper %s", id)
                    .isEqualTo(Paper.normalizeTitle(entry.get("title").asText()));
            List<ClaimsScore.Gold> claims = ClaimsScore.goldOf(entry);
            score.add(id, ClaimExtractor.extract(paper), claims);
            papers++;
        }
        System.out.print("ClaimsGoldTest on " + papers + " seed papers\n" + score.report());
        if (System.getProperty("paperdex.verbose") != null) {
            score.problems().forEach(System.out::println);
        }
        assertThat(papers).isEqualTo(151);
        assertThat(score.f1()).as("claim F1").isGreaterThanOrEqualTo(0.92);
        assertThat(score.typeAgreement()).as("claim type agreement").isGreaterThanOrEqualTo(0.88);
    }

    private static List<JsonNode> gold() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        try (InputStream in = ClaimsGoldTest.class.getResourceAsStream("/gold/seed-claims.jsonl")) {
            assertThat(in).as("gold/seed-claims.jsonl on the test class path").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    entries.add(PaperdexJson.mapper().readTree(line));
                }
            }
        }
        return entries;
    }
}
