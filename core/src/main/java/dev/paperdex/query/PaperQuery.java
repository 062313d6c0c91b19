package dev.paperdex.query;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.analysis.ClaimExtractor;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A condition on a paper and its claims: immutable, thread-safe and composable with {@link
 * #and}, {@link #or} and {@link #not}. Build one in code or parse one with {@link
 * QuerySyntax#parse(String)}:
 *
 * <pre>{@code
 * PaperQuery q = mentions("reasoning")
 *         .and(reports(MetricCondition.any().onBenchmark("GSM8K").atLeast(80)))
 *         .and(publishedOnOrAfter(LocalDate.of(2025, 1, 1)))
 *         .and(not(titleMentions("survey")));
 * PaperSet hits = papers.filter(q);
 * }</pre>
 *
 * <p><b>Text</b> is matched by words: a word is a maximal run of letters and digits, compared
 * ignoring case, and a term of several words (a phrase, or {@code GPT-4o}) matches where its words
 * stand next to each other. {@code reasoning} does not match {@code reasoningless}; {@code "chain of
 * thought"} matches {@code Chain-of-Thought}.
 *
 * <p>Conditions on a fact the paper lacks are false: {@code authorCountAtLeast(5)} does not match a
 * paper with only a team name, a date range does not match an undated paper.
 *
 * <p>Used on a {@link PaperSet}, queries run on the set's indexes and columns; used as a {@link
 * Predicate} on a lone paper, claims are extracted only when the query needs them.
 */
public abstract class PaperQuery implements Predicate<Paper> {
    PaperQuery() {}

    // ---- evaluation -------------------------------------------------------------------------

    /** Whether the paper, with its claims, meets the condition. */
    abstract boolean matches(Paper paper, Supplier<List<Claim>> claims);

    /** Rough relative cost of {@link #select}; cheaper conditions narrow the rows first. */
    int cost() {
        return 3;
    }

    /** The rows of {@code within} that match; may reuse {@code within}. */
    BitSet select(Store store, BitSet within) {
        BitSet out = new BitSet();
        for (int row = within.nextSetBit(0); row >= 0; row = within.nextSetBit(row + 1)) {
            int r = row;
            if (matches(store.papers[row], () -> store.claims.get(r))) {
                out.set(row);
            }
        }
        return out;
    }

    /**
     * A superset of {@link #select}'s rows read from the indexes alone, for {@link And} to narrow the
     * rows before any paper is read; {@link #verify} then keeps the rows that truly match. By default
     * the rows are exact.
     */
    BitSet candidates(Store store, BitSet within) {
        return select(store, within);
    }

    /** The rows of {@code candidates} (from {@link #candidates}) that match. */
    BitSet verify(Store store, BitSet candidates) {
        return candidates;
    }

    /** Whether {@code paper} matches; its claims are extracted only if this query needs them. */
    @Override
    public final boolean test(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        List<List<Claim>> memo = new ArrayList<>(1);
        return matches(paper, () -> {
            if (memo.isEmpty()) {
                memo.add(ClaimExtractor.extract(paper));
            }
            return memo.get(0);
        });
    }

    /** Whether {@code paper} with the given claims matches. */
    public final boolean test(Paper paper, List<Claim> claims) {
        return matches(paper, () -> claims);
    }

    /** The query in {@link QuerySyntax} form; parsing it gives an equivalent query. */
    @Override
    public abstract String toString();

    // ---- composition ------------------------------------------------------------------------

    /** Papers meeting this query and {@code other}. */
    public final PaperQuery and(PaperQuery other) {
        return new And(List.of(this, Objects.requireNonNull(other, "other")));
    }

    /** Papers meeting this query or {@code other}. */
    public final PaperQuery or(PaperQuery other) {
        return new Or(List.of(this, Objects.requireNonNull(other, "other")));
    }

    /** Papers not meeting this query. */
    @Override
    public final PaperQuery negate() {
        return new Not(this);
    }

    /** Papers not meeting {@code query}. */
    public static PaperQuery not(PaperQuery query) {
        return new Not(Objects.requireNonNull(query, "query"));
    }

    /** Papers meeting every one of {@code queries} (all papers when there are none). */
    public static PaperQuery allOf(PaperQuery... queries) {
        return queries.length == 1 ? queries[0] : new And(List.of(queries));
    }

    /** Papers meeting at least one of {@code queries} (none when there are none). */
    public static PaperQuery anyOf(PaperQuery... queries) {
        return queries.length == 1 ? queries[0] : new Or(List.of(queries));
    }

    /** Every paper. */
    public static PaperQuery all() {
        return new And(List.of());
    }

    /**
     * Papers meeting a predicate of your own, checked paper by paper (no index). It prints as
     * {@code description}, which {@link QuerySyntax} cannot read back.
     */
    public static PaperQuery where(String description, Predicate<? super Paper> predicate) {
        Objects.requireNonNull(predicate, "predicate");
        return new Leaf(description, 3) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                return predicate.test(paper);
            }
        };
    }

    // ---- text -------------------------------------------------------------------------------

    /** Papers whose title or abstract contains at least one of the words or phrases. */
    public static PaperQuery mentions(String... terms) {
        return anyText(Text.Field.ANY, terms);
    }

    /** Papers whose title or abstract contains every one of the words or phrases. */
    public static PaperQuery mentionsAll(String... terms) {
        return new And(Arrays.stream(terms)
                .map(t -> (PaperQuery) Text.of(Text.Field.ANY, t))
                .toList());
    }

    /** Papers whose title contains at least one of the words or phrases. */
    public static PaperQuery titleMentions(String... terms) {
        return anyText(Text.Field.TITLE, terms);
    }

    /** Papers whose abstract contains at least one of the words or phrases. */
    public static PaperQuery abstractMentions(String... terms) {
        return anyText(Text.Field.ABSTRACT, terms);
    }

    private static PaperQuery anyText(Text.Field field, String... terms) {
        if (terms.length == 0) {
            throw new IllegalArgumentException("text query needs at least one word or phrase");
        }
        List<PaperQuery> parts =
                Arrays.stream(terms).map(t -> (PaperQuery) Text.of(field, t)).toList();
        return parts.size() == 1 ? parts.get(0) : new Or(parts);
    }

    // ---- dates and counts -------------------------------------------------------------------

    /** Papers dated from {@code from} to {@code to}, both inclusive. */
    public static PaperQuery publishedBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range must not end before it starts, found " + from + " to " + to);
        }
        return new DateRange(from, to);
    }

    /** Papers dated on or after {@code from}. */
    public static PaperQuery publishedOnOrAfter(LocalDate from) {
        return new DateRange(from, LocalDate.MAX);
    }

    /** Papers dated on or before {@code to}. */
    public static PaperQuery publishedOnOrBefore(LocalDate to) {
        return new DateRange(LocalDate.MIN, to);
    }

    /** Papers dated in {@code year}. */
    public static PaperQuery publishedIn(Year year) {
        return new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    /** Papers dated in {@code month}. */
    public static PaperQuery publishedIn(YearMonth month) {
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    /** Papers with from {@code min} to {@code max} authors, both inclusive. */
    public static PaperQuery authorCountBetween(int min, int max) {
        if (max < min) {
            throw new IllegalArgumentException(
                    "author count range must not end before it starts, found " + min + " to " + max);
        }
        return new AuthorCount(min, max);
    }

    /** Papers with at least {@code min} authors. */
    public static PaperQuery authorCountAtLeast(int min) {
        return new AuthorCount(min, Integer.MAX_VALUE);
    }

    /** Papers with at most {@code max} authors (papers with only a team name have no count). */
    public static PaperQuery authorCountAtMost(int max) {
        return new AuthorCount(1, max);
    }

    /** Papers with at least one comment. */
    public static PaperQuery hasComments() {
        return new Leaf("has:comments", 2) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                return paper.commentCount().orElse(0) > 0;
            }

            @Override
            BitSet select(Store store, BitSet within) {
                return scanColumn(within, row -> store.commentCount[row] > 0);
            }
        };
    }

    /** Papers showing a team name. */
    public static PaperQuery hasTeam() {
        return new Leaf("has:team", 2) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                return paper.team().isPresent();
            }

            @Override
            BitSet select(Store store, BitSet within) {
                return scanColumn(within, row -> store.hasTeam[row]);
            }
        };
    }

    // ---- identity, people and popularity -----------------------------------------------------

    /** The paper with arXiv id {@code id} (compared ignoring case, e.g. {@code 2506.05331}). */
    public static PaperQuery hasId(String id) {
        String key = requireText(id, "id");
        return new Leaf("id:" + QuerySyntax.quoteIfNeeded(key), 1) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                return paper.id().filter(i -> i.equalsIgnoreCase(key)).isPresent();
            }
        };
    }

    /**
     * Papers with an author of this name: the whole name, compared ignoring case and runs of white
     * space ({@code "jiahong wu"} matches {@code Jiahong Wu}). Only sources that list authors (the
     * API, arXiv) give names; listing cards carry a count only.
     */
    public static PaperQuery byAuthor(String name) {
        String key = fold(requireText(name, "author name"));
        return new Leaf("author:" + QuerySyntax.quoteIfNeeded(key), 2) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                for (String a : paper.authors()) {
                    if (fold(a).equals(key)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /** Papers shown under this team or organisation name, compared as {@link #byAuthor} compares. */
    public static PaperQuery byTeam(String team) {
        String key = fold(requireText(team, "team name"));
        return new Leaf("team:" + QuerySyntax.quoteIfNeeded(key), 2) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                return paper.team().filter(t -> fold(t).equals(key)).isPresent();
            }
        };
    }

    /** Papers with this keyword ({@link Paper#keywords()}), compared as {@link #byAuthor} compares. */
    public static PaperQuery hasKeyword(String keyword) {
        String key = fold(requireText(keyword, "keyword"));
        return new Leaf("keyword:" + QuerySyntax.quoteIfNeeded(key), 2) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                for (String k : paper.keywords()) {
                    if (fold(k).equals(key)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /** Papers with from {@code min} to {@code max} upvotes, both inclusive (papers without a count do not match). */
    public static PaperQuery upvotesBetween(int min, int max) {
        return new CountRange("upvotes", Paper::upvotes, min, max);
    }

    /** Papers with from {@code min} to {@code max} GitHub stars, both inclusive (papers without a count do not match). */
    public static PaperQuery starsBetween(int min, int max) {
        return new CountRange("stars", Paper::stars, min, max);
    }

    private static String requireText(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return text.strip();
    }

    /** Lower case, runs of white space as one space, trimmed. */
    static String fold(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // ---- links ------------------------------------------------------------------------------

    /** Papers with at least one link of {@code kind}. */
    public static PaperQuery hasLink(LinkKind kind) {
        Objects.requireNonNull(kind, "kind");
        int bit = 1 << kind.ordinal();
        return new Leaf("link:" + kind.jsonName(), 2) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                return paper.links().stream().anyMatch(l -> l.kind() == kind);
            }

            @Override
            BitSet select(Store store, BitSet within) {
                return scanColumn(within, row -> (store.linkKinds[row] & bit) != 0);
            }
        };
    }

    /**
     * Papers with a link to {@code host}, compared as {@link Link#host()} is: lower case, without a
     * leading {@code www.} ({@code github.com} does not match {@code gist.github.com}).
     */
    public static PaperQuery hasLinkHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        String key = h.startsWith("www.") ? h.substring(4) : h;
        if (key.isEmpty()) {
            throw new IllegalArgumentException("link host must not be blank");
        }
        return new Leaf("host:" + QuerySyntax.quoteIfNeeded(key), 1) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                return paper.links().stream().anyMatch(l -> l.host().equals(key));
            }

            @Override
            BitSet select(Store store, BitSet within) {
                Object rows = store.hosts.get(key);
                return rows == null ? new BitSet() : RowSets.retain(within, rows);
            }
        };
    }

    // ---- metrics and claims -----------------------------------------------------------------

    /** Papers reporting at least one metric that meets every part of {@code condition}. */
    public static PaperQuery reports(MetricCondition condition) {
        return new Reports(Objects.requireNonNull(condition, "condition"));
    }

    /** Papers reporting a metric on {@code benchmark} (see {@link MetricCondition#onBenchmark}). */
    public static PaperQuery reportsOn(String benchmark) {
        return reports(MetricCondition.any().onBenchmark(benchmark));
    }

    /** Papers with at least one claim of {@code type}. */
    public static PaperQuery hasClaim(ClaimType type) {
        Objects.requireNonNull(type, "type");
        int bit = 1 << type.ordinal();
        return new Leaf("claim:" + type.jsonName(), 2) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                return claims.get().stream().anyMatch(c -> c.is(type));
            }

            @Override
            BitSet select(Store store, BitSet within) {
                return scanColumn(within, row -> (store.claimTypes[row] & bit) != 0);
            }
        };
    }

    /**
     * Papers with a claim of {@code type} whose sentence holds a metric meeting {@code condition}:
     * {@code hasClaim(EFFICIENCY, MetricCondition.any().inUnit("x").above(5))}.
     */
    public static PaperQuery hasClaim(ClaimType type, MetricCondition condition) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(condition, "condition");
        int bit = 1 << type.ordinal();
        String terms = condition.toString().substring("metric".length()).strip().replace(" ", " AND ");
        return new Leaf("claim:" + type.jsonName() + (terms.isEmpty() ? "" : "(" + terms + ")"), 3) {
            @Override
            boolean matches(Paper paper, Supplier<List<Claim>> claims) {
                return claims.get().stream()
                        .anyMatch(c -> c.is(type) && c.metrics().stream().anyMatch(condition));
            }

            @Override
            BitSet select(Store store, BitSet within) {
                return scanColumn(
                        within,
                        row -> (store.claimTypes[row] & bit) != 0
                                && matches(store.papers[row], () -> store.claims.get(row)));
            }
        };
    }

    // ---- nodes ------------------------------------------------------------------------------

    static BitSet scanColumn(BitSet within, java.util.function.IntPredicate rowTest) {
        BitSet out = new BitSet();
        for (int row = within.nextSetBit(0); row >= 0; row = within.nextSetBit(row + 1)) {
            if (rowTest.test(row)) {
                out.set(row);
            }
        }
        return out;
    }

    /** A condition without children, printed as given. */
    abstract static class Leaf extends PaperQuery {
        private final String text;
        private final int cost;

        Leaf(String text, int cost) {
            this.text = text;
            this.cost = cost;
        }

        @Override
        int cost() {
            return cost;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A word or phrase in the title, the abstract, or either. */
    static final class Text extends PaperQuery {
        enum Field {
            TITLE,
            ABSTRACT,
            ANY
        }

        final Field field;
        final String term;
        final List<String> words;

        private Text(Field field, String term, List<String> words) {
            this.field = field;
            this.term = term;
            this.words = words;
        }

        static Text of(Field field, String term) {
            List<String> words = Words.of(term);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("text query term must have letters or digits, found '" + term + "'");
            }
            return new Text(field, term, words);
        }

        @Override
        boolean matches(Paper paper, Supplier<List<Claim>> claims) {
            return (field != Field.ABSTRACT && Words.containsPhrase(paper.title(), words))
                    || (field != Field.TITLE && Words.containsPhrase(paper.abstractText(), words));
        }

        @Override
        int cost() {
            return 1;
        }

        @Override
        BitSet select(Store store, BitSet within) {
            return verify(store, candidates(store, within));
        }

        /** The rows whose title or abstract (as the field says) has every word of the term. */
        @Override
        BitSet candidates(Store store, BitSet within) {
            BitSet out = new BitSet();
            if (field != Field.ABSTRACT) {
                out.or(withWords(within, store.titleTerms, store.titlePostings));
            }
            if (field != Field.TITLE) {
                out.or(withWords(within, store.abstractTerms, store.abstractPostings));
            }
            return out;
        }

        /** For a phrase, the candidates whose text has the words in order; one word needs no check. */
        @Override
        BitSet verify(Store store, BitSet candidates) {
            if (words.size() == 1) {
                return candidates;
            }
            BitSet out = new BitSet();
            for (int row = candidates.nextSetBit(0); row >= 0; row = candidates.nextSetBit(row + 1)) {
                Paper p = store.papers[row];
                if ((field != Field.ABSTRACT && Words.containsPhrase(p.title(), words))
                        || (field != Field.TITLE && Words.containsPhrase(p.abstractText(), words))) {
                    out.set(row);
                }
            }
            return out;
        }

        private BitSet withWords(BitSet within, TermDictionary terms, Object[] postings) {
            // Intersect the rarest word's rows first.
            List<Object> sets = new ArrayList<>(words.size());
            for (String w : words) {
                int id = terms.find(w);
                if (id < 0) {
                    return new BitSet();
                }
                sets.add(postings[id]);
            }
            sets.sort(Comparator.comparingInt(RowSets::size));
            BitSet rows = RowSets.retain((BitSet) within.clone(), sets.get(0));
            for (int i = 1; i < sets.size() && !rows.isEmpty(); i++) {
                rows = RowSets.retain(rows, sets.get(i));
            }
            return rows;
        }

        @Override
        public String toString() {
            String prefix = switch (field) {
                case TITLE -> "title:";
                case ABSTRACT -> "abstract:";
                case ANY -> "";
            };
            return prefix + QuerySyntax.quoteIfNeeded(term);
        }
    }

    /** A date range, both ends inclusive. */
    static final class DateRange extends PaperQuery {
        final LocalDate from;
        final LocalDate to;

        DateRange(LocalDate from, LocalDate to) {
            this.from = Objects.requireNonNull(from, "from");
            this.to = Objects.requireNonNull(to, "to");
        }

        @Override
        boolean matches(Paper paper, Supplier<List<Claim>> claims) {
            return paper.date().filter(d -> !d.isBefore(from) && !d.isAfter(to)).isPresent();
        }

        @Override
        int cost() {
            return 2;
        }

        @Override
        BitSet select(Store store, BitSet within) {
            long lo = Math.max(from.toEpochDay(), Integer.MIN_VALUE + 1L);
            long hi = Math.min(to.toEpochDay(), Integer.MAX_VALUE);
            int[] days = store.epochDay;
            return scanColumn(within, row -> days[row] >= lo && days[row] <= hi);
        }

        @Override
        public String toString() {
            boolean open = from.equals(LocalDate.MIN);
            boolean unbounded = to.equals(LocalDate.MAX);
            if (!open
                    && !unbounded
                    && from.getDayOfYear() == 1
                    && to.getYear() == from.getYear()
                    && to.getMonthValue() == 12
                    && to.getDayOfMonth() == 31) {
                return "year:" + from.getYear();
            }
            if (open) {
                return "date<=" + to;
            }
            if (unbounded) {
                return "date>=" + from;
            }
            return "(date>=" + from + " AND date<=" + to + ")";
        }
    }

    /** An author-count range, both ends inclusive. */
    static final class AuthorCount extends PaperQuery {
        final int min;
        final int max;

        AuthorCount(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        boolean matches(Paper paper, Supplier<List<Claim>> claims) {
            return paper.authorCount().isPresent()
                    && paper.authorCount().getAsInt() >= min
                    && paper.authorCount().getAsInt() <= max;
        }

        @Override
        int cost() {
            return 2;
        }

        @Override
        BitSet select(Store store, BitSet within) {
            int[] counts = store.authorCount;
            return scanColumn(within, row -> counts[row] != 0 && counts[row] >= min && counts[row] <= max);
        }

        @Override
        public String toString() {
            if (max == Integer.MAX_VALUE) {
                return "authors>=" + min;
            }
            if (min <= 1) {
                return "authors<=" + max;
            }
            return min == max ? "authors:" + min : "(authors>=" + min + " AND authors<=" + max + ")";
        }
    }

    /** A count of the paper (upvotes, stars) in a range, both ends inclusive. */
    static final class CountRange extends PaperQuery {
        final String field;
        final java.util.function.Function<Paper, java.util.OptionalInt> count;
        final int min;
        final int max;

        CountRange(String field, java.util.function.Function<Paper, java.util.OptionalInt> count, int min, int max) {
            if (max < min) {
                throw new IllegalArgumentException(
                        field + " range must not end before it starts, found " + min + " to " + max);
            }
            this.field = field;
            this.count = count;
            this.min = min;
            this.max = max;
        }

        @Override
        boolean matches(Paper paper, Supplier<List<Claim>> claims) {
            java.util.OptionalInt n = count.apply(paper);
            return n.isPresent() && n.getAsInt() >= min && n.getAsInt() <= max;
        }

        @Override
        int cost() {
            return 2;
        }

        @Override
        public String toString() {
            if (max == Integer.MAX_VALUE) {
                return field + ">=" + min;
            }
            if (min <= 0) {
                return field + "<=" + max;
            }
            return min == max ? field + ":" + min : "(" + field + ">=" + min + " AND " + field + "<=" + max + ")";
        }
    }

    /** Some metric of the paper meets the condition. */
    static final class Reports extends PaperQuery {
        final MetricCondition condition;

        Reports(MetricCondition condition) {
            this.condition = condition;
        }

        @Override
        boolean matches(Paper paper, Supplier<List<Claim>> claims) {
            for (ReportedMetric m : paper.metrics()) {
                if (condition.test(m)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        int cost() {
            return condition.benchmark().isPresent() ? 1 : 3;
        }

        @Override
        BitSet select(Store store, BitSet within) {
            if (condition.benchmark().isEmpty()) {
                return super.select(store, within);
            }
            Object rows = store.benchmarks.get(condition.benchmark().get());
            if (rows == null) {
                return new BitSet();
            }
            BitSet candidates = RowSets.retain((BitSet) within.clone(), rows);
            String bench = condition.benchmark().get();
            return scanColumn(candidates, row -> {
                String[] keys = store.benchmarkKeys[row];
                List<ReportedMetric> metrics = store.papers[row].metrics();
                for (int j = 0; j < keys.length; j++) {
                    if (bench.equals(keys[j]) && condition.testExceptBenchmark(metrics.get(j))) {
                        return true;
                    }
                }
                return false;
            });
        }

        @Override
        public String toString() {
            String s = condition.toString().substring("metric".length()).strip();
            if (s.isEmpty()) {
                return "has:metrics";
            }
            return s.contains(" ") ? "(" + s.replace(" ", " AND ") + ")" : s;
        }
    }

    /** All children match. */
    static final class And extends PaperQuery {
        final List<PaperQuery> parts;

        And(List<PaperQuery> parts) {
            List<PaperQuery> flat = new ArrayList<>();
            for (PaperQuery q : parts) {
                if (q instanceof And a && !a.parts.isEmpty()) {
                    flat.addAll(a.parts);
                } else {
                    flat.add(q);
                }
            }
            this.parts = List.copyOf(flat);
        }

        @Override
        boolean matches(Paper paper, Supplier<List<Claim>> claims) {
            for (PaperQuery q : parts) {
                if (!q.matches(paper, claims)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        int cost() {
            return parts.stream().mapToInt(PaperQuery::cost).min().orElse(0);
        }

        @Override
        BitSet select(Store store, BitSet within) {
            List<PaperQuery> ordered = new ArrayList<>(parts);
            ordered.sort(Comparator.comparingInt(PaperQuery::cost));
            // narrow by every part's index first, then read papers (phrase checks) only for the rows left
            BitSet rows = within;
            for (PaperQuery q : ordered) {
                if (rows.isEmpty()) {
                    return rows;
                }
                rows = q.candidates(store, rows);
            }
            for (PaperQuery q : ordered) {
                if (rows.isEmpty()) {
                    return rows;
                }
                rows = q.verify(store, rows);
            }
            return rows;
        }

        @Override
        public String toString() {
            if (parts.isEmpty()) {
                return "*";
            }
            return parts.size() == 1 ? parts.get(0).toString() : "(" + String.join(" AND ", strings(parts)) + ")";
        }
    }

    /** At least one child matches. */
    static final class Or extends PaperQuery {
        final List<PaperQuery> parts;

        Or(List<PaperQuery> parts) {
            List<PaperQuery> flat = new ArrayList<>();
            for (PaperQuery q : parts) {
                if (q instanceof Or o && !o.parts.isEmpty()) {
                    flat.addAll(o.parts);
                } else {
                    flat.add(q);
                }
            }
            this.parts = List.copyOf(flat);
        }

        @Override
        boolean matches(Paper paper, Supplier<List<Claim>> claims) {
            for (PaperQuery q : parts) {
                if (q.matches(paper, claims)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        int cost() {
            return parts.stream().mapToInt(PaperQuery::cost).max().orElse(0);
        }

        @Override
        BitSet select(Store store, BitSet within) {
            BitSet out = new BitSet();
            for (PaperQuery q : parts) {
                out.or(q.select(store, (BitSet) within.clone()));
            }
            return out;
        }

        @Override
        public String toString() {
            if (parts.isEmpty()) {
                return "NOT *";
            }
            return parts.size() == 1 ? parts.get(0).toString() : "(" + String.join(" OR ", strings(parts)) + ")";
        }
    }

    /** The child does not match. */
    static final class Not extends PaperQuery {
        final PaperQuery part;

        Not(PaperQuery part) {
            this.part = part;
        }

        @Override
        boolean matches(Paper paper, Supplier<List<Claim>> claims) {
            return !part.matches(paper, claims);
        }

        @Override
        int cost() {
            return part.cost() + 1;
        }

        @Override
        BitSet select(Store store, BitSet within) {
            BitSet out = (BitSet) within.clone();
            out.andNot(part.select(store, within));
            return out;
        }

        @Override
        public String toString() {
            return "NOT " + part;
        }
    }

    private static List<String> strings(List<PaperQuery> parts) {
        return parts.stream().map(PaperQuery::toString).toList();
    }
}
