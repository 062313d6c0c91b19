package dev.paperdex.group;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperdex.json.PaperdexJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Renders rows of cells as a plain-text table: columns padded to their widest cell. */
final class TextTable {
    private TextTable() {}

    /** {@code right[i]}: whether column {@code i} is right-aligned (numbers). */
    static String render(List<String> header, List<List<String>> rows, boolean[] right) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width, right);
        for (int i = 0; i < width.length; i++) {
            out.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.append('\n');
        for (List<String> r : rows) {
            line(out, r, width, right);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width, boolean[] right) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            l.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + pad);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    /** A cell for a value: numbers without needless decimals, empty optionals blank. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof OptionalDouble d) {
            return d.isPresent() ? number(d.getAsDouble()) : "";
        }
        if (value instanceof OptionalInt d) {
            return d.isPresent() ? Integer.toString(d.getAsInt()) : "";
        }
        if (value instanceof Optional<?> o) {
            return o.map(TextTable::cell).orElse("");
        }
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof List<?> l) {
            return String.join("; ", l.stream().map(TextTable::cell).toList());
        }
        if (value instanceof String s) {
            return s;
        }
        JsonNode node = PaperdexJson.mapper().valueToTree(value);
        return node.isValueNode() ? node.asText() : node.toString();
    }

    static String number(double d) {
        if (!Double.isFinite(d)) {
            return Double.toString(d);
        }
        return BigDecimal.valueOf(d)
                .setScale(3, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }

    static boolean isNumeric(Object value) {
        return value instanceof Number || value instanceof OptionalDouble || value instanceof OptionalInt;
    }
}
