package dev.paperdex.parser;

import java.io.IOException;

/** Where the listing parser takes its lines from: characters ({@link ListingLines}) or UTF-8 bytes ({@link Utf8ListingLines}). */
interface LineSource {
    /** The next non-blank line, folded and trimmed, or null at the end of input. */
    ListingLines.Line next() throws IOException;
}
