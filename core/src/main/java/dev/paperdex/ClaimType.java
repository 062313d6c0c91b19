package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of result a claim sentence asserts (core/EXTRACTION.md section 2). */
public enum ClaimType {
    PERFORMANCE,
    SOTA,
    EFFICIENCY,
    RELEASE,
    FINDING;

    /** The JSON name: the constant in lower case. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a constant from its JSON name or constant name, ignoring case. */
    @JsonCreator
    public static ClaimType parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
