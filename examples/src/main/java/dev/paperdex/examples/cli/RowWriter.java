package dev.paperdex.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.paperdex.json.PaperdexJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Rows of one fixed list of columns, written as JSON Lines (absent values left out), CSV (a header
 * line, then one line per row; lists joined with {@code "; "}) or an aligned text table (printed
 * when closed; cells cut at {@value #TABLE_CELL} characters). Values: strings, numbers, booleans,
 * enums, dates, optionals (empty is absent), lists and {@code null} (absent).
 */
abstract class RowWriter implements AutoCloseable {
    /** The widest cell of a table; longer ones end in an ellipsis. */
    static final int TABLE_CELL = 60;

    final List<String> columns;

    private RowWriter(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** A writer of {@code columns} to {@code out} in {@code format}. */
    static RowWriter of(OutputFormat format, List<String> columns, PrintWriter out) {
        return switch (format) {
            case jsonl -> new JsonLines(columns, out);
            case csv -> new Csv(columns, out);
            case table -> new Table(columns, out);
        };
    }

    /** One row: a value per column, in column order. */
    final void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("row must have " + columns.size() + " values, found " + values.length);
        }
        write(values);
    }

    abstract void write(Object[] values);

    @Override
    public abstract void close();

    /** The value with optionals unwrapped; empty optionals, empty strings and nulls become null. */
    static Object plain(Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(RowWriter::plain).orElse(null);
        }
        if (value instanceof OptionalInt i) {
            return i.isPresent() ? i.getAsInt() : null;
        }
        if (value instanceof OptionalDouble d) {
            return d.isPresent() ? d.getAsDouble() : null;
        }
        if (value instanceof String s && s.isEmpty()) {
            return null;
        }
        return value;
    }

    /** The text of a cell: numbers without needless decimals, enums and dates as in JSON. */
    static String text(Object value) {
        Object v = plain(value);
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Double d) {
            return Double.isFinite(d)
                    ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                    : d.toString();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) {
                parts.add(text(o));
            }
            return String.join("; ", parts);
        }
        JsonNode node = PaperdexJson.mapper().valueToTree(v);
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static final class JsonLines extends RowWriter {
        private final PrintWriter out;
        private final ObjectMapper mapper = PaperdexJson.mapper();

        JsonLines(List<String> columns, PrintWriter out) {
            super(columns);
            this.out = out;
        }

        @Override
        void write(Object[] values) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                Object v = plain(values[i]);
                if (v != null) {
                    row.put(columns.get(i), v);
                }
            }
            try {
                out.println(mapper.writeValueAsString(row));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            out.flush();
        }
    }

    private static final class Csv extends RowWriter {
        private final SequenceWriter writer;

        Csv(List<String> columns, PrintWriter out) {
            super(columns);
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            columns.forEach(schema::addColumn);
            try {
                writer = new CsvMapper()
                        .writerFor(String[].class)
                        .with(schema.build())
                        .writeValues(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        void write(Object[] values) {
            String[] cells = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                cells[i] = text(values[i]);
            }
            try {
                writer.write(cells);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Table extends RowWriter {
        private final PrintWriter out;
        private final List<String[]> rows = new ArrayList<>();
        private final boolean[] text;

        Table(List<String> columns, PrintWriter out) {
            super(columns);
            this.out = out;
            this.text = new boolean[columns.size()];
        }

        @Override
        void write(Object[] values) {
            String[] cells = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                Object v = plain(values[i]);
                if (v != null && !(v instanceof Number)) {
                    text[i] = true;
                }
                cells[i] = cut(text(v));
            }
            rows.add(cells);
        }

        private static String cut(String s) {
            String one = s.replaceAll("\\s", " ");
            return one.length() <= TABLE_CELL ? one : one.substring(0, TABLE_CELL - 1) + "\u2026";
        }

        @Override
        public void close() {
            int[] width = new int[columns.size()];
            for (int i = 0; i < width.length; i++) {
                width[i] = columns.get(i).length();
                for (String[] r : rows) {
                    width[i] = Math.max(width[i], r[i].length());
                }
            }
            line(columns.toArray(String[]::new), width);
            StringBuilder rule = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
            }
            out.println(rule);
            for (String[] r : rows) {
                line(r, width);
            }
            out.flush();
        }

        private void line(String[] cells, int[] width) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                String pad = " ".repeat(width[i] - cells[i].length());
                l.append(i == 0 ? "" : "  ").append(text[i] ? cells[i] + pad : pad + cells[i]);
            }
            out.println(l.toString().stripTrailing());
        }
    }
}
