package dev.paperdex.group;

import dev.paperdex.Claim;
import dev.paperdex.Paper;
import dev.paperdex.query.MetricColumn;
import dev.paperdex.query.PaperSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The papers of a {@link PaperSet} grouped by a {@link GroupKey}, waiting for aggregates:
 *
 * <pre>{@code
 * GroupTable perMonth = papers.groupBy(GroupKey.MONTH).aggregate(Aggregates.count(), Aggregates.share());
 * Map<YearMonth, Long> counts = papers.groupBy(GroupKey.MONTH, Collectors.counting());
 * }</pre>
 *
 * <p>Nothing is computed until {@link #aggregate} or {@link #collect}; each is one pass over the
 * set. A paper with several keys is in several groups; a paper with none is in the {@code null}
 * group.
 */
public final class Grouping<K> {
    private final PaperSet set;
    private final GroupKey<K> key;

    private Grouping(PaperSet set, GroupKey<K> key) {
        this.set = Objects.requireNonNull(set, "set");
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The papers of {@code set} grouped by {@code key}. */
    public static <K> Grouping<K> of(PaperSet set, GroupKey<K> key) {
        return new Grouping<>(set, key);
    }

    /** One row per group with one column per aggregate, in the order given. */
    public GroupTable aggregate(Aggregate<?>... aggregates) {
        return aggregate(List.of(aggregates));
    }

    /** One row per group with one column per aggregate, in the order given. */
    public GroupTable aggregate(List<Aggregate<?>> aggregates) {
        List<String> names = aggregates.stream().map(Aggregate::name).toList();
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("aggregate names must be distinct, found " + names);
        }
        // count and share come from the group sizes; only other aggregates see the members
        List<Aggregate<?>> collected =
                aggregates.stream().filter(a -> !a.isCounting()).toList();
        if (key.isCoded()
                && !key.filtersMetrics()
                && !collected.isEmpty()
                && collected.stream().allMatch(a -> a.columns() != null)) {
            GroupTable byColumns = aggregateByColumns(aggregates, names, collected);
            if (byColumns != null) {
                return byColumns;
            }
        }
        Map<K, Tally> groups = group(
                () -> {
                    List<Slot<?, ?>> slots = new ArrayList<>(collected.size());
                    for (Aggregate<?> a : collected) {
                        slots.add(Slot.of(a.collector()));
                    }
                    return new Tally(slots);
                },
                !collected.isEmpty());
        int total = set.size();
        List<GroupRow> rows = new ArrayList<>(groups.size());
        groups.forEach((k, tally) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            int slot = 0;
            for (int i = 0; i < aggregates.size(); i++) {
                Aggregate<?> a = aggregates.get(i);
                Object v;
                if (a.isShare()) {
                    v = total == 0 ? 0.0 : (double) tally.count / total;
                } else if (a.isCounting()) {
                    v = tally.count;
                } else {
                    v = tally.slots.get(slot++).finish();
                }
                values.put(names.get(i), v);
            }
            rows.add(GroupRow.of(Optional.ofNullable(k), tally.label(key.preferredLabel(k)), values));
        });
        return GroupTable.of(key.name(), total, names, rows);
    }

    /**
     * {@link #aggregate} for a coded key when every aggregate but count and share is a metric
     * statistic with a column form: one pass over the key codes and the set's metric columns, no
     * paper or member visited (unless a condition other than {@code any} must test a metric), the
     * same values fed in the same order as the collectors would be. Null when the codes span too
     * wide a range.
     */
    private GroupTable aggregateByColumns(
            List<Aggregate<?>> aggregates, List<String> names, List<Aggregate<?>> collected) {
        int[] codes = key.isCodedByDay() ? dayCodes() : paperCodes();
        CodeRange range = CodeRange.of(codes);
        int min = range.min();
        long width = range.width();
        if (width > (1 << 16)) {
            return null;
        }
        int slots = (int) width + 1;
        int noneSlot = (int) width;
        long[] counts = new long[slots];
        MetricColumn column = set.metricColumn();
        List<ColumnTally<?, ?>> tallies = new ArrayList<>(collected.size());
        for (Aggregate<?> a : collected) {
            tallies.add(new ColumnTally<>(a.columns(), slots, column.unitKinds()));
        }
        for (int i = 0; i < codes.length; i++) {
            int c = codes[i];
            int slot = c == GroupKey.NO_CODE ? noneSlot : c - min;
            counts[slot]++;
            int from = column.start(i);
            int to = column.end(i);
            if (from < to) {
                for (ColumnTally<?, ?> t : tallies) {
                    t.add(slot, column, i, from, to);
                }
            }
        }
        int total = set.size();
        List<GroupRow> rows = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            if (counts[slot] == 0) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            int next = 0;
            for (int i = 0; i < aggregates.size(); i++) {
                Aggregate<?> a = aggregates.get(i);
                Object v;
                if (a.isShare()) {
                    v = total == 0 ? 0.0 : (double) counts[slot] / total;
                } else if (a.isCounting()) {
                    v = counts[slot];
                } else {
                    v = tallies.get(next++).result(slot);
                }
                values.put(names.get(i), v);
            }
            K k = slot == noneSlot ? null : key.decode(min + slot);
            rows.add(GroupRow.of(Optional.ofNullable(k), Optional.empty(), values));
        }
        return GroupTable.of(key.name(), total, names, rows);
    }

    /**
     * One metric statistic over columns: per group slot and kind-and-unit code a container, its size
     * and when it was first fed (the collectors' buckets in their first-seen order).
     */
    private static final class ColumnTally<A, R> {
        private final Aggregates.ColumnStat<A, R> stat;
        private final int unitKinds;
        private final Object[] containers;
        private final long[] sizes;
        private final int[] firstSeen;
        private int seen;

        ColumnTally(Aggregates.ColumnStat<A, R> stat, int slots, int unitKinds) {
            this.stat = stat;
            this.unitKinds = unitKinds;
            this.containers = new Object[slots * unitKinds];
            this.sizes = new long[containers.length];
            this.firstSeen = new int[containers.length];
        }

        @SuppressWarnings("unchecked") // every container was made by stat.create
        void add(int slot, MetricColumn column, int paper, int from, int to) {
            int base = slot * unitKinds;
            for (int m = from; m < to; m++) {
                if (!stat.any && !stat.condition.test(column.metric(paper, m))) {
                    continue;
                }
                int at = base + column.unitKind(m);
                Object box = containers[at];
                if (box == null) {
                    box = stat.create.get();
                    containers[at] = box;
                    firstSeen[at] = seen++;
                }
                sizes[at]++;
                stat.add.accept((A) box, column.value(m));
            }
        }

        @SuppressWarnings("unchecked") // as in add
        R result(int slot) {
            int base = slot * unitKinds;
            int best = -1;
            for (int at = base; at < base + unitKinds; at++) {
                if (containers[at] != null
                        && (best < 0
                                || sizes[at] > sizes[best]
                                || (sizes[at] == sizes[best] && firstSeen[at] < firstSeen[best]))) {
                    best = at;
                }
            }
            return stat.finish.apply(best < 0 ? stat.create.get() : (A) containers[best]);
        }
    }

    /** {@code count} and {@code share} of each group. */
    public GroupTable count() {
        return aggregate(Aggregates.count(), Aggregates.share());
    }

    /**
     * Each group's papers reduced by {@code downstream}: an unmodifiable map in key order, the
     * {@code null} key (papers without a key) last.
     */
    public <R> Map<K, R> collect(Collector<? super Paper, ?, R> downstream) {
        return collectMembers(Collectors.mapping(GroupMember::paper, downstream));
    }

    /** Each group's members (paper, claims, the group's metrics) reduced by {@code downstream}. */
    public <R> Map<K, R> collectMembers(Collector<? super GroupMember, ?, R> downstream) {
        Map<K, Tally> groups = group(() -> new Tally(List.of(Slot.of(downstream))), true);
        Map<K, R> out = new LinkedHashMap<>();
        groups.forEach((k, tally) -> out.put(k, finish(downstream, tally.slots.get(0))));
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked") // the slot was made from this very collector
    private static <R> R finish(Collector<?, ?, R> downstream, Slot<?, ?> slot) {
        return (R) slot.finish();
    }

    /** The size of one group and its aggregates' containers. */
    private static final class Tally {
        long count;
        final List<Slot<?, ?>> slots;
        /** For labelled keys: how often each written name of the key was seen. */
        Map<String, Integer> labels;

        Tally(List<Slot<?, ?>> slots) {
            this.slots = slots;
        }

        void add(GroupMember m) {
            for (Slot<?, ?> s : slots) {
                s.add(m);
            }
        }

        void label(List<String> names) {
            if (labels == null) {
                labels = new LinkedHashMap<>();
            }
            for (String n : names) {
                labels.merge(n, 1, Integer::sum);
            }
        }

        /** The most common written name; among equals {@code preferred} if it is one, else the first seen. */
        Optional<String> label(Optional<String> preferred) {
            if (labels == null) {
                return Optional.empty();
            }
            int max = labels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (preferred.isPresent() && max > 0 && labels.getOrDefault(preferred.get(), 0) == max) {
                return preferred;
            }
            String best = null;
            int n = 0;
            for (Map.Entry<String, Integer> e : labels.entrySet()) {
                if (e.getValue() > n) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return Optional.ofNullable(best);
        }
    }

    /**
     * One pass: a tally per group, counting every paper and, when {@code members}, feeding it to
     * the slots; groups in key order, the null key last.
     */
    private Map<K, Tally> group(Supplier<Tally> newTally, boolean members) {
        if (key.isCoded()) {
            Map<K, Tally> coded = groupByCode(newTally, members);
            if (coded != null) {
                return coded;
            }
        }
        Map<K, Tally> groups = new HashMap<>();
        List<Tally> none = new ArrayList<>(1);
        Function<K, Tally> create = k -> newTally.get();
        set.forEach((Paper p, List<Claim> claims) -> {
            List<K> ks = key.keysOf(p, claims);
            if (ks.isEmpty()) {
                if (none.isEmpty()) {
                    none.add(newTally.get());
                }
                Tally t = none.get(0);
                t.count++;
                if (members) {
                    t.add(GroupMember.of(p, claims, key, null));
                }
                return;
            }
            for (K k : ks) {
                Tally t = groups.computeIfAbsent(k, create);
                t.count++;
                if (key.isLabelled()) {
                    t.label(key.labelsOf(p, k));
                }
                if (members) {
                    t.add(GroupMember.of(p, claims, key, k));
                }
            }
        });
        List<K> keys = new ArrayList<>(groups.keySet());
        keys.sort(key.order());
        Map<K, Tally> ordered = new LinkedHashMap<>();
        for (K k : keys) {
            ordered.put(k, groups.get(k));
        }
        if (!none.isEmpty()) {
            ordered.put(null, none.get(0));
        }
        return ordered;
    }

    /**
     * The same as {@link #group} for keys with an int code: tallies in an array indexed by code,
     * no key objects or hashing per paper, and no pass over the papers at all when only counting.
     * Null when the codes span too wide a range.
     */
    private Map<K, Tally> groupByCode(Supplier<Tally> newTally, boolean members) {
        int[] codes = key.isCodedByDay() ? dayCodes() : paperCodes();
        CodeRange range = CodeRange.of(codes);
        int min = range.min();
        long width = range.width();
        if (width > (1 << 20)) {
            return null;
        }
        List<Tally> tallies = new ArrayList<>(Collections.nCopies((int) width + 1, (Tally) null));
        int noneSlot = (int) width;
        int base = min;
        int[] at = {0};
        if (members) {
            set.forEach((Paper p, List<Claim> claims) -> {
                int c = codes[at[0]++];
                Tally t = tally(tallies, c == GroupKey.NO_CODE ? noneSlot : c - base, newTally);
                t.count++;
                t.add(GroupMember.of(p, claims, key, null));
            });
        } else {
            for (int c : codes) {
                tally(tallies, c == GroupKey.NO_CODE ? noneSlot : c - base, newTally).count++;
            }
        }
        Map<K, Tally> ordered = new LinkedHashMap<>();
        for (int i = 0; i < width; i++) {
            if (tallies.get(i) != null) {
                ordered.put(key.decode(base + i), tallies.get(i));
            }
        }
        if (tallies.get(noneSlot) != null) {
            ordered.put(null, tallies.get(noneSlot));
        }
        return ordered;
    }

    private static Tally tally(List<Tally> tallies, int i, Supplier<Tally> newTally) {
        Tally t = tallies.get(i);
        if (t == null) {
            t = newTally.get();
            tallies.set(i, t);
        }
        return t;
    }

    private int[] paperCodes() {
        int[] codes = new int[set.size()];
        int i = 0;
        for (Paper p : set) {
            codes[i++] = key.code(p);
        }
        return codes;
    }

    /** Codes from the date column, each distinct day computed once. */
    private int[] dayCodes() {
        int[] days = set.epochDays();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int d : days) {
            if (d != Integer.MIN_VALUE) {
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        boolean memo = min <= max && (long) max - min < (1 << 22);
        int[] byDay = memo ? new int[max - min + 1] : null;
        boolean[] known = memo ? new boolean[max - min + 1] : null;
        for (int i = 0; i < days.length; i++) {
            int d = days[i];
            if (d == Integer.MIN_VALUE) {
                days[i] = GroupKey.NO_CODE;
            } else if (memo) {
                int j = d - min;
                if (!known[j]) {
                    byDay[j] = key.dayCode(d);
                    known[j] = true;
                }
                days[i] = byDay[j];
            } else {
                days[i] = key.dayCode(d);
            }
        }
        return days;
    }

    /** A collector and its container for one group. */
    private static final class Slot<A, R> {
        private final Collector<? super GroupMember, A, R> collector;
        private final A container;

        private Slot(Collector<? super GroupMember, A, R> collector) {
            this.collector = collector;
            this.container = collector.supplier().get();
        }

        static <A, R> Slot<A, R> of(Collector<? super GroupMember, A, R> collector) {
            return new Slot<>(collector);
        }

        void add(GroupMember m) {
            collector.accumulator().accept(container, m);
        }

        R finish() {
            return collector.finisher().apply(container);
        }
    }

    @Override
    public String toString() {
        return "Grouping[" + key.name() + ", " + set.size() + " papers]";
    }

    /** The smallest code of a key's codes, and how many values lie from it to the largest. */
    private record CodeRange(int min, long width) {
        static CodeRange of(int[] codes) {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int c : codes) {
                if (c != GroupKey.NO_CODE) {
                    min = Math.min(min, c);
                    max = Math.max(max, c);
                }
            }
            return new CodeRange(min, min > max ? 0 : (long) max - min + 1);
        }
    }
}
