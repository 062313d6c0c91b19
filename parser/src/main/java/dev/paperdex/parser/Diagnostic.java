package dev.paperdex.parser;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.paperdex.PaperdexStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in an input: where (source name and position), a stable {@link ProblemCode},
 * a message saying what was expected and what was found, and the offending text (cut to 80
 * characters, control characters shown by code).
 */
@Value.Immutable
@PaperdexStyle
@JsonDeserialize(as = ImmutableDiagnostic.class)
public abstract class Diagnostic {
    /** The name of the input (file name, URI or the caller's label). */
    public abstract String sourceName();

    /** Where the problem starts. */
    public abstract SourcePosition position();

    /** The stable problem code. */
    public abstract ProblemCode code();

    /** What was expected and what was found. */
    public abstract String message();

    /** The offending text, printable and cut short, when there is one. */
    public abstract Optional<String> found();

    /** A diagnostic. */
    public static Diagnostic of(String sourceName, SourcePosition position, ProblemCode code, String message) {
        return ImmutableDiagnostic.builder()
                .sourceName(sourceName)
                .position(position)
                .code(code)
                .message(message)
                .build();
    }

    /** A diagnostic that quotes the offending text. */
    public static Diagnostic of(
            String sourceName, SourcePosition position, ProblemCode code, String message, String found) {
        return ImmutableDiagnostic.builder()
                .sourceName(sourceName)
                .position(position)
                .code(code)
                .message(message)
                .found(printable(found))
                .build();
    }

    /** {@code name:line:column: CODE: message}, the form compilers use. */
    @Override
    public final String toString() {
        return sourceName() + ":" + position().line() + ":" + position().column() + ": " + code() + ": " + message();
    }

    /** Cuts {@code text} to 80 characters and shows control characters as {@code \\uXXXX}. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        int limit = Math.min(text.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (text.length() > limit) {
            out.append("...");
        }
        return out.toString();
    }
}
