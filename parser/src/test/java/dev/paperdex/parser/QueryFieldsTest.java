package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Paper;
import dev.paperdex.query.PaperSet;
import dev.paperdex.query.QuerySyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The identity, people and popularity fields of the query syntax on the Hugging Face API samples
 * (76 papers) and the seed listings (151 records, 148 papers). Expected counts were read off the sample JSON
 * ({@code paper.authors[].name}, {@code organization.fullname}, {@code paper.upvotes}, {@code
 * paper.githubStars}, {@code paper.ai_keywords}) and the seed text (listing cards carry no names,
 * ids, upvotes or stars; one card shows the team {@code HIT-TMG Lychee Team}).
 */
final class QueryFieldsTest {
    private static final Path SEEDS = Path.of(System.getProperty("paperdex.seeds", "seeds"));
    private static final PaperSet SAMPLES = samples();
    private static final PaperSet SEED_SET = seeds();

    static PaperSet samples() {
        List<Paper> all = new ArrayList<>();
        for (String day : List.of("2024-07-22", "2025-03-05", "2025-10-15", "2026-04-02")) {
            all.addAll(HfDailyListFieldsTest.sample(day));
        }
        return PaperSet.of(all);
    }

    static PaperSet seeds() {
        List<Paper> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.sorted().toList()) {
                all.addAll(
                        Papers.read(f, ParseOptions.defaults().withYear(2025)).papers());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return PaperSet.of(all);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "*-marker-*                          | 76",
                "id:2603.24414                       | 1",
                "id:2603.24414 OR id:2407.14177      | 2",
                "author:\"Jiahong Wu\"               | 2",
                "author:\"  JIAHONG   wu \"          | 2",
                "author:Wu                           | 0",
                "team:AMAP-ML                        | 1",
                "team:z.ai                           | 2",
                "upvotes>=50                         | 4",
                "upvotes>=100                        | 1",
                "upvotes<10                          | 47",
                "upvotes:0                           | 0",
                "upvotes>49 upvotes<=99              | 3",
                "stars>=10                           | 9",
                "stars:0                             | 3",
                "stars<5                             | 12",
                "NOT stars>=0                        | 51",
                "keyword:\"large language models\"   | 6",
                "keyword:\"Reinforcement Learning\"  | 3",
                "keyword:\"reinforcement\"           | 0",
            })
    void countsOnTheApiSamples(String query, int expected) {
        if (query.equals("*-marker-*")) {
            assertThat(SAMPLES.size()).isEqualTo(expected);
            return;
        }
        assertThat(SAMPLES.filter(QuerySyntax.parse(query)).size()).as(query).isEqualTo(expected);
        // the printed form reads back to the same answer
        String printed = QuerySyntax.parse(query).toString();
        assertThat(SAMPLES.filter(QuerySyntax.parse(printed)).size())
                .as(printed)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "team:\"hit-tmg lychee team\"  | 1",
                "team:AMAP-ML                  | 0",
                "upvotes>=0                    | 0",
                "stars>=0                      | 0",
                "id:2506.05331                 | 0",
                "author:\"Jiahong Wu\"         | 0",
                "NOT keyword:reasoning         | 148",
            })
    void countsOnTheSeeds(String query, int expected) {
        assertThat(SEED_SET.size()).isEqualTo(148); // 151 records, three papers twice
        assertThat(SEED_SET.filter(QuerySyntax.parse(query)).size()).as(query).isEqualTo(expected);
    }
}
