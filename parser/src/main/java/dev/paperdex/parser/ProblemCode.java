package dev.paperdex.parser;

/**
 * Stable codes for every problem a reader reports. Codes are part of the API: they never change
 * meaning, so callers may switch on them.
 */
public enum ProblemCode {
    /** A listing card has a title line but the input ends (or a new title starts) before its abstract. */
    MISSING_ABSTRACT,
    /** A listing card's metadata group ({@code • N authors}, {@code ·}, date) is cut short. */
    TRUNCATED_METADATA,
    /** A date could not be read, or names a day that does not exist ({@code Jul 32, 2024}). */
    BAD_DATE,
    /** An author count that is not a positive number. */
    BAD_AUTHOR_COUNT,
    /** A line the listing grammar does not allow where it stands. */
    UNEXPECTED_LINE,
    /** A listing page header that is cut short or garbled. */
    BAD_HEADER,
    /** JSON that is malformed or ends too early. */
    BAD_JSON,
    /** A JSON or XML field holds a value of the wrong type ({@code "upvotes": "many"}). */
    WRONG_TYPE,
    /** A record lacks a field it must have (a title, an abstract). */
    MISSING_FIELD,
    /** XML that is malformed or ends too early. */
    BAD_XML,
    /** XML with a DTD or entity declaration: refused, never expanded or fetched. */
    FORBIDDEN_DTD,
    /** An input whose format cannot be recognised. */
    UNKNOWN_FORMAT,
    /** The input could not be read (I/O error). */
    UNREADABLE,
    /** Bytes that are not UTF-8; each malformed sequence is read as U+FFFD. */
    BAD_ENCODING,
    /**
     * A record above a per-record cap (an abstract or title too long, a JSON Lines line too long):
     * it is cut or skipped, as the message says, and reading goes on.
     */
    RECORD_TOO_LARGE,
    /** Offsets in a record's analysis (links, metrics, claims) that lie outside its abstract or do not match it. */
    BAD_SPAN,
    /** An input in which no block has the shape of a listing card: not a listing at all. */
    NOT_A_LISTING
}
