package dev.paperdex.group;

import dev.paperdex.Paper;
import java.util.Objects;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * A named column of a {@link GroupTable}: a JDK {@link Collector} over the {@linkplain GroupMember
 * members} of one group. Make your own with {@link #of} or {@link #ofPapers}; the usual ones are in
 * {@link Aggregates}. The result should be JSON-friendly: a number, a string, an {@code Optional}
 * or {@code OptionalDouble} (empty prints as {@code null}), or a list of those.
 *
 * @param <R> the result of one group
 */
public final class Aggregate<R> {
    private final String name;
    private final Collector<? super GroupMember, ?, R> collector;
    private final boolean share;
    private final boolean counting;
    /** The same statistic read from the set's metric columns, when it can be; null otherwise. */
    private final Aggregates.ColumnStat<?, R> columns;

    private Aggregate(String name, Collector<? super GroupMember, ?, R> collector, boolean share, boolean counting) {
        this(name, collector, share, counting, null);
    }

    private Aggregate(
            String name,
            Collector<? super GroupMember, ?, R> collector,
            boolean share,
            boolean counting,
            Aggregates.ColumnStat<?, R> columns) {
        if (name.isBlank() || name.equals("key") || name.equals("label")) {
            throw new IllegalArgumentException(
                    "aggregate name must not be blank, 'key' or 'label', found '" + name + "'");
        }
        this.name = name;
        this.collector = Objects.requireNonNull(collector, "collector");
        this.share = share;
        this.counting = counting || share;
        this.columns = columns;
    }

    /** A metric statistic that the set's metric columns can also compute, with the same result. */
    static <R> Aggregate<R> ofColumns(
            String name, Collector<? super GroupMember, ?, R> collector, Aggregates.ColumnStat<?, R> columns) {
        return new Aggregate<>(name, collector, false, false, Objects.requireNonNull(columns, "columns"));
    }

    /** The column form of this aggregate, or null. */
    Aggregates.ColumnStat<?, R> columns() {
        return columns;
    }

    /** An aggregate over group members (paper, claims, the group's metrics). */
    public static <R> Aggregate<R> of(String name, Collector<? super GroupMember, ?, R> collector) {
        return new Aggregate<>(name, collector, false, false);
    }

    /** An aggregate over the papers of each group. */
    public static <R> Aggregate<R> ofPapers(String name, Collector<? super Paper, ?, R> collector) {
        return new Aggregate<>(name, Collectors.mapping(GroupMember::paper, collector), false, false);
    }

    /** The share of all papers of the set: group count / set size, in [0, 1]. */
    static Aggregate<Long> share() {
        return new Aggregate<>("share", Collectors.counting(), true, true);
    }

    /** The number of papers in the group, read from the group's size. */
    static Aggregate<Long> count() {
        return new Aggregate<>("count", Collectors.counting(), false, true);
    }

    /** The column name. */
    public String name() {
        return name;
    }

    /** The collector over the members of one group. */
    public Collector<? super GroupMember, ?, R> collector() {
        return collector;
    }

    boolean isShare() {
        return share;
    }

    /** Whether the result is the group's size (count) or derived from it (share). */
    boolean isCounting() {
        return counting;
    }

    @Override
    public String toString() {
        return "Aggregate[" + name + "]";
    }
}
