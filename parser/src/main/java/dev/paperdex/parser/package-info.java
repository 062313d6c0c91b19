/**
 * Readers that turn paper listings, API JSON and feeds into {@link dev.paperdex.Paper} values.
 * The entry type is {@link dev.paperdex.parser.Papers}; problems become {@link
 * dev.paperdex.parser.Diagnostic}s, or a {@link dev.paperdex.parser.PaperFormatException} in
 * strict mode.
 */
package dev.paperdex.parser;
