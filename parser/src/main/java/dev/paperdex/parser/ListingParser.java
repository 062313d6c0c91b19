package dev.paperdex.parser;

import dev.paperdex.Paper;
import java.io.Reader;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads the text copy of Hugging Face "Daily Papers" listing and search pages. */
public final class ListingParser {
    private ListingParser() {}

    /** Streams the papers of a listing; diagnostics go to {@code diagnostics}. */
    public static Stream<Paper> stream(
            Reader in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics) {
        return Stream.empty();
    }
}
