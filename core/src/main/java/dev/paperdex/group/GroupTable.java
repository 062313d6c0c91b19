package dev.paperdex.group;

import dev.paperdex.PaperdexStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@link Grouping#aggregate}: one {@link GroupRow} per group in key order (the group
 * without a key last), with the name of the key and of each aggregate column. Immutable; prints as
 * an aligned text table with {@link #toTable()} and as JSON through {@link
 * dev.paperdex.json.PaperdexJson#mapper()}.
 */
@Value.Immutable
@PaperdexStyle
public abstract class GroupTable {
    /** The name of the key, e.g. {@code month}. */
    public abstract String by();

    /** The number of papers in the grouped set (a paper with several keys counts once here). */
    public abstract int total();

    /** The aggregate column names, in order. */
    public abstract List<String> columns();

    /** The groups, in key order, the group without a key last. */
    public abstract List<GroupRow> rows();

    /** This table with only the rows that meet {@code condition}. */
    public final GroupTable filter(java.util.function.Predicate<? super GroupRow> condition) {
        return of(by(), total(), columns(), rows().stream().filter(condition).toList());
    }

    /**
     * This table with the largest groups first (by the {@code count} column; equal counts keep their
     * order), the group without a key still last.
     */
    public final GroupTable sortedByCount() {
        List<GroupRow> keyed = new ArrayList<>();
        List<GroupRow> none = new ArrayList<>();
        for (GroupRow r : rows()) {
            (r.key().isPresent() ? keyed : none).add(r);
        }
        keyed.sort(java.util.Comparator.comparingLong(GroupRow::count).reversed());
        keyed.addAll(none);
        return of(by(), total(), columns(), keyed);
    }

    /** This table with only the groups of at least {@code minCount} papers (the {@code count} column). */
    public final GroupTable atLeast(long minCount) {
        return filter(r -> r.count() >= minCount);
    }

    /** The row of a key ({@code null} for the group without a key), if there is one. */
    public final Optional<GroupRow> row(Object key) {
        return rows().stream()
                .filter(r -> Objects.equals(r.key().orElse(null), key))
                .findFirst();
    }

    /**
     * An aligned text table: a header of the key name and column names, a rule, then one line per
     * group; numbers right-aligned, {@code share} as a percentage.
     */
    public final String toTable() {
        List<String> header = new ArrayList<>();
        header.add(by());
        header.addAll(columns());
        boolean[] right = new boolean[header.size()];
        List<List<String>> cells = new ArrayList<>();
        for (GroupRow r : rows()) {
            List<String> line = new ArrayList<>();
            line.add(r.keyText());
            for (int i = 0; i < columns().size(); i++) {
                String c = columns().get(i);
                Object v = r.value(c);
                if (TextTable.isNumeric(v)) {
                    right[i + 1] = true;
                }
                line.add(
                        c.equals("share") && v instanceof Double d
                                ? String.format(java.util.Locale.ROOT, "%.1f%%", d * 100)
                                : TextTable.cell(v));
            }
            cells.add(line);
        }
        return TextTable.render(header, cells, right);
    }

    /** A table. */
    public static GroupTable of(String by, int total, List<String> columns, List<GroupRow> rows) {
        return ImmutableGroupTable.builder()
                .by(by)
                .total(total)
                .columns(columns)
                .rows(rows)
                .build();
    }

    @Value.Check
    final void check() {
        for (GroupRow r : rows()) {
            if (!r.values().keySet().equals(new java.util.LinkedHashSet<>(columns()))) {
                throw new IllegalArgumentException("group row columns must be " + columns() + ", found "
                        + r.values().keySet());
            }
        }
    }
}
