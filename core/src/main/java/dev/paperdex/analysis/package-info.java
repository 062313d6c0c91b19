/**
 * The analysis of abstract text: links, reported metrics, sentences and claims, read in one pass.
 * The entry type is {@link dev.paperdex.analysis.AbstractAnalyzer}; {@link
 * dev.paperdex.analysis.MetricExtractor} and {@link dev.paperdex.analysis.ClaimExtractor} are thin
 * calls into the same pass.
 */
package dev.paperdex.analysis;
