package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How exact a reported number is: exact, approximate, a lower bound (min) or an upper bound (max). */
public enum Qualifier {
    EXACT,
    APPROX,
    MIN,
    MAX;

    /** The JSON name: the constant in lower case. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a constant from its JSON name or constant name, ignoring case. */
    @JsonCreator
    public static Qualifier parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
