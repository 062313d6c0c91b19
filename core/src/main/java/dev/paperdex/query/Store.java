package dev.paperdex.query;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Link;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.analysis.ParallelAnalysis;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The rows of a {@link PaperSet} and the indexes over them, built once: papers in first-seen
 * order after deduplication, their claims, primitive columns (date, author and comment counts,
 * link-kind and claim-type bit masks) and inverted indexes (title words, abstract words, link
 * hosts, benchmarks).
 */
final class Store {
    static final int NO_DATE = Integer.MIN_VALUE;

    final Paper[] papers;
    final List<List<Claim>> claims;
    final int[] epochDay;
    final int[] authorCount; // 0 when unknown
    final int[] commentCount; // -1 when unknown
    final byte[] linkKinds; // bit LinkKind.ordinal()
    final byte[] claimTypes; // bit ClaimType.ordinal()
    final boolean[] hasTeam;
    final TermDictionary titleTerms = new TermDictionary();
    final TermDictionary abstractTerms = new TermDictionary();
    final Object[] titlePostings;
    final Object[] abstractPostings;
    final Map<String, Object> hosts;
    final Map<String, Object> benchmarks;
    /** Per row, the normalised benchmark of each metric (null where it has none), so queries need not normalise. */
    final String[][] benchmarkKeys;

    /** Paper row r's metrics are metric indexes metricFrom[r] to metricFrom[r + 1] - 1. */
    final int[] metricFrom;
    /** Per metric (all rows' metrics in row order): its value. */
    final double[] metricValue;
    /** Per metric: the code of its kind and unit (unit compared ignoring case). */
    final int[] metricUnitKind;
    /** The number of distinct metric kind-and-unit codes. */
    final int unitKinds;

    private static final String[] NO_KEYS = new String[0];
    private final RowTable byId;
    private final RowTable byTitle;

    private Store(
            List<Paper> kept,
            RowTable byId,
            RowTable byTitle,
            Function<? super Paper, ? extends List<Claim>> extractor,
            int threads) {
        int n = kept.size();
        this.papers = kept.toArray(new Paper[0]);
        this.byId = byId;
        this.byTitle = byTitle;
        this.claims = new ArrayList<>(n);
        this.epochDay = new int[n];
        this.authorCount = new int[n];
        this.commentCount = new int[n];
        this.linkKinds = new byte[n];
        this.claimTypes = new byte[n];
        this.hasTeam = new boolean[n];
        this.benchmarkKeys = new String[n][];
        Map<String, String> canonical = new HashMap<>();
        Map<String, RowSets.Builder> hostRows = new HashMap<>();
        Map<String, RowSets.Builder> benchmarkRows = new HashMap<>();
        List<RowSets.Builder> titleRows = new ArrayList<>();
        List<RowSets.Builder> abstractRows = new ArrayList<>();
        char[][] buffer = {new char[64]};
        this.metricFrom = new int[n + 1];
        int metricCount = 0;
        for (Paper p : papers) {
            metricCount += p.metrics().size();
        }
        this.metricValue = new double[metricCount];
        this.metricUnitKind = new int[metricCount];
        Map<String, Integer> unitKindCodes = new HashMap<>();
        int metricAt = 0;
        // an analysed paper carries its claims: they are never extracted again
        Function<Paper, List<Claim>> claimsOf = p -> p.analyzed() ? p.claims() : List.copyOf(extractor.apply(p));
        Iterator<List<Claim>> extracted = threads == 1
                ? null
                : ParallelAnalysis.mapOrdered(kept.stream(), claimsOf, threads).iterator();
        for (int row = 0; row < n; row++) {
            Paper p = papers[row];
            List<Claim> cs = extracted == null ? claimsOf.apply(p) : extracted.next();
            claims.add(cs);
            epochDay[row] = p.date().map(d -> (int) d.toEpochDay()).orElse(NO_DATE);
            authorCount[row] = p.authorCount().orElse(0);
            commentCount[row] = p.commentCount().orElse(-1);
            hasTeam[row] = p.team().isPresent();
            int kinds = 0;
            for (Link l : p.links()) {
                kinds |= 1 << l.kind().ordinal();
                String host = l.host();
                if (!host.isEmpty()) {
                    hostRows.computeIfAbsent(host, h -> new RowSets.Builder()).add(row);
                }
            }
            linkKinds[row] = (byte) kinds;
            int types = 0;
            for (Claim c : cs) {
                for (ClaimType t : c.types()) {
                    types |= 1 << t.ordinal();
                }
            }
            claimTypes[row] = (byte) types;
            List<ReportedMetric> metrics = p.metrics();
            String[] keys = metrics.isEmpty() ? NO_KEYS : new String[metrics.size()];
            metricFrom[row] = metricAt;
            for (int j = 0; j < keys.length; j++) {
                ReportedMetric m = metrics.get(j);
                metricValue[metricAt] = m.value();
                metricUnitKind[metricAt++] = unitKindCodes.computeIfAbsent(
                        m.kind().ordinal() + " " + m.unit().toLowerCase(java.util.Locale.ROOT),
                        k -> unitKindCodes.size());
                if (m.benchmark().isPresent()) {
                    String key = canonical.computeIfAbsent(
                            MetricCondition.normalizeBenchmark(m.benchmark().get()), k -> k);
                    keys[j] = key;
                    benchmarkRows
                            .computeIfAbsent(key, k -> new RowSets.Builder())
                            .add(row);
                }
            }
            benchmarkKeys[row] = keys;
            int r = row;
            Words.scan(p.title(), buffer, (chars, len) -> addTerm(titleTerms, titleRows, chars, len, r));
            Words.scan(p.abstractText(), buffer, (chars, len) -> addTerm(abstractTerms, abstractRows, chars, len, r));
        }
        metricFrom[n] = metricAt;
        this.unitKinds = unitKindCodes.size();
        this.titlePostings = freeze(titleRows, n);
        this.abstractPostings = freeze(abstractRows, n);
        this.hosts = freeze(hostRows, n);
        this.benchmarks = freeze(benchmarkRows, n);
    }

