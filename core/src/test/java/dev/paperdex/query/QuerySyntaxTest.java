package dev.paperdex.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.paperdex.Paper;
import dev.paperdex.query.QuerySyntaxException.Problem;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class QuerySyntaxTest {
    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("reasoning", "reasoning"),
                Arguments.of("\"chain of thought\"", "\"chain of thought\""),
                Arguments.of("a b", "(a AND b)"),
                Arguments.of("a AND b OR c", "((a AND b) OR c)"),
                Arguments.of("a OR b c", "(a OR (b AND c))"),
                Arguments.of("NOT a b", "(NOT a AND b)"),
                Arguments.of("NOT (a OR b)", "NOT (a OR b)"),
                Arguments.of("NOT NOT a", "NOT NOT a"),
                Arguments.of("a and or not", "(a AND and AND or AND not)"),
                Arguments.of(
                        "title:survey abstract:\"code is available\"",
                        "(title:survey AND abstract:\"code is available\")"),
                Arguments.of("TITLE:Survey", "title:Survey"),
                Arguments.of("year:2025", "year:2025"),
                Arguments.of("year>=2024 year<2026", "(date>=2024-01-01 AND date<=2025-12-31)"),
                Arguments.of("year>2024 year<=2025", "(date>=2025-01-01 AND date<=2025-12-31)"),
                Arguments.of("date>=2025-01-01", "date>=2025-01-01"),
                Arguments.of("date>2025-01-01 date<2025-02-01", "(date>=2025-01-02 AND date<=2025-01-31)"),
                Arguments.of("date:2025-06-05", "(date>=2025-06-05 AND date<=2025-06-05)"),
                Arguments.of("date:2024-02", "(date>=2024-02-01 AND date<=2024-02-29)"),
                Arguments.of("authors>=5", "authors>=5"),
                Arguments.of("authors>5 authors<10", "(authors>=6 AND authors<=9)"),
                Arguments.of("authors:3", "authors:3"),
                Arguments.of(
                        "link:code link:project-page link:HF_MODEL",
                        "(link:code AND link:project_page AND link:hf_model)"),
                Arguments.of("host:www.GitHub.com", "host:github.com"),
                Arguments.of("has:comments has:team has:metrics", "(has:comments AND has:team AND has:metrics)"),
                Arguments.of("claim:sota", "claim:sota"),
                Arguments.of("id:2506.05331", "id:2506.05331"),
                Arguments.of("author:\"Jiahong  Wu\"", "author:\"jiahong wu\""),
                Arguments.of("TEAM:AMAP-ML", "team:amap-ml"),
                Arguments.of("keyword:\"large language models\"", "keyword:\"large language models\""),
                Arguments.of("upvotes>=50 stars<10", "(upvotes>=50 AND stars<=9)"),
                Arguments.of("upvotes:3", "upvotes:3"),
                Arguments.of("stars>4", "stars>=5"),
                Arguments.of("upvotes<=7", "upvotes<=7"),
                Arguments.of("claim:efficiency(unit:x value>=5)", "claim:efficiency(unit:x AND value>=5.0)"),
                Arguments.of(
                        "claim:efficiency(kind:ratio AND value>5) a",
                        "(claim:efficiency(kind:ratio AND value>5.0) AND a)"),
                Arguments.of("claim:sota (a OR b)", "(claim:sota AND (a OR b))"),
                Arguments.of("benchmark:GSM8K", "benchmark:gsm8k"),
                Arguments.of(
                        "benchmark:\"Math Vista\" unit:% kind:change value>=5 qualifier:max direction:up",
                        "(benchmark:mathvista AND kind:change AND unit:% AND direction:up AND qualifier:max AND value>=5.0)"),
                Arguments.of(
                        "benchmark:GSM8K value>=80 benchmark:MATH value>50",
                        "((benchmark:gsm8k AND value>=80.0) AND (benchmark:math AND value>50.0))"),
                Arguments.of("value>=5 value<=10 value>6", "((value>=5.0 AND value<=10.0) AND value>6.0)"),
                Arguments.of("value:2.5", "(value>=2.5 AND value<=2.5)"),
                Arguments.of("unit:\"\"", "unit:\"\""),
                Arguments.of("benchmark:GSM8K NOT unit:% value>=5", "(benchmark:gsm8k AND NOT unit:% AND value>=5.0)"),
                Arguments.of("benchmark:GSM8K reasoning value>=5", "(benchmark:gsm8k AND reasoning AND value>=5.0)"),
                Arguments.of(
                        "benchmark:GSM8K AND claim:sota AND date>=2025-01-01 AND NOT title:survey",
                        "(benchmark:gsm8k AND claim:sota AND date>=2025-01-01 AND NOT title:survey)"),
                Arguments.of("((a))", "a"),
                Arguments.of("GPT-4o", "GPT-4o"));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void parsesWithPrecedenceNotAndOr(String query, String expected) {
        assertThat(QuerySyntax.parse(query)).hasToString(expected);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("", Problem.UNEXPECTED_TOKEN, 1, "expected a search term at column 1, found end of query"),
                Arguments.of(
                        "   ", Problem.UNEXPECTED_TOKEN, 4, "expected a search term at column 4, found end of query"),
                Arguments.of("AND a", Problem.UNEXPECTED_TOKEN, 1, "expected a search term at column 1, found 'AND'"),
                Arguments.of(
                        "a AND",
                        Problem.UNEXPECTED_TOKEN,
                        6,
                        "expected a search term after 'AND' at column 6, found end of query"),
                Arguments.of(
                        "a OR OR b",
                        Problem.UNEXPECTED_TOKEN,
                        6,
                        "expected a search term after 'OR' at column 6, found 'OR'"),
                Arguments.of(
                        "a AND OR b",
                        Problem.UNEXPECTED_TOKEN,
                        7,
                        "expected a search term after 'AND' at column 7, found 'OR'"),
                Arguments.of(
                        "NOT",
                        Problem.UNEXPECTED_TOKEN,
                        4,
                        "expected a search term after 'NOT' at column 4, found end of query"),
                Arguments.of(
                        "a NOT )",
                        Problem.UNEXPECTED_TOKEN,
                        7,
                        "expected a search term after 'NOT' at column 7, found ')'"),
                Arguments.of(
                        "(a OR b",
                        Problem.UNEXPECTED_TOKEN,
                        8,
                        "expected ')' to close the '(' at column 1 at column 8, found end of query"),
                Arguments.of(
                        "()", Problem.UNEXPECTED_TOKEN, 2, "expected a search term after '(' at column 2, found ')'"),
                Arguments.of(
                        "a)",
                        Problem.UNEXPECTED_TOKEN,
                        2,
                        "expected end of query (no '(' is open) at column 2, found ')'"),
                Arguments.of(
                        "\"chain of",
                        Problem.UNTERMINATED_PHRASE,
                        10,
                        "expected '\"' to close the phrase opened at column 1 at column 10, found end of query"),
                Arguments.of(
                        "title:\"open",
                        Problem.UNTERMINATED_PHRASE,
                        12,
                        "expected '\"' to close the phrase opened at column 7 at column 12, found end of query"),
                Arguments.of(
                        "\"\"",
                        Problem.INVALID_VALUE,
                        1,
                        "expected a word or phrase with letters or digits at column 1, found '\"\"'"),
                Arguments.of(
                        "a %",
                        Problem.INVALID_VALUE,
                        3,
                        "expected a word or phrase with letters or digits at column 3, found '%'"),
                Arguments.of(
                        "foo:bar",
                        Problem.UNKNOWN_FIELD,
                        1,
                        "expected a field (title, abstract, year, date, authors, link, host, benchmark, unit, kind, qualifier, direction, value, claim, has, id, author, team, keyword, upvotes, stars) at column 1, found 'foo'"),
                Arguments.of(
                        "title:",
                        Problem.UNEXPECTED_TOKEN,
                        7,
                        "expected a value after 'title:' at column 7, found end of term"),
                Arguments.of(
                        "title: survey",
                        Problem.UNEXPECTED_TOKEN,
                        7,
                        "expected a value after 'title:' at column 7, found end of term"),
                Arguments.of(
                        "title>=x", Problem.UNEXPECTED_TOKEN, 6, "expected ':' after 'title' at column 6, found '>='"),
                Arguments.of(
                        "year=2025",
                        Problem.UNEXPECTED_TOKEN,
                        5,
                        "expected ':', '>=', '<=', '>' or '<' after 'year' at column 5, found '='"),
                Arguments.of(
                        "date>=2025-13-01",
                        Problem.INVALID_VALUE,
                        7,
                        "expected a date YYYY-MM-DD at column 7, found '2025-13-01'"),
                Arguments.of(
                        "date>=2025-02-30",
                        Problem.INVALID_VALUE,
                        7,
                        "expected a date YYYY-MM-DD at column 7, found '2025-02-30'"),
                Arguments.of(
                        "a date:2025-1",
                        Problem.INVALID_VALUE,
                        8,
                        "expected a date YYYY-MM-DD or a month YYYY-MM at column 8, found '2025-1'"),
                Arguments.of(
                        "date:2025-13",
                        Problem.INVALID_VALUE,
                        6,
                        "expected a month YYYY-MM at column 6, found '2025-13'"),
                Arguments.of(
                        "year:20x5", Problem.INVALID_VALUE, 6, "expected a year (digits) at column 6, found '20x5'"),
                Arguments.of(
                        "year:0", Problem.INVALID_VALUE, 6, "expected a year from 1 to 9999 at column 6, found '0'"),
                Arguments.of(
                        "authors>=five",
                        Problem.INVALID_VALUE,
                        10,
                        "expected an author count (digits) at column 10, found 'five'"),
                Arguments.of(
                        "stars>=many",
                        Problem.INVALID_VALUE,
                        8,
                        "expected a count of stars (digits) at column 8, found 'many'"),
                Arguments.of(
                        "upvotes<0",
                        Problem.INVALID_VALUE,
                        9,
                        "expected a count of at least 1 after '<' (no count is below 0) at column 9, found '0'"),
                Arguments.of(
                        "author>=x",
                        Problem.UNEXPECTED_TOKEN,
                        7,
                        "expected ':' after 'author' at column 7, found '>='"),
                Arguments.of("value>=abc", Problem.INVALID_VALUE, 8, "expected a number at column 8, found 'abc'"),
                Arguments.of("value>=1e5", Problem.INVALID_VALUE, 8, "expected a number at column 8, found '1e5'"),
                Arguments.of(
                        "link:foo",
                        Problem.INVALID_VALUE,
                        6,
                        "expected one of 'code', 'project_page', 'arxiv', 'doi', 'hf_model', 'hf_dataset', 'other' at column 6, found 'foo'"),
                Arguments.of(
                        "kind:gain",
                        Problem.INVALID_VALUE,
                        6,
                        "expected one of 'score', 'change', 'ratio' at column 6, found 'gain'"),
                Arguments.of(
                        "qualifier:upto",
                        Problem.INVALID_VALUE,
                        11,
                        "expected one of 'exact', 'approx', 'min', 'max' at column 11, found 'upto'"),
                Arguments.of(
                        "claim:best",
                        Problem.INVALID_VALUE,
                        7,
                        "expected one of 'performance', 'sota', 'efficiency', 'release', 'finding' at column 7, found 'best'"),
                Arguments.of(
                        "claim:sota(title:x)",
                        Problem.UNEXPECTED_TOKEN,
                        12,
                        "expected a metric term (benchmark, unit, kind, qualifier, direction, value) in the claim's metric at column 12, found 'title:x'"),
                Arguments.of(
                        "claim:sota()",
                        Problem.UNEXPECTED_TOKEN,
                        12,
                        "expected a metric term (benchmark, unit, kind, qualifier, direction, value) in the claim's metric at column 12, found ')'"),
                Arguments.of(
                        "claim:sota(unit:x",
                        Problem.UNEXPECTED_TOKEN,
                        18,
                        "expected a metric term (benchmark, unit, kind, qualifier, direction, value) in the claim's metric at column 18, found end of query"),
                Arguments.of(
                        "claim:sota(unit:x unit:%)",
                        Problem.UNEXPECTED_TOKEN,
                        19,
                        "expected each metric field once in the claim's metric at column 19, found 'unit:%'"),
                Arguments.of(
                        "has:code",
                        Problem.INVALID_VALUE,
                        5,
                        "expected 'comments', 'team' or 'metrics' at column 5, found 'code'"),
                Arguments.of(
                        "benchmark:\"--\"",
                        Problem.INVALID_VALUE,
                        11,
                        "expected a benchmark name with letters or digits at column 11, found '\"--\"'"),
                Arguments.of(
                        "title:\"\"",
                        Problem.UNEXPECTED_TOKEN,
                        7,
                        "expected a value after 'title:' at column 7, found '\"\"'"),
                Arguments.of(
                        "a \u0001",
                        Problem.INVALID_VALUE,
                        3,
                        "expected a word or phrase with letters or digits at column 3, found '\\u0001'"));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void rejectsMalformedQueriesWithPosition(String query, Problem problem, int column, String message) {
        QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class, () -> QuerySyntax.parse(query));
        assertThat(e).isNotNull();
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.offset()).isEqualTo(column - 1);
        assertThat(e).hasMessage(message);
        assertThat(e.query()).isEqualTo(query);
    }

    @Test
    void helpNamesEveryFieldAndItsExamplesParse() {
        String help = QuerySyntax.help();
        for (String field : List.of(
                "title:",
                "abstract:",
                "id:",
                "author:",
                "team:",
                "keyword:",
                "year:",
                "date>=",
                "authors>=",
                "upvotes>=",
                "stars>=",
                "has:comments",
                "link:code",
                "host:",
                "benchmark:",
                "unit:",
                "kind:",
                "qualifier:",
                "direction:",
                "value>=",
                "claim:")) {
            assertThat(help).as(field).contains(field);
        }
        String examples = help.substring(help.indexOf("Examples"));
        List<String> lines = examples.lines()
                .skip(1)
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        assertThat(lines).hasSize(6);
        lines.forEach(QuerySyntax::parse);
    }

    @Test
    void refusesNestingDeeperThanTheLimitInsteadOfOverflowingTheStack() {
        String parens = "(".repeat(2000);
        String nots = "NOT ".repeat(10_000) + "x";
        String balanced = "(".repeat(3000) + "x" + ")".repeat(3000);
        for (String q : List.of(parens, nots, balanced)) {
            QuerySyntaxException e = catchThrowableOfType(QuerySyntaxException.class, () -> QuerySyntax.parse(q));
            assertThat(e).isNotNull();
            assertThat(e.problem()).isEqualTo(Problem.TOO_DEEP);
            assertThat(e.column()).isEqualTo(q.startsWith("N") ? 401 : 101);
        }
        String deepest = "(".repeat(QuerySyntax.MAX_DEPTH) + "gsm8k" + ")".repeat(QuerySyntax.MAX_DEPTH);
        assertThat(QuerySyntax.parse(deepest).test(Paper.of("T", "Results on GSM8K.")))
                .isTrue();
        assertThat(QuerySyntax.parse("NOT ".repeat(QuerySyntax.MAX_DEPTH) + "gsm8k")
                        .test(Paper.of("T", "Results on GSM8K.")))
                .isTrue();
    }

    @Test
    void pointsAtTheColumn() {
        QuerySyntaxException e =
                catchThrowableOfType(QuerySyntaxException.class, () -> QuerySyntax.parse("date>=2025-13-01"));
        assertThat(e.pointer()).isEqualTo("date>=2025-13-01\n      ^");
        assertThat(e.expected()).isEqualTo("a date YYYY-MM-DD");
        assertThat(e.found()).isEqualTo("'2025-13-01'");
    }

    @Test
    void throwsNothingButItsExceptionForAnyInput() {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "ab :()\"<>=-%ANDORNOT title year date value 2025-13-01 5 x";
        String[] pieces = {
            "a",
            "b",
            " ",
            "(",
            ")",
            "\"",
            "AND ",
            "OR ",
            "NOT ",
            "title:",
            "abstract:",
            "year:",
            "year>",
            "date>=",
            "2025-01-31",
            "2025-13",
            "authors<",
            "3",
            "link:code",
            "host:x.org",
            "benchmark:",
            "GSM8K",
            "unit:",
            "%",
            "kind:change",
            "qualifier:max",
            "direction:up",
            "value>=",
            "value:",
            "2.5",
            "claim:sota",
            "claim:efficiency(",
            "has:team",
            ":",
            ">"
        };
        for (int i = 0; i < 40_000; i++) {
            StringBuilder q = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) {
                if (i % 2 == 0) {
                    q.append(alphabet.charAt(random.nextInt(alphabet.length())));
                } else {
                    q.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            PaperQuery parsed;
            try {
                parsed = QuerySyntax.parse(q.toString());
            } catch (QuerySyntaxException expected) {
                assertThat(expected.offset()).isBetween(0, q.length());
                continue;
            }
            // what a query prints parses back to the same query
            assertThat(QuerySyntax.parse(parsed.toString())).as(q.toString()).hasToString(parsed.toString());
        }
    }
}
