/**
 * Grouping, aggregation and leaderboards over a {@link dev.paperdex.query.PaperSet}: the entry type
 * is {@link dev.paperdex.group.Grouping}, reached by {@code set.groupBy(GroupKey.MONTH)} and reduced
 * with {@link dev.paperdex.group.Aggregates} into an immutable {@link dev.paperdex.group.GroupTable}.
 * {@link dev.paperdex.group.Leaderboard} ranks the best score and largest gain per benchmark.
 */
package dev.paperdex.group;
