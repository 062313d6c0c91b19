package dev.paperdex.query;

import java.util.ArrayList;
import java.util.List;

/** Splits a query into tokens in one left-to-right pass; see {@link QuerySyntax} for the grammar. */
final class QueryLexer {
    enum Type {
        LPAREN,
        RPAREN,
        AND,
        OR,
        NOT,
        /** A bare word or a quoted phrase. */
        TEXT,
        /** {@code field op value}. */
        FIELD,
        END
    }

    /**
     * One token. For {@link Type#FIELD}, {@code field} and {@code op} are set and {@code text} is
     * the value (unquoted), which starts at {@code valueOffset}.
     */
    record Token(
            Type type, int offset, String raw, String text, boolean quoted, String field, String op, int valueOffset) {
        String describe() {
            return type == Type.END ? "end of query" : QuerySyntax.show(raw);
        }
    }

    private final String q;
    private int i;

    private QueryLexer(String query) {
        this.q = query;
    }

    static List<Token> tokens(String query) {
        QueryLexer lexer = new QueryLexer(query);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.type() != Type.END);
        return out;
    }

    private Token next() {
        while (i < q.length() && Character.isWhitespace(q.charAt(i))) {
            i++;
        }
        int start = i;
        if (i == q.length()) {
            return new Token(Type.END, start, "", "", false, null, null, start);
        }
        char c = q.charAt(i);
        if (c == '(') {
            i++;
            return new Token(Type.LPAREN, start, "(", "(", false, null, null, start);
        }
        if (c == ')') {
            i++;
            return new Token(Type.RPAREN, start, ")", ")", false, null, null, start);
        }
        if (c == '"') {
            String phrase = phrase();
            return new Token(Type.TEXT, start, q.substring(start, i), phrase, true, null, null, start);
        }
        int nameEnd = i;
        while (nameEnd < q.length() && isAsciiLetter(q.charAt(nameEnd))) {
            nameEnd++;
        }
        int opEnd = opEnd(nameEnd);
        if (nameEnd > start && opEnd > nameEnd) {
            String field = q.substring(start, nameEnd);
            String op = q.substring(nameEnd, opEnd);
            i = opEnd;
            int valueStart = i;
            String value;
            boolean quoted = false;
            if (i < q.length() && q.charAt(i) == '"') {
                value = phrase();
                quoted = true;
            } else {
                while (i < q.length() && !endsWord(q.charAt(i))) {
                    i++;
                }
                value = q.substring(valueStart, i);
            }
            return new Token(Type.FIELD, start, q.substring(start, i), value, quoted, field, op, valueStart);
        }
        while (i < q.length() && !endsWord(q.charAt(i))) {
            i++;
        }
        String word = q.substring(start, i);
        Type type = switch (word) {
            case "AND" -> Type.AND;
            case "OR" -> Type.OR;
            case "NOT" -> Type.NOT;
            default -> Type.TEXT;
        };
        return new Token(type, start, word, word, false, null, null, start);
    }

    /** Reads {@code "..."} from {@code i}; returns the inside. */
    private String phrase() {
        int open = i;
        int close = q.indexOf('"', open + 1);
        if (close < 0) {
            throw new QuerySyntaxException(
                    QuerySyntaxException.Problem.UNTERMINATED_PHRASE,
                    q,
                    q.length(),
                    "'\"' to close the phrase opened at column " + (open + 1),
                    "end of query");
        }
        i = close + 1;
        return q.substring(open + 1, close);
    }

    private int opEnd(int at) {
        if (at >= q.length()) {
            return at;
        }
        char c = q.charAt(at);
        if (c == ':' || c == '=') {
            return at + 1;
        }
        if (c == '>' || c == '<') {
            return at + 1 < q.length() && q.charAt(at + 1) == '=' ? at + 2 : at + 1;
        }
        return at;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }
}
