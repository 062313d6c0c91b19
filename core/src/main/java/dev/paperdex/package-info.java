/**
 * The paper values: {@link dev.paperdex.Paper} with its {@link dev.paperdex.Link}s, {@link
 * dev.paperdex.ReportedMetric}s and {@link dev.paperdex.Claim}s. Every value is immutable,
 * thread-safe and round-trips through {@link dev.paperdex.json.PaperdexJson}.
 */
package dev.paperdex;
