package dev.paperdex.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The indexes (candidates first, phrase checks last) give the papers a scan with the query gives. */
final class IndexedFilterTest {
    private static final String[] WORDS = {"chain", "of", "thought", "the", "model", "reasoning", "a", "vision"};

    static PaperSet papers() {
        Random random = new Random(11);
        List<Paper> out = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder abs = new StringBuilder();
            for (int w = 5 + random.nextInt(20); w > 0; w--) {
                abs.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
            }
            Paper.Builder b = Paper.builder()
                    .title(WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + i)
                    .abstractText(abs.toString())
                    .date(LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900)));
            if (random.nextInt(3) == 0) {
                b.addLinks(Link.of("https://github.com/o/r" + i, LinkKind.CODE));
            }
            out.add(b.build());
        }
        return PaperSet.of(out, p -> List.of());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"chain of thought\" AND link:code AND year:2025",
                "\"chain of thought\" AND \"the model\" AND year:2024",
                "title:\"chain of\" AND link:code",
                "abstract:\"thought of\" AND NOT link:code",
                "(\"of thought\" OR \"vision model\") AND year:2023",
                "\"reasoning a\" AND reasoning AND NOT \"a vision\""
            })
    void filtersAsAScanDoes(String query) {
        PaperSet set = papers();
        PaperQuery q = QuerySyntax.parse(query);

        PaperSet hits = set.filter(q);

        assertThat(hits.toList()).isEqualTo(set.stream().filter(q).toList());
        assertThat(hits.size()).isBetween(1, set.size() - 1);
    }
}
