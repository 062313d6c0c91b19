package dev.paperdex.parser;

import java.util.function.Consumer;

/** Routes problems: throws at the first one in strict mode, else hands each to the listener. */
final class DiagnosticSink {
    private final boolean strict;
    private final Consumer<? super Diagnostic> listener;

    DiagnosticSink(boolean strict, Consumer<? super Diagnostic> listener) {
        this.strict = strict;
        this.listener = listener;
    }

    void report(Diagnostic d) {
        if (strict) {
            throw new PaperFormatException(d);
        }
        listener.accept(d);
    }
}
