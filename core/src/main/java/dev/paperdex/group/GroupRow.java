package dev.paperdex.group;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperdex.PaperdexStyle;
import dev.paperdex.json.PaperdexJson;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One group of a {@link GroupTable}: its key (empty for the papers without one) and one value per
 * aggregate, in column order. In JSON it is one flat object, {@code {"key": "2025-06", "count": 12,
 * "share": 0.2}}, with a {@code "label"} after the key when the row has one, {@code "key": null} for the group of papers without a key and {@code null}
 * for empty results.
 */
@Value.Immutable
@PaperdexStyle
public abstract class GroupRow {
    /** The key: a {@code Year}, {@code YearMonth}, {@code LinkKind}, string...; empty for the null group. */
    public abstract Optional<Object> key();

    /**
     * The key as papers most often write it, for keys whose values are for comparing only
     * ({@link GroupKey#BENCHMARK}: key {@code aime2024}, label {@code AIME 2024}).
     */
    public abstract Optional<String> label();

    /** The aggregate results by column name, in column order. */
    public abstract Map<String, Object> values();

    /** The result of one column. */
    public final Object value(String column) {
        Object v = values().get(column);
        if (v == null) {
            throw new IllegalArgumentException(
                    "group row has no column '" + column + "', columns are " + values().keySet());
        }
        return v;
    }

    /** The {@code count} column as a number. */
    public final long count() {
        return ((Number) value("count")).longValue();
    }

    /** The key as text for tables, {@code (none)} for the null group. */
    public final String keyText() {
        return label().or(() -> key().map(TextTable::cell)).orElse("(none)");
    }

    /** The flat JSON form; a tree so that {@code null}s are written, not left out. */
    @JsonValue
    final ObjectNode toJson() {
        ObjectNode out = PaperdexJson.mapper().createObjectNode();
        out.set("key", tree(key().orElse(null)));
        label().ifPresent(l -> out.put("label", l));
        values().forEach((k, v) -> out.set(k, tree(unwrap(v))));
        return out;
    }

    private static JsonNode tree(Object v) {
        return v == null ? NullNode.getInstance() : PaperdexJson.mapper().valueToTree(v);
    }

    private static Object unwrap(Object v) {
        if (v instanceof OptionalDouble d) {
            return d.isPresent() ? d.getAsDouble() : null;
        }
        if (v instanceof OptionalInt d) {
            return d.isPresent() ? d.getAsInt() : null;
        }
        if (v instanceof Optional<?> o) {
            return o.orElse(null);
        }
        return v;
    }

    /** A row. */
    public static GroupRow of(Optional<?> key, Map<String, ?> values) {
        return of(key, Optional.empty(), values);
    }

    /** A row with a written name for its key. */
    public static GroupRow of(Optional<?> key, Optional<String> label, Map<String, ?> values) {
        return ImmutableGroupRow.builder()
                .key(key.map(k -> (Object) k))
                .label(label)
                .putAllValues(values)
                .build();
    }

    @Override
    public String toString() {
        return "GroupRow" + toJson();
    }
}
