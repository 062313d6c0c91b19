/**
 * Reported metrics: the outcome numbers of an abstract with their meaning. The entry type is
 * {@link dev.paperdex.metrics.MetricExtractor}.
 */
package dev.paperdex.metrics;
