package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a reported number measures (core/EXTRACTION.md section 1): a level reached, a difference against something, or a multiplicative factor. */
public enum MetricKind {
    SCORE,
    CHANGE,
    RATIO;

    /** The JSON name: the constant in lower case. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a constant from its JSON name or constant name, ignoring case. */
    @JsonCreator
    public static MetricKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
