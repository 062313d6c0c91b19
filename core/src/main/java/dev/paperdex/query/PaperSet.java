package dev.paperdex.query;

import dev.paperdex.Claim;
import dev.paperdex.Paper;
import dev.paperdex.analysis.ClaimExtractor;
import dev.paperdex.analysis.ParallelAnalysis;
import dev.paperdex.group.GroupKey;
import dev.paperdex.group.Grouping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An immutable, ordered set of distinct papers with their claims, indexed for queries and
 * grouping. Thread-safe.
 *
 * <pre>{@code
 * PaperSet papers = PaperSet.of(result.papers());
 * PaperSet recent = papers.filter(QuerySyntax.parse("link:code AND year:2025"))
 *         .sorted(PaperOrder.newestFirst())
 *         .limit(10);
 * GroupTable perMonth = papers.groupBy(GroupKey.MONTH).aggregate(Aggregates.count());
 * }</pre>
 *
 * <p><b>Deduplication.</b> The same paper captured twice counts once. Two records are the same
 * paper when both have an arXiv {@link Paper#id()} and the ids are equal, or when at least one
 * has no id and their {@link Paper#normalizedTitle()}s are equal (so an id-less listing record and
 * an API record with an id and the same title are one paper; two records with different ids are
 * two papers even with the same title). The first record seen is kept as it is; later records of
 * the same paper are dropped, not merged.
 *
 * <p><b>Claims</b> of an {@linkplain Paper#analyzed() analysed} paper are its own {@link
 * Paper#claims()}, never extracted again (papers from the parsers and from paperdex JSON Lines are
 * analysed). Only a paper without an analysis has its claims extracted, once, when the set is
 * built, with {@link dev.paperdex.analysis.ClaimExtractor} or the function given to {@link
 * #of(Iterable, Function)}.
 *
 * <p><b>Cost.</b> Building indexes the words of titles and abstracts, link hosts, benchmarks and
 * date, count and kind columns, in one pass. {@link #filter} then reads the indexes and columns of
 * the conditions it can answer from them (text, host, benchmark, dates, counts, link kinds, claim
 * types) before checking the rest paper by paper. Sets returned by {@link #filter}, {@link #sorted}
 * and {@link #limit} share the indexes of the set they come from.
 */
public final class PaperSet implements Iterable<Paper> {
    private final Store store;
    /** The rows of this set, in order; null for all rows of the store in store order. */
    private final int[] rows;
    /** Whether {@link #rows} is ascending (store order). */
    private final boolean storeOrder;

    private PaperSet(Store store, int[] rows, boolean storeOrder) {
        this.store = store;
        this.rows = rows;
        this.storeOrder = storeOrder;
    }

    /** The distinct papers of {@code papers}, in first-seen order. */
    public static PaperSet of(Iterable<? extends Paper> papers) {
        return of(papers, ClaimExtractor::extract);
    }

    /** The distinct papers of {@code papers}, in first-seen order; consumes the stream. */
    public static PaperSet of(Stream<? extends Paper> papers) {
        return new PaperSet(Store.build(papers.iterator(), ClaimExtractor::extract, 1), null, true);
    }

    /**
     * The distinct papers of {@code papers}, in first-seen order, the claims of kept papers without
     * an analysis extracted on {@code threads} worker threads (the set is the one {@link
     * #of(Iterable)} builds: same papers in the same order, same claims).
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public static PaperSet of(Iterable<? extends Paper> papers, int threads) {
        return new PaperSet(Store.build(papers.iterator(), ClaimExtractor::extract, threads), null, true);
    }

    /**
     * The distinct papers of {@code papers} (consumed), in first-seen order, the claims of kept papers
     * without an analysis extracted on {@code threads} worker threads, as {@link #of(Iterable, int)}.
     * To analyse papers as they are read, give a stream from {@link ParallelAnalysis#analyze}.
     */
    public static PaperSet of(Stream<? extends Paper> papers, int threads) {
        return new PaperSet(Store.build(papers.iterator(), ClaimExtractor::extract, threads), null, true);
    }

    /**
     * The distinct papers of {@code papers}, in first-seen order; a kept paper without an analysis
     * gets its claims from {@code claims} instead of {@link ClaimExtractor} (called once for each
     * such paper; an analysed paper keeps its own {@link Paper#claims()}).
     */
    public static PaperSet of(Iterable<? extends Paper> papers, Function<? super Paper, ? extends List<Claim>> claims) {
        return new PaperSet(Store.build(papers.iterator(), Objects.requireNonNull(claims, "claims"), 1), null, true);
    }

    /** The distinct papers given, in first-seen order. */
    public static PaperSet of(Paper... papers) {
        return of(Arrays.asList(papers));
    }

    /** The number of papers. */
    public int size() {
        return rows == null ? store.size() : rows.length;
    }

    /** Whether the set has no papers. */
    public boolean isEmpty() {
        return size() == 0;
    }

    /** The papers, in this set's order. */
    public Stream<Paper> stream() {
        return rowStream().mapToObj(r -> store.papers[r]);
    }

    /** The papers, in this set's order, as an immutable list. */
    public List<Paper> toList() {
        return stream().toList();
    }

    @Override
    public Iterator<Paper> iterator() {
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < size();
            }

            @Override
            public Paper next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return store.papers[row(i++)];
            }
        };
    }

    /** Calls {@code action} with each paper and its claims, in this set's order. */
    public void forEach(BiConsumer<? super Paper, ? super List<Claim>> action) {
        int n = size();
        for (int i = 0; i < n; i++) {
            int r = row(i);
            action.accept(store.papers[r], store.claims.get(r));
        }
    }

    /**
     * The papers' dates as epoch days ({@link java.time.LocalDate#toEpochDay()}), in this set's
     * order, {@link Integer#MIN_VALUE} for an undated paper: a fresh copy of the set's date column,
     * read without touching the papers, for fast grouping by date.
     */
    public int[] epochDays() {
        if (rows == null) {
            return store.epochDay.clone();
        }
        int[] out = new int[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = store.epochDay[rows[i]];
        }
        return out;
    }

    /**
     * The metrics of this set's papers as columns, in this set's order (a view of the set's own
     * columns, built with it): for column-wise aggregates that read values without visiting papers.
     */
    public MetricColumn metricColumn() {
        return new MetricColumn(store, rows);
    }

    /** The papers of this set that meet {@code query}, in this set's order. */
    public PaperSet filter(PaperQuery query) {
        Objects.requireNonNull(query, "query");
        BitSet within;
        if (rows == null) {
            within = store.all();
        } else {
            within = new BitSet(store.size());
            for (int r : rows) {
                within.set(r);
            }
        }
        BitSet hits = query.select(store, within);
        int[] out;
        if (storeOrder) {
            out = hits.stream().toArray();
        } else {
            out = Arrays.stream(rows).filter(hits::get).toArray();
        }
        return new PaperSet(store, out, storeOrder);
    }

    /** The papers of this set in the order of {@code order} (stable: ties keep this set's order). */
    public PaperSet sorted(Comparator<? super Paper> order) {
        Objects.requireNonNull(order, "order");
        Integer[] boxed = rowStream().boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> order.compare(store.papers[a], store.papers[b]));
        int[] out = new int[boxed.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = boxed[i];
        }
        return new PaperSet(store, out, false);
    }

    /** The first {@code n} papers of this set. */
    public PaperSet limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("limit must be >= 0, found " + n);
        }
        if (n >= size()) {
            return this;
        }
        return new PaperSet(store, rowStream().limit(n).toArray(), storeOrder);
    }

    /**
     * The claims of this set's record of {@code paper} (the same paper by the deduplication rule),
     * as extracted when the set was built.
     *
     * @throws IllegalArgumentException when the paper is not in the set
     */
    public List<Claim> claims(Paper paper) {
        int r = store.rowOf(paper);
        if (r < 0 || !containsRow(r)) {
            throw new IllegalArgumentException("paper is not in this set: '" + paper.title() + "'");
        }
        return store.claims.get(r);
    }

    /** Whether this set holds {@code paper} (the same paper by the deduplication rule). */
    public boolean contains(Paper paper) {
        int r = store.rowOf(paper);
        return r >= 0 && containsRow(r);
    }

    /** The papers grouped by {@code key}, ready for {@link Grouping#aggregate aggregates}. */
    public <K> Grouping<K> groupBy(GroupKey<K> key) {
        return Grouping.of(this, key);
    }

    /**
     * The papers grouped by {@code key}, each group reduced by {@code downstream}: an immutable
     * map in key order, with papers lacking a key under {@code null}.
     */
    public <K, R> Map<K, R> groupBy(GroupKey<K> key, Collector<? super Paper, ?, R> downstream) {
        return Grouping.of(this, key).collect(downstream);
    }

    @Override
    public String toString() {
        List<String> titles = new ArrayList<>();
        stream().limit(3).forEach(p -> titles.add(p.title()));
        return "PaperSet[" + size() + " papers" + (titles.isEmpty() ? "" : ": " + String.join("; ", titles))
                + (size() > 3 ? "; ..." : "") + "]";
    }

    private boolean containsRow(int r) {
        if (rows == null) {
            return true;
        }
        if (storeOrder) {
            return Arrays.binarySearch(rows, r) >= 0;
        }
        for (int x : rows) {
            if (x == r) {
                return true;
            }
        }
        return false;
    }

    private int row(int i) {
        return rows == null ? i : rows[i];
    }

    private IntStream rowStream() {
        return rows == null ? IntStream.range(0, store.size()) : Arrays.stream(rows);
    }
}
