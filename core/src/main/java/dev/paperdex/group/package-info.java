/**
 * Grouping, aggregation and leaderboards over a {@link dev.paperdex.query.PaperSet}: the entry type is
 * {@link dev.paperdex.group.Grouping}, reached by {@code set.groupBy(GroupKey.MONTH)} and reduced with
 * {@link dev.paperdex.group.Aggregates} or any JDK {@code Collector} into an immutable {@link
 * dev.paperdex.group.GroupTable}. {@link dev.paperdex.group.Leaderboard} ranks, per benchmark, metric,
 * unit and kind, the papers' own results with the sentences that back them, and their
 * state-of-the-art timelines.
 */
package dev.paperdex.group;
