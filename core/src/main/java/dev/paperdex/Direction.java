package dev.paperdex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which way the measured quantity moves for a change or a ratio. */
public enum Direction {
    UP,
    DOWN;

    /** The JSON name: the constant in lower case. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a constant from its JSON name or constant name, ignoring case. */
    @JsonCreator
    public static Direction parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
