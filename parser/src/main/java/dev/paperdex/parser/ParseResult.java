package dev.paperdex.parser;

import dev.paperdex.Paper;
import dev.paperdex.PaperdexStyle;
import java.util.List;
import org.immutables.value.Value;

/** What a lenient read returns: every good record in input order, and every problem found. */
@Value.Immutable
@PaperdexStyle
public abstract class ParseResult {
    /** The records, in input order. */
    public abstract List<Paper> papers();

    /** The problems, in input order. */
    public abstract List<Diagnostic> diagnostics();

    /** A result. */
    public static ParseResult of(List<Paper> papers, List<Diagnostic> diagnostics) {
        return ImmutableParseResult.builder()
                .papers(papers)
                .diagnostics(diagnostics)
                .build();
    }
}
