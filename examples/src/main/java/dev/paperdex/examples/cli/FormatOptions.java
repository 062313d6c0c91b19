package dev.paperdex.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print records. */
final class FormatOptions {
    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "jsonl (one JSON object per line), csv (a header line, then one row per record) or table"
                    + " (aligned text, long cells cut); the default is the command's own.")
    OutputFormat format;

    /** The format asked for, else {@code fallback}. */
    OutputFormat or(OutputFormat fallback) {
        return format == null ? fallback : format;
    }
}
