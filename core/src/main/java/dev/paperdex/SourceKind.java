package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of input a paper record was read from. */
public enum SourceKind {
    LISTING,
    HF_API,
    ARXIV_ATOM,
    JSON_LINES,
    /** arXiv's bulk metadata snapshot ({@code arxiv-metadata-oai-snapshot.json}), one paper per line. */
    ARXIV_SNAPSHOT,
    /** OpenAlex works: snapshot parts (JSON Lines) or {@code /works} API pages. */
    OPENALEX,
    OTHER;

    /** The JSON name: the constant in lower case. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a constant from its JSON name or constant name, ignoring case. */
    @JsonCreator
    public static SourceKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