    private static void addTerm(TermDictionary terms, List<RowSets.Builder> rows, char[] chars, int len, int row) {
        int id = terms.add(chars, len);
        if (id == rows.size()) {
            rows.add(new RowSets.Builder());
        }
        rows.get(id).add(row);
    }

    private static Object[] freeze(List<RowSets.Builder> rows, int n) {
        Object[] out = new Object[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(i).build(n);
        }
        return out;
    }

    private static Map<String, Object> freeze(Map<String, RowSets.Builder> rows, int n) {
        Map<String, Object> out = new HashMap<>();
        rows.forEach((k, v) -> out.put(k, v.build(n)));
        return out;
    }

    /**
     * Builds a store from papers in order, keeping the first record of each paper. Two records are
     * the same paper when both have an arXiv id and the ids are equal, or when at least one has no
     * id and their {@link Paper#normalizedTitle()}s are equal.
     */
    static Store build(
            Iterator<? extends Paper> papers, Function<? super Paper, ? extends List<Claim>> extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, found " + threads);
        }
        List<Paper> kept = new ArrayList<>();
        RowTable byId = new RowTable();
        RowTable byTitle = new RowTable();
        while (papers.hasNext()) {
            Paper p = papers.next();
            String title = p.normalizedTitle();
            Optional<String> id = p.id();
            int found;
            if (id.isPresent()) {
                found = byId.find(id.get(), r -> true);
                if (found < 0) {
                    found = byTitle.find(title, r -> kept.get(r).id().isEmpty());
                    if (found >= 0) {
                        byId.add(id.get(), found); // the kept id-less record now answers to this id too
                    }
                }
            } else {
                found = byTitle.find(title, r -> true);
            }
            if (found < 0) {
                int row = kept.size();
                kept.add(p);
                id.ifPresent(i -> byId.add(i, row));
                byTitle.add(title, row);
            }
        }
        return new Store(kept, byId, byTitle, extractor, threads);
    }

    /** The row of the set's record of {@code p}, or -1. */
    int rowOf(Paper p) {
        if (p.id().isPresent()) {
            int r = byId.find(p.id().get(), x -> true);
            if (r >= 0) {
                return r;
            }
            return byTitle.find(p.normalizedTitle(), x -> papers[x].id().isEmpty());
        }
        return byTitle.find(p.normalizedTitle(), x -> true);
    }

    int size() {
        return papers.length;
    }

    /** Keys to rows by open addressing; the keys are read back from the rows' papers. */
    static final class RowTable {
        private int[] slots = new int[16]; // row + 1, 0 when empty
        private int[] hashes = new int[16];
        private String[] keys = new String[16];
        private int size;

        int find(String key, IntPredicate accept) {
            int h = mix(key.hashCode());
            int mask = slots.length - 1;
            for (int i = h & mask; ; i = (i + 1) & mask) {
                int s = slots[i];
                if (s == 0) {
                    return -1;
                }
                if (hashes[i] == h && keys[i].equals(key) && accept.test(s - 1)) {
                    return s - 1;
                }
            }
        }

        void add(String key, int row) {
            if ((size + 1) * 2 > slots.length) {
                grow();
            }
            int h = mix(key.hashCode());
            int mask = slots.length - 1;
            int i = h & mask;
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = row + 1;
            hashes[i] = h;
            keys[i] = key;
            size++;
        }

        private void grow() {
            int[] oldSlots = slots;
            int[] oldHashes = hashes;
            String[] oldKeys = keys;
            slots = new int[oldSlots.length * 2];
            hashes = new int[slots.length];
            keys = new String[slots.length];
            int mask = slots.length - 1;
            for (int j = 0; j < oldSlots.length; j++) {
                if (oldSlots[j] != 0) {
                    int i = oldHashes[j] & mask;
                    while (slots[i] != 0) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = oldSlots[j];
                    hashes[i] = oldHashes[j];
                    keys[i] = oldKeys[j];
                }
            }
        }

        private static int mix(int h) {
            h *= 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** All rows. */
    BitSet all() {
        BitSet b = new BitSet(papers.length);
        b.set(0, papers.length);
        return b;
    }
}
