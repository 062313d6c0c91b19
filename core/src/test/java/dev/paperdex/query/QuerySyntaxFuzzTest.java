package dev.paperdex.query;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paperdex.Paper;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz target for {@link QuerySyntax#parse}: any text either parses into a query that can be
 * applied to papers, or throws {@link QuerySyntaxException}; nothing else (no stack overflow on
 * deep nesting). The corpus in {@code QuerySyntaxFuzzTestInputs/} runs as ordinary tests.
 */
final class QuerySyntaxFuzzTest {
    private static final List<Paper> PAPERS = List.of(
            Paper.of(
                    "Scaling Laws",
                    "We improve GSM8K accuracy by 5.2% over the baseline. Code: https://github.com/a/b"),
            Paper.builder().title("Empty").abstractText("").build());

    @FuzzTest
    void parse(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        PaperQuery q;
        try {
            q = QuerySyntax.parse(text);
        } catch (QuerySyntaxException expected) {
            return;
        }
        for (Paper p : PAPERS) {
            q.test(p);
        }
        q.toString();
    }
}
