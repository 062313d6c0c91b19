package dev.paperdex.examples.cli;

/** What {@code --format} accepts: JSON Lines, CSV with a header line, or an aligned text table. */
enum OutputFormat {
    jsonl,
    csv,
    table
}
