package dev.paperdex.query;

import dev.paperdex.ClaimType;
import dev.paperdex.Direction;
import dev.paperdex.LinkKind;
import dev.paperdex.MetricKind;
import dev.paperdex.Qualifier;
import dev.paperdex.query.QueryLexer.Token;
import dev.paperdex.query.QueryLexer.Type;
import dev.paperdex.query.QuerySyntaxException.Problem;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Parses the text form of a {@link PaperQuery}:
 *
 * <pre>{@code
 * PaperQuery q = QuerySyntax.parse(
 *         "benchmark:GSM8K AND claim:sota AND date>=2025-01-01 AND NOT title:survey");
 * }</pre>
 *
 * <h2>Grammar (EBNF)</h2>
 *
 * <pre>
 * query   = or , END ;
 * or      = and , { "OR" , and } ;
 * and     = unary , { [ "AND" ] , unary } ;        (* adjacent terms: implicit AND *)
 * unary   = "NOT" , unary | primary ;
 * primary = "(" , or , ")" | term ;
 * term    = text | field , ":" , value | field , compare , value
 *         | "claim:" , type , "(" , metric , { [ "AND" ] , metric } , ")" ;  (* no space before "(" *)
 * text    = word | phrase ;                        (* in title or abstract *)
 * metric  = ( "benchmark" | "unit" | "kind" | "qualifier" | "direction" | "value" ) , ( ":" | compare ) , value ;
 * compare = "&gt;=" | "&lt;=" | "&gt;" | "&lt;" ;
 * value   = word | phrase ;
 * phrase  = '"' , { any character but '"' } , '"' ;
 * word    = char , { char } ;                      (* char: not white space, '(', ')' or '"' *)
 * </pre>
 *
 * <p>{@code NOT} binds tighter than {@code AND}, which binds tighter than {@code OR}. The operators
 * are upper case; lower-case {@code and}, {@code or} and {@code not} are words to search for. Field
 * names ignore case. Fields:
 *
 * <table>
 *   <caption>fields</caption>
 *   <tr><td>{@code title:W}, {@code abstract:W}</td><td>word or phrase in the title / abstract (a bare
 *       word or phrase searches both); words as in {@link PaperQuery}</td></tr>
 *   <tr><td>{@code year:2025}, {@code year>=2024} (also {@code <=}, {@code >}, {@code <})</td><td>the year of the date</td></tr>
 *   <tr><td>{@code date:2025-06-05}, {@code date>=2025-01-01} (also {@code <=}, {@code >}, {@code <})</td><td>the date, ISO {@code YYYY-MM-DD}; {@code date:} also takes {@code YYYY-MM}</td></tr>
 *   <tr><td>{@code authors:5}, {@code authors>=5} (also {@code <=}, {@code >}, {@code <})</td><td>the author count</td></tr>
 *   <tr><td>{@code link:code}</td><td>a link of a {@link LinkKind} ({@code code}, {@code project_page}, {@code arxiv}, {@code doi}, {@code hf_model}, {@code hf_dataset}, {@code other})</td></tr>
 *   <tr><td>{@code host:github.com}</td><td>a link to the host (without {@code www.})</td></tr>
 *   <tr><td>{@code benchmark:GSM8K}, {@code unit:%}, {@code kind:change}, {@code qualifier:max}, {@code direction:up}, {@code value>=5} (also {@code value:}, {@code <=}, {@code >}, {@code <})</td><td>a reported metric; see below</td></tr>
 *   <tr><td>{@code claim:sota}, {@code claim:efficiency(unit:x value>=5)}</td><td>a claim of a {@link ClaimType};
 *       with metric terms in parentheses right after the type (no space), a claim of that type whose
 *       sentence holds one metric meeting them all</td></tr>
 *   <tr><td>{@code has:comments}, {@code has:team}, {@code has:metrics}</td><td>at least one comment / a team name / a reported metric</td></tr>
 *   <tr><td>{@code id:2506.05331}</td><td>the arXiv id, ignoring case</td></tr>
 *   <tr><td>{@code author:"Jiahong Wu"}</td><td>an author with this whole name, ignoring case and spacing; matches any author of the
 *       paper (only sources that list authors, the API and arXiv, give names)</td></tr>
 *   <tr><td>{@code team:AMAP-ML}</td><td>the team or organisation shown for the paper, compared the same way</td></tr>
 *   <tr><td>{@code keyword:"reinforcement learning"}</td><td>one of the paper's keywords (Hugging Face {@code ai_keywords}), compared the same way</td></tr>
 *   <tr><td>{@code upvotes>=50}, {@code stars>=10} (also {@code :}, {@code <=}, {@code >}, {@code <})</td><td>the upvote count / the
 *       GitHub star count; a paper without the count does not match</td></tr>
 * </table>
 *
 * <p>{@link #help()} gives this grammar as plain text with examples, for command-line help.
 *
 * <p><b>Metric terms describe one metric.</b> Inside one {@code AND} chain, consecutive metric
 * terms ({@code benchmark}, {@code unit}, {@code kind}, {@code qualifier}, {@code direction}, {@code value}) that are
 * not negated are conditions on the <em>same</em> metric: {@code benchmark:GSM8K kind:change
 * value>=5} means a change of at least 5 on GSM8K, not three facts about different numbers. A
 * field that repeats (a second {@code benchmark:}, a second lower bound) starts a new metric, so
 * {@code benchmark:GSM8K value>=80 benchmark:MATH value>=50} asks for two metrics. {@code NOT
 * unit:%} and metric terms in different parentheses are separate conditions.
 *
 * <p>Parentheses and {@code NOT} may nest {@value #MAX_DEPTH} deep (counted together); a deeper
 * query throws {@link QuerySyntaxException} with {@link QuerySyntaxException.Problem#TOO_DEEP}.
 *
 * <p>Any other input throws {@link QuerySyntaxException} with the column, what was expected and
 * what was found, including values that do not parse ({@code date>=2025-13-01}).
 */
public final class QuerySyntax {
    private static final List<String> FIELDS = List.of(
            "title",
            "abstract",
            "year",
            "date",
            "authors",
            "link",
            "host",
            "benchmark",
            "unit",
            "kind",
            "qualifier",
            "direction",
            "value",
            "claim",
            "has",
            "id",
            "author",
            "team",
            "keyword",
            "upvotes",
            "stars");

    private static final String HELP = """
            Query syntax

              A bare word or "quoted phrase" searches title and abstract on word boundaries
              (reasoning does not match reasoningless; "chain of thought" matches Chain-of-Thought).
              Terms next to each other must all hold (AND); OR and NOT are upper case;
              NOT binds tighter than AND, AND tighter than OR; parentheses group.
              Field names ignore case. A value with spaces goes in double quotes.

            Grammar
              query   = or
              or      = and { "OR" and }
              and     = unary { [ "AND" ] unary }
              unary   = "NOT" unary | primary
              primary = "(" or ")" | term
              term    = word | phrase | field ":" value | field compare value
                      | "claim:" type "(" metric { [ "AND" ] metric } ")"   (no space before "(")
              compare = ">=" | "<=" | ">" | "<"

            Fields
              title:W  abstract:W          word or phrase in the title / the abstract
              id:2506.05331                the arXiv id
              author:"Jiahong Wu"          an author with this whole name (ignoring case)
              team:AMAP-ML                 the team or organisation shown for the paper
              keyword:"reinforcement learning"   a Hugging Face keyword of the paper
              year:2025  year>=2024        the year of the date (also <=, >, <)
              date:2025-06  date>=2025-01-01     the date, ISO (date: also takes a month)
              authors>=5                   the author count (also :, <=, >, <)
              upvotes>=50  stars>=10       upvotes / GitHub stars (also :, <=, >, <)
              has:comments  has:team  has:metrics
              link:code                    a link of a kind: code, project_page, arxiv, doi,
                                           hf_model, hf_dataset, other
              host:github.com              a link to the host
              benchmark:GSM8K  unit:%  kind:change  qualifier:max  direction:up  value>=5
                                           a reported metric; consecutive metric terms describe
                                           the same metric
              claim:sota  claim:efficiency(unit:x value>=5)
                                           a claim of a type (performance, sota, efficiency,
                                           release, finding), optionally with a metric inside it

            Examples
              reasoning "chain of thought"
              benchmark:GSM8K kind:change value>=5 AND claim:sota
              author:"Jiahong Wu" OR team:AMAP-ML
              upvotes>=50 stars>=10 link:code date>=2025-01-01
              keyword:"reinforcement learning" AND NOT title:survey
              claim:efficiency(unit:x value>=5)
            """;

    /** How deep parentheses and {@code NOT}s may nest, together: deeper queries are refused, not overflowed. */
    static final int MAX_DEPTH = 100;

    private final String query;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    private QuerySyntax(String query) {
        this.query = query;
        this.tokens = QueryLexer.tokens(query);
    }

    /**
     * The query syntax as plain text for a terminal: the grammar, every field and examples (what the
     * class javadoc says, for users without it, e.g. {@code papers query --help}). Lines end with
     * {@code \n}; the text ends with one.
     */
    public static String help() {
        return HELP;
    }

    /**
     * The query {@code text} describes.
     *
     * @throws QuerySyntaxException when the text does not follow the grammar
     */
    public static PaperQuery parse(String text) {
        QuerySyntax p = new QuerySyntax(text);
        if (p.peek().type() == Type.END) {
            throw p.error(Problem.UNEXPECTED_TOKEN, p.peek(), "a search term");
        }
        PaperQuery q = p.or();
        if (p.peek().type() != Type.END) {
            throw p.error(
                    Problem.UNEXPECTED_TOKEN,
                    p.peek(),
                    p.peek().type() == Type.RPAREN ? "end of query (no '(' is open)" : "'AND', 'OR' or end of query");
        }
        return q;
    }

    // ---- recursive descent ----------------------------------------------------------------

    private PaperQuery or() {
        List<PaperQuery> parts = new ArrayList<>();
        parts.add(and());
        while (peek().type() == Type.OR) {
            Token op = tokens.get(pos++);
            requireTerm(op);
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new PaperQuery.Or(parts);
    }

    private PaperQuery and() {
        List<Object> items = new ArrayList<>();
        items.add(unary());
        while (true) {
            Type t = peek().type();
            if (t == Type.AND) {
                Token op = tokens.get(pos++);
                requireTerm(op);
                items.add(unary());
            } else if (t == Type.TEXT || t == Type.FIELD || t == Type.NOT || t == Type.LPAREN) {
                items.add(unary());
            } else {
                break;
            }
        }
        List<PaperQuery> parts = mergeMetricTerms(items);
        return parts.size() == 1 ? parts.get(0) : new PaperQuery.And(parts);
    }

    /** A {@link PaperQuery} or, for a metric term, a {@link MetricTerm}. */
    private Object unary() {
        Token t = peek();
        if (t.type() == Type.NOT) {
            pos++;
            requireTerm(t);
            enter(t);
            PaperQuery negated = PaperQuery.not(toQuery(unary()));
            depth--;
            return negated;
        }
        return primary();
    }

    private Object primary() {
        Token t = tokens.get(pos);
        switch (t.type()) {
            case LPAREN -> {
                pos++;
                if (peek().type() == Type.RPAREN) {
                    throw error(Problem.UNEXPECTED_TOKEN, peek(), "a search term after '('");
                }
                requireTerm(t);
                enter(t);
                PaperQuery inner = or();
                if (peek().type() != Type.RPAREN) {
                    throw error(Problem.UNEXPECTED_TOKEN, peek(), "')' to close the '(' at column " + (t.offset() + 1));
                }
                pos++;
                depth--;
                return inner;
            }
            case TEXT -> {
                pos++;
                return text(t, PaperQuery.Text.Field.ANY, t.offset());
            }
            case FIELD -> {
                pos++;
                return field(t);
            }
            default -> throw error(Problem.UNEXPECTED_TOKEN, t, "a search term");
        }
    }

    /** One level deeper at {@code t} (a '(' or 'NOT'); beyond {@link #MAX_DEPTH} the query is refused. */
    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw new QuerySyntaxException(
                    Problem.TOO_DEEP,
                    query,
                    t.offset(),
                    "at most " + MAX_DEPTH + " nested '(' and 'NOT'",
                    "more at " + show(t.raw()));
        }
    }

    /** After an operator or '(', a term must follow. */
    private void requireTerm(Token after) {
        Token t = peek();
        if (t.type() == Type.END || t.type() == Type.RPAREN || t.type() == Type.AND || t.type() == Type.OR) {
            throw error(Problem.UNEXPECTED_TOKEN, t, "a search term after " + show(after.raw()));
        }
    }

    private Token peek() {
        return tokens.get(pos);
    }

    // ---- terms ----------------------------------------------------------------------------

    private PaperQuery text(Token t, PaperQuery.Text.Field field, int at) {
        String term = t.text();
        if (Words.of(term).isEmpty()) {
            throw new QuerySyntaxException(
                    Problem.INVALID_VALUE, query, at, "a word or phrase with letters or digits", describeValue(t));
        }
        return PaperQuery.Text.of(field, term);
    }

    private Object field(Token t) {
        String name = t.field().toLowerCase(Locale.ROOT);
        String op = t.op();
        if (!FIELDS.contains(name)) {
            throw new QuerySyntaxException(
                    Problem.UNKNOWN_FIELD,
                    query,
                    t.offset(),
                    "a field (" + String.join(", ", FIELDS) + ")",
                    show(t.field()));
        }
        boolean compare = !op.equals(":");
        boolean ordered = name.equals("year")
                || name.equals("date")
                || name.equals("authors")
                || name.equals("value")
                || name.equals("upvotes")
                || name.equals("stars");
        if (op.equals("=") || (compare && !ordered)) {
            throw new QuerySyntaxException(
                    Problem.UNEXPECTED_TOKEN,
                    query,
                    t.offset() + t.field().length(),
                    ordered ? "':', '>=', '<=', '>' or '<' after '" + name + "'" : "':' after '" + name + "'",
                    show(op));
        }
        if (t.text().isEmpty() && !(t.quoted() && name.equals("unit"))) {
            throw new QuerySyntaxException(
                    Problem.UNEXPECTED_TOKEN,
                    query,
                    t.valueOffset(),
                    "a value after '" + t.field() + op + "'",
                    describeValue(t));
        }
        String v = t.text();
        return switch (name) {
            case "title" -> text(t, PaperQuery.Text.Field.TITLE, t.valueOffset());
            case "abstract" -> text(t, PaperQuery.Text.Field.ABSTRACT, t.valueOffset());
            case "year" -> year(t, op, v);
            case "date" -> date(t, op, v);
            case "authors" -> authors(t, op, v);
            case "link" -> PaperQuery.hasLink(enumValue(t, LinkKind.class, v.replace('-', '_')));
            case "host" -> PaperQuery.hasLinkHost(v);
            case "claim" -> claim(t, enumValue(t, ClaimType.class, v));
            case "id" -> PaperQuery.hasId(v);
            case "author" -> PaperQuery.byAuthor(v);
            case "team" -> PaperQuery.byTeam(v);
            case "keyword" -> PaperQuery.hasKeyword(v);
            case "upvotes", "stars" -> count(t, name, op, v);
            case "has" ->
                switch (v.toLowerCase(Locale.ROOT)) {
                    case "comments" -> PaperQuery.hasComments();
                    case "team" -> PaperQuery.hasTeam();
                    case "metrics" -> PaperQuery.reports(MetricCondition.any());
                    default -> throw invalid(t, "'comments', 'team' or 'metrics'");
                };
            default -> metricTerm(t, name, op, v);
        };
    }

    /** {@code claim:TYPE} or, with a metric list right after it, {@code claim:TYPE(unit:x value>=5)}. */
    private PaperQuery claim(Token t, ClaimType type) {
        Token open = peek();
        if (open.type() != Type.LPAREN || open.offset() != t.offset() + t.raw().length()) {
            return PaperQuery.hasClaim(type);
        }
        pos++;
        MetricCondition condition = MetricCondition.any();
        Set<String> used = new HashSet<>();
        do {
            Token m = peek();
            if (m.type() == Type.AND && !used.isEmpty()) {
                pos++;
                m = peek();
            }
            String name = m.type() == Type.FIELD ? m.field().toLowerCase(Locale.ROOT) : "";
            if (!List.of("benchmark", "unit", "kind", "qualifier", "direction", "value")
                    .contains(name)) {
                throw error(
                        Problem.UNEXPECTED_TOKEN,
                        m,
                        "a metric term (benchmark, unit, kind, qualifier, direction, value) in the claim's metric");
            }
            pos++;
            MetricTerm term = (MetricTerm) field(m);
            Set<String> slots = term.slots();
            for (String slot : slots) {
                if (!used.add(slot)) {
                    throw new QuerySyntaxException(
                            Problem.UNEXPECTED_TOKEN,
                            query,
                            m.offset(),
                            "each metric field once in the claim's metric",
                            show(m.raw()));
                }
            }
            condition = term.applyTo(condition);
        } while (peek().type() != Type.RPAREN);
        pos++;
        return PaperQuery.hasClaim(type, condition);
    }

    private PaperQuery year(Token t, String op, String v) {
        int y = integer(t, v, "a year");
        if (y < 1 || y > 9999) {
            throw invalid(t, "a year from 1 to 9999");
        }
        Year year = Year.of(y);
        return switch (op) {
            case ":" -> PaperQuery.publishedIn(year);
            case ">=" -> PaperQuery.publishedOnOrAfter(year.atDay(1));
            case ">" -> PaperQuery.publishedOnOrAfter(year.plusYears(1).atDay(1));
            case "<=" -> PaperQuery.publishedOnOrBefore(year.atMonth(12).atEndOfMonth());
            default -> PaperQuery.publishedOnOrBefore(year.atDay(1).minusDays(1));
        };
    }

    private PaperQuery date(Token t, String op, String v) {
        if (op.equals(":") && v.matches("\\d{4}-\\d{2}")) {
            try {
                return PaperQuery.publishedIn(java.time.YearMonth.parse(v));
            } catch (DateTimeParseException e) {
                throw invalid(t, "a month YYYY-MM");
            }
        }
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw invalid(t, op.equals(":") ? "a date YYYY-MM-DD or a month YYYY-MM" : "a date YYYY-MM-DD");
        }
        return switch (op) {
            case ":" -> PaperQuery.publishedBetween(d, d);
            case ">=" -> PaperQuery.publishedOnOrAfter(d);
            case ">" -> PaperQuery.publishedOnOrAfter(d.plusDays(1));
            case "<=" -> PaperQuery.publishedOnOrBefore(d);
            default -> PaperQuery.publishedOnOrBefore(d.minusDays(1));
        };
    }

    private PaperQuery authors(Token t, String op, String v) {
        int n = integer(t, v, "an author count");
        return switch (op) {
            case ":" -> PaperQuery.authorCountBetween(n, n);
            case ">=" -> PaperQuery.authorCountAtLeast(n);
            case ">" -> PaperQuery.authorCountAtLeast(n + 1);
            case "<=" -> PaperQuery.authorCountAtMost(n);
            default -> PaperQuery.authorCountAtMost(n - 1);
        };
    }

    /** {@code upvotes} and {@code stars}: counts of at most nine digits, so {@code n + 1} cannot overflow. */
    private PaperQuery count(Token t, String name, String op, String v) {
        int n = integer(t, v, "a count of " + name);
        if (op.equals("<") && n == 0) {
            throw invalid(t, "a count of at least 1 after '<' (no count is below 0)");
        }
        int min = switch (op) {
            case ":", ">=" -> n;
            case ">" -> n + 1;
            default -> 0;
        };
        int max = switch (op) {
            case ":", "<=" -> n;
            case "<" -> n - 1;
            default -> Integer.MAX_VALUE;
        };
        return name.equals("upvotes") ? PaperQuery.upvotesBetween(min, max) : PaperQuery.starsBetween(min, max);
    }

    private int integer(Token t, String v, String what) {
        if (!v.matches("\\d{1,9}")) {
            throw invalid(t, what + " (digits)");
        }
        return Integer.parseInt(v);
    }

    private <E extends Enum<E>> E enumValue(Token t, Class<E> type, String v) {
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String names = Arrays.stream(type.getEnumConstants())
                    .map(c -> "'" + c.name().toLowerCase(Locale.ROOT) + "'")
                    .collect(Collectors.joining(", "));
            throw invalid(t, "one of " + names);
        }
    }

    private MetricTerm metricTerm(Token t, String name, String op, String v) {
        MetricTerm m = new MetricTerm();
        switch (name) {
            case "benchmark" -> {
                if (MetricCondition.normalizeBenchmark(v).isEmpty()) {
                    throw invalid(t, "a benchmark name with letters or digits");
                }
                m.benchmark = v;
            }
            case "unit" -> m.unit = v;
            case "kind" -> m.kind = enumValue(t, MetricKind.class, v);
            case "qualifier" -> m.qualifier = enumValue(t, Qualifier.class, v);
            case "direction" -> m.direction = enumValue(t, Direction.class, v);
            default -> {
                double d;
                try {
                    if (!v.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                        throw new NumberFormatException(v);
                    }
                    d = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw invalid(t, "a number");
                }
                m.op = op;
                m.value = d;
            }
        }
        return m;
    }

    /** One metric term, before consecutive ones are merged into one {@link MetricCondition}. */
    private static final class MetricTerm {
        String benchmark;
        String unit;
        MetricKind kind;
        Qualifier qualifier;
        Direction direction;
        String op;
        double value;

        Set<String> slots() {
            Set<String> s = new HashSet<>();
            if (benchmark != null) {
                s.add("benchmark");
            }
            if (unit != null) {
                s.add("unit");
            }
            if (kind != null) {
                s.add("kind");
            }
            if (qualifier != null) {
                s.add("qualifier");
            }
            if (direction != null) {
                s.add("direction");
            }
            if (op != null) {
                if (op.equals(":") || op.startsWith(">")) {
                    s.add("lower");
                }
                if (op.equals(":") || op.startsWith("<")) {
                    s.add("upper");
                }
            }
            return s;
        }

        MetricCondition applyTo(MetricCondition c) {
            MetricCondition out = c;
            if (benchmark != null) {
                out = out.onBenchmark(benchmark);
            }
            if (unit != null) {
                out = out.inUnit(unit);
            }
            if (kind != null) {
                out = out.ofKind(kind);
            }
            if (qualifier != null) {
                out = out.qualifiedAs(qualifier);
            }
            if (direction != null) {
                out = out.inDirection(direction);
            }
            if (op != null) {
                out = switch (op) {
                    case ":" -> out.atLeast(value).atMost(value);
                    case ">=" -> out.atLeast(value);
                    case ">" -> out.above(value);
                    case "<=" -> out.atMost(value);
                    default -> out.below(value);
                };
            }
            return out;
        }
    }

    private static PaperQuery toQuery(Object item) {
        return item instanceof MetricTerm m ? PaperQuery.reports(m.applyTo(MetricCondition.any())) : (PaperQuery) item;
    }

    /** Joins runs of metric terms into conditions on one metric each, in place of the run's first term. */
    private static List<PaperQuery> mergeMetricTerms(List<Object> items) {
        List<PaperQuery> out = new ArrayList<>();
        MetricCondition current = null;
        Set<String> used = new HashSet<>();
        for (Object item : items) {
            if (item instanceof MetricTerm m) {
                Set<String> slots = m.slots();
                if (current != null && slots.stream().anyMatch(used::contains)) {
                    out.add(PaperQuery.reports(current));
                    current = null;
                    used.clear();
                }
                current = m.applyTo(current == null ? MetricCondition.any() : current);
                used.addAll(slots);
            } else {
                if (current != null) {
                    out.add(PaperQuery.reports(current));
                    current = null;
                    used.clear();
                }
                out.add((PaperQuery) item);
            }
        }
        if (current != null) {
            out.add(PaperQuery.reports(current));
        }
        return out;
    }

    // ---- errors and printing ----------------------------------------------------------------

    private QuerySyntaxException error(Problem problem, Token t, String expected) {
        return new QuerySyntaxException(problem, query, t.offset(), expected, t.describe());
    }

    private QuerySyntaxException invalid(Token t, String expected) {
        return new QuerySyntaxException(Problem.INVALID_VALUE, query, t.valueOffset(), expected, describeValue(t));
    }

    private static String describeValue(Token t) {
        if (t.quoted()) {
            return show("\"" + t.text() + "\"");
        }
        return t.text().isEmpty() ? "end of term" : show(t.text());
    }

    /** Text quoted for a message: cut after 40 characters, control characters shown by code. */
    static String show(String text) {
        StringBuilder s = new StringBuilder("'");
        int n = Math.min(text.length(), 40);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                s.append(c);
            }
        }
        if (text.length() > n) {
            s.append("...");
        }
        return s.append('\'').toString();
    }

    /** A value as the lexer reads it back: bare when it is one plain word, else in quotes. */
    static String quoteIfNeeded(String value) {
        boolean plain = !value.isEmpty() && !value.equals("AND") && !value.equals("OR") && !value.equals("NOT");
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = !Character.isWhitespace(c)
                    && c != '('
                    && c != ')'
                    && c != '"'
                    && c != ':'
                    && c != '<'
                    && c != '>'
                    && c != '=';
        }
        return plain ? value : "\"" + value + "\"";
    }
}
