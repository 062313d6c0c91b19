/**
 * Finding papers: the entry type is {@link dev.paperdex.query.PaperSet}, an immutable, deduplicated
 * and indexed set of papers filtered by composable {@link dev.paperdex.query.PaperQuery}s. Queries
 * are built in code or parsed from text with {@link dev.paperdex.query.QuerySyntax}.
 */
package dev.paperdex.query;
