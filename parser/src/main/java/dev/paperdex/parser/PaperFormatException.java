package dev.paperdex.parser;

/**
 * The one exception strict reading throws: the input broke the format at {@link #diagnostic()}.
 * Lenient reading reports the same problem as a {@link Diagnostic} and goes on.
 */
public final class PaperFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    /** An exception for {@code diagnostic}. */
    public PaperFormatException(Diagnostic diagnostic) {
        super(diagnostic.toString());
        this.diagnostic = diagnostic;
    }

    /** The problem, with its position and code. */
    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** Shorthand for {@code diagnostic().code()}. */
    public ProblemCode code() {
        return diagnostic.code();
    }

    /** Shorthand for {@code diagnostic().position()}. */
    public SourcePosition position() {
        return diagnostic.position();
    }
}
