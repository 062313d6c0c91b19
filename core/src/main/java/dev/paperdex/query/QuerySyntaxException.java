package dev.paperdex.query;

import java.util.Objects;

/**
 * The one exception {@link QuerySyntax#parse(String)} throws: where in the query the problem is,
 * what was expected there and what was found.
 *
 * <pre>
 * expected a date YYYY-MM-DD at column 7, found '2025-13-01'
 * </pre>
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    /** Stable codes of what went wrong. */
    public enum Problem {
        /** A token stands where another was expected (a term, {@code )}, end of query). */
        UNEXPECTED_TOKEN,
        /** A {@code "} phrase is not closed. */
        UNTERMINATED_PHRASE,
        /** A {@code name:} prefix is not a known field. */
        UNKNOWN_FIELD,
        /** A field's value is not a valid date, number, kind or other value. */
        INVALID_VALUE,
        /** Parentheses and {@code NOT}s nested deeper than the parser allows. */
        TOO_DEEP
    }

    private final Problem problem;
    private final String query;
    private final int offset;
    private final String expected;
    private final String found;

    QuerySyntaxException(Problem problem, String query, int offset, String expected, String found) {
        super("expected " + expected + " at column " + (offset + 1) + ", found " + found);
        this.problem = Objects.requireNonNull(problem);
        this.query = query;
        this.offset = offset;
        this.expected = expected;
        this.found = found;
    }

    /** What went wrong. */
    public Problem problem() {
        return problem;
    }

    /** The whole query text. */
    public String query() {
        return query;
    }

    /** The 0-based offset in the query where the problem was found. */
    public int offset() {
        return offset;
    }

    /** The 1-based column where the problem was found ({@code offset() + 1}). */
    public int column() {
        return offset + 1;
    }

    /** What the parser expected, e.g. {@code a search term} or {@code ')'}. */
    public String expected() {
        return expected;
    }

    /** What it found: quoted text such as {@code 'AND'}, or {@code end of query}. */
    public String found() {
        return found;
    }

    /** The query and a caret under the problem's column, for terminals. */
    public String pointer() {
        return query + "\n" + " ".repeat(Math.min(offset, query.length())) + "^";
    }
}
