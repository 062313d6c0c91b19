package dev.paperdex.group;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.benchmark.Benchmarks;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * What to group papers by: a function from a paper (and its claims) to its keys. Keys may be
 * many: a paper with a code link and a project page counts in both {@link #LINK_KIND} groups.
 * A paper with no key goes to the {@code null} group. Groups are listed in key order, the {@code
 * null} group last.
 *
 * <p>For the metric keys ({@link #BENCHMARK}, {@link #METRIC_UNIT}) the metric aggregates of a
 * group see only the paper's metrics with that key: the mean of the {@code gsm8k} group is the
 * mean of GSM8K numbers, not of every number of those papers.
 */
public final class GroupKey<K> {
    /** {@link #code} of a paper without a key. */
    static final int NO_CODE = Integer.MIN_VALUE;

    /** The year of the date. */
    public static final GroupKey<Year> YEAR =
            single("year", p -> p.date().map(Year::from)).codedByDay(d -> d.getYear(), Year::of);

    /** The month of the date. */
    public static final GroupKey<YearMonth> MONTH = single(
                    "month", p -> p.date().map(YearMonth::from))
            .codedByDay(
                    d -> d.getYear() * 12 + d.getMonthValue() - 1,
                    c -> YearMonth.of(Math.floorDiv(c, 12), Math.floorMod(c, 12) + 1));

    /** The ISO-8601 week of the date, as {@code 2025-W06} (week-based year, Monday first). */
    public static final GroupKey<String> ISO_WEEK = single("week", p -> p.date().map(GroupKey::isoWeek))
            .codedByDay(
                    d -> d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    c -> String.format(Locale.ROOT, "%04d-W%02d", c / 100, c % 100));

    /** The author count in the ranges of {@link AuthorBucket}. */
    public static final GroupKey<AuthorBucket> AUTHOR_COUNT = single(
                    "authors",
                    p -> p.authorCount().isPresent()
                            ? Optional.of(AuthorBucket.of(p.authorCount().getAsInt()))
                            : Optional.empty())
            .coded(
                    p -> p.authorCount().isPresent()
                            ? AuthorBucket.of(p.authorCount().getAsInt()).ordinal()
                            : NO_CODE,
                    c -> AuthorBucket.values()[c]);

    /** The kinds of the paper's links. */
    public static final GroupKey<LinkKind> LINK_KIND =
            many("link", p -> p.links().stream().map(Link::kind).toList());

    /** The hosts of the paper's links ({@link Link#host()}). */
    public static final GroupKey<String> LINK_HOST = many(
            "host",
            p -> p.links().stream().map(Link::host).filter(h -> !h.isEmpty()).toList());

    /**
     * The benchmarks of the paper's metrics, by {@link Benchmarks#canonicalKey} ({@code AIME24} and
     * {@code AIME 2024} are one group). Tables show each group by the name papers most often write
     * for it ({@link GroupRow#label()}), not by the key.
     */
    public static final GroupKey<String> BENCHMARK = new GroupKey<String>(
                    "benchmark",
                    (p, c) -> p.metrics().stream()
                            .flatMap(m -> m.benchmark().stream())
                            .map(Benchmarks::canonicalKey)
                            .filter(b -> !b.isEmpty())
                            .toList(),
                    Comparator.naturalOrder(),
                    (k, m) -> m.benchmark()
                            .map(Benchmarks::canonicalKey)
                            .filter(k::equals)
                            .isPresent())
            .labelled(
                    (p, k) -> p.metrics().stream()
                            .flatMap(m -> m.benchmark().stream())
                            .filter(b -> Benchmarks.canonicalKey(b).equals(k))
                            .map(Benchmarks::displayName)
                            .toList(),
                    k -> Benchmarks.standard().tableName(k));

    /** The units of the paper's metrics ({@code %}, {@code x}, {@code points}, {@code ""}). */
    public static final GroupKey<String> METRIC_UNIT = new GroupKey<>(
            "unit",
            (p, c) -> p.metrics().stream()
                    .map(m -> m.unit().toLowerCase(Locale.ROOT))
                    .toList(),
            Comparator.naturalOrder(),
            (k, m) -> m.unit().equalsIgnoreCase(k));

    /** The types of the paper's claims. */
    public static final GroupKey<ClaimType> CLAIM_TYPE = new GroupKey<>(
            "claim",
            (p, c) -> c.stream().flatMap(x -> x.types().stream()).toList(),
            Comparator.naturalOrder(),
            (k, m) -> true);

    private static final List<GroupKey<?>> NAMED =
            List.of(YEAR, MONTH, ISO_WEEK, AUTHOR_COUNT, LINK_KIND, LINK_HOST, BENCHMARK, METRIC_UNIT, CLAIM_TYPE);

    private final String name;
    private final BiFunction<Paper, List<Claim>, ? extends Collection<? extends K>> keys;
    private final Comparator<? super K> order;
    private final BiPredicate<? super K, ReportedMetric> metricOfKey;
    private final boolean filtersMetrics;
    /** For single-valued keys: the key as an int whose order is the key order, or {@link #NO_CODE}. */
    private ToIntFunction<Paper> code;
    /** For date keys: the code of a date; the set's date column is read instead of the papers. */
    private ToIntFunction<LocalDate> dayCode;

    private IntFunction<K> decode;

    /** For keys shown by a written name: the written names of a key in a paper. */
    private BiFunction<Paper, K, List<String>> labels;

    /** For keys shown by a written name: the name to prefer among equally common ones. */
    private Function<K, Optional<String>> preferredLabel;

    private GroupKey(
            String name,
            BiFunction<Paper, List<Claim>, ? extends Collection<? extends K>> keys,
            Comparator<? super K> order,
            BiPredicate<? super K, ReportedMetric> metricOfKey) {
        this.name = Objects.requireNonNull(name, "name");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.order = Objects.requireNonNull(order, "order");
        this.metricOfKey = Objects.requireNonNull(metricOfKey, "metricOfKey");
        this.filtersMetrics = name.equals("benchmark") || name.equals("unit");
    }

    /** A key of your own with at most one value per paper, in natural key order. */
    public static <K extends Comparable<? super K>> GroupKey<K> of(
            String name, Function<? super Paper, Optional<K>> key) {
        Objects.requireNonNull(key, "key");
        return new GroupKey<>(
                name, (p, c) -> key.apply(p).stream().toList(), Comparator.naturalOrder(), (k, m) -> true);
    }

    /** A key of your own with any number of values per paper, in natural key order. */
    public static <K extends Comparable<? super K>> GroupKey<K> ofMany(
            String name, Function<? super Paper, ? extends Collection<K>> keys) {
        Objects.requireNonNull(keys, "keys");
        return new GroupKey<>(name, (p, c) -> keys.apply(p), Comparator.naturalOrder(), (k, m) -> true);
    }

    /**
     * The predefined key with this name: {@code year}, {@code month}, {@code week}, {@code authors},
     * {@code link}, {@code host}, {@code benchmark}, {@code unit} or {@code claim}.
     *
     * @throws IllegalArgumentException for any other name, listing the names
     */
    public static GroupKey<?> named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (GroupKey<?> k : NAMED) {
            if (k.name.equals(n)) {
                return k;
            }
        }
        throw new IllegalArgumentException("group key must be one of " + names() + ", found '" + name + "'");
    }

    /** The names {@link #named} accepts. */
    public static List<String> names() {
        return NAMED.stream().map(GroupKey::name).toList();
    }

    /** The key's name, used as the first column of a {@link GroupTable}. */
    public String name() {
        return name;
    }

    /** The distinct keys of a paper, in first-seen order; empty for the {@code null} group. */
    public List<K> keysOf(Paper paper, List<Claim> claims) {
        Collection<? extends K> ks = keys.apply(paper, claims);
        if (ks.isEmpty()) {
            return List.of();
        }
        if (ks.size() == 1) {
            return List.of(ks.iterator().next());
        }
        Set<K> distinct = new LinkedHashSet<>(ks);
        return new ArrayList<>(distinct);
    }

    /** The order of groups (the {@code null} group comes last). */
    public Comparator<? super K> order() {
        return order;
    }

    /** Whether {@code metric} of a paper belongs to the group {@code key} (for metric aggregates). */
    boolean metricOfKey(K key, ReportedMetric metric) {
        return key == null || metricOfKey.test(key, metric);
    }

    /** This key with an int code, so that grouping can count into arrays instead of a hash map. */
    private GroupKey<K> coded(ToIntFunction<Paper> code, IntFunction<K> decode) {
        this.code = code;
        this.decode = decode;
        return this;
    }

    /** This date key with an int code computed from the date column. */
    private GroupKey<K> codedByDay(ToIntFunction<LocalDate> dayCode, IntFunction<K> decode) {
        this.dayCode = dayCode;
        this.decode = decode;
        return this;
    }

    /**
     * This key, shown in tables by the most common of the names {@code labels} gives; among equally
     * common ones, by the one {@code preferred} gives if it is one of them.
     */
    private GroupKey<K> labelled(BiFunction<Paper, K, List<String>> labels, Function<K, Optional<String>> preferred) {
        this.labels = labels;
        this.preferredLabel = preferred;
        return this;
    }

    /** The name to prefer for key {@code k} among equally common written names. */
    Optional<String> preferredLabel(K k) {
        return preferredLabel == null || k == null ? Optional.empty() : preferredLabel.apply(k);
    }

    /** Whether groups are shown by a written name ({@link #labelsOf}). */
    boolean isLabelled() {
        return labels != null;
    }

    /** The written names of key {@code k} in {@code paper}. */
    List<String> labelsOf(Paper paper, K k) {
        return labels == null ? List.of() : labels.apply(paper, k);
    }

    boolean isCoded() {
        return code != null || dayCode != null;
    }

    boolean isCodedByDay() {
        return dayCode != null;
    }

    int dayCode(int epochDay) {
        return dayCode.applyAsInt(LocalDate.ofEpochDay(epochDay));
    }

    int code(Paper p) {
        return code.applyAsInt(p);
    }

    K decode(int c) {
        return decode.apply(c);
    }

    /** Whether groups see only some of a paper's metrics (the metric keys). */
    boolean filtersMetrics() {
        return filtersMetrics;
    }

    @Override
    public String toString() {
        return "GroupKey[" + name + "]";
    }

    private static <K extends Comparable<? super K>> GroupKey<K> single(String name, Function<Paper, Optional<K>> key) {
        return new GroupKey<>(
                name, (p, c) -> key.apply(p).stream().toList(), Comparator.naturalOrder(), (k, m) -> true);
    }

    private static <K extends Comparable<? super K>> GroupKey<K> many(String name, Function<Paper, List<K>> keys) {
        return new GroupKey<>(name, (p, c) -> keys.apply(p), Comparator.naturalOrder(), (k, m) -> true);
    }

    private static String isoWeek(LocalDate d) {
        return String.format(
                Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
