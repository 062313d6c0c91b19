package dev.paperdex.group;

import dev.paperdex.Claim;
import dev.paperdex.Paper;
import dev.paperdex.query.PaperSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
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
        Map<K, List<Slot<?, ?>>> groups = group(() -> {
            List<Slot<?, ?>> slots = new ArrayList<>(aggregates.size());
            for (Aggregate<?> a : aggregates) {
                slots.add(Slot.of(a.collector()));
            }
            return slots;
        }, (slots, member) -> {
            for (Slot<?, ?> s : slots) {
                s.add(member);
            }
        });
        int total = set.size();
        List<GroupRow> rows = new ArrayList<>(groups.size());
        groups.forEach((k, slots) -> {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < aggregates.size(); i++) {
                Object v = slots.get(i).finish();
                if (aggregates.get(i).isShare()) {
                    v = total == 0 ? 0.0 : ((Number) v).doubleValue() / total;
                }
                values.put(names.get(i), v);
            }
            rows.add(GroupRow.of(Optional.ofNullable(k), values));
        });
        return GroupTable.of(key.name(), total, names, rows);
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
        Map<K, List<Slot<?, ?>>> groups = group(() -> List.of(Slot.of(downstream)), (slots, m) -> slots.get(0).add(m));
        Map<K, R> out = new LinkedHashMap<>();
        groups.forEach((k, slots) -> out.put(k, finish(downstream, slots.get(0))));
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked") // the slot was made from this very collector
    private static <R> R finish(Collector<?, ?, R> downstream, Slot<?, ?> slot) {
        return (R) slot.finish();
    }

    /** One pass: a state per group, fed every member; groups in key order, null key last. */
    private <S> Map<K, S> group(Supplier<S> newState, BiConsumer<S, GroupMember> add) {
        if (key.isCoded()) {
            Map<K, S> coded = groupByCode(newState, add);
            if (coded != null) {
                return coded;
            }
        }
        Map<K, S> groups = new HashMap<>();
        List<S> none = new ArrayList<>(1);
        Function<K, S> create = k -> newState.get();
        set.forEach((Paper p, List<Claim> claims) -> {
            List<K> ks = key.keysOf(p, claims);
            if (ks.isEmpty()) {
                if (none.isEmpty()) {
                    none.add(newState.get());
                }
                add.accept(none.get(0), GroupMember.of(p, claims, key, null));
                return;
            }
            for (K k : ks) {
                add.accept(groups.computeIfAbsent(k, create), GroupMember.of(p, claims, key, k));
            }
        });
        List<K> keys = new ArrayList<>(groups.keySet());
        keys.sort(key.order());
        Map<K, S> ordered = new LinkedHashMap<>();
        for (K k : keys) {
            ordered.put(k, groups.get(k));
        }
        if (!none.isEmpty()) {
            ordered.put(null, none.get(0));
        }
        return ordered;
    }

    /**
     * The same as {@link #group} for keys with an int code: states in an array indexed by code, no
     * key objects or hashing per paper. Null when the codes span too wide a range.
     */
    private <S> Map<K, S> groupByCode(Supplier<S> newState, BiConsumer<S, GroupMember> add) {
        int[] codes = key.isCodedByDay() ? dayCodes() : paperCodes();
        int[] at = {0};
        int[] range = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int c : codes) {
            if (c != GroupKey.NO_CODE) {
                range[0] = Math.min(range[0], c);
                range[1] = Math.max(range[1], c);
            }
        }
        long width = range[0] > range[1] ? 0 : (long) range[1] - range[0] + 1;
        if (width > (1 << 20)) {
            return null;
        }
        List<S> states = new ArrayList<>(Collections.nCopies((int) width, (S) null));
        List<S> none = new ArrayList<>(1);
        int min = range[0];
        at[0] = 0;
        set.forEach((Paper p, List<Claim> claims) -> {
            int c = codes[at[0]++];
            S s;
            if (c == GroupKey.NO_CODE) {
                if (none.isEmpty()) {
                    none.add(newState.get());
                }
                s = none.get(0);
            } else {
                s = states.get(c - min);
                if (s == null) {
                    s = newState.get();
                    states.set(c - min, s);
                }
            }
            add.accept(s, GroupMember.of(p, claims, key, null));
        });
        Map<K, S> ordered = new LinkedHashMap<>();
        for (int i = 0; i < states.size(); i++) {
            if (states.get(i) != null) {
                ordered.put(key.decode(min + i), states.get(i));
            }
        }
        if (!none.isEmpty()) {
            ordered.put(null, none.get(0));
        }
        return ordered;
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
}
