package dev.paperdex.examples.spark;

import dev.paperdex.Paper;
import dev.paperdex.group.Leaderboard;
import dev.paperdex.group.LeaderboardEntry;
import dev.paperdex.group.LeaderboardRow;
import dev.paperdex.query.PaperSet;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The leaderboard rows of one benchmark key. Every rule of {@link Leaderboard} reads one paper's
 * metrics at a time, or the candidates of one benchmark key (which metric name a nameless number
 * joins, each paper's best value, ranks, the spelling shown), so the rows of a key are the rows of
 * the board of the papers that report a number on that key, in input order: Spark groups the papers
 * by key, and core's {@link Leaderboard} ranks each group.
 */
final class Boards implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    static final StructType ENTRY = new StructType(new StructField[] {
        DataTypes.createStructField("rank", DataTypes.IntegerType, false),
        DataTypes.createStructField("value", DataTypes.DoubleType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("paper_id", DataTypes.StringType, true),
        DataTypes.createStructField("title", DataTypes.StringType, false),
        DataTypes.createStructField("date", DataTypes.DateType, true),
        DataTypes.createStructField("sentence", DataTypes.StringType, false),
        DataTypes.createStructField("baseline", DataTypes.StringType, true)
    });

    static final StructType ROW = new StructType(new StructField[] {
        DataTypes.createStructField("benchmark_key", DataTypes.StringType, false),
        DataTypes.createStructField("name", DataTypes.StringType, false),
        DataTypes.createStructField("metric", DataTypes.StringType, true),
        DataTypes.createStructField("unit", DataTypes.StringType, false),
        DataTypes.createStructField("kind", DataTypes.StringType, false),
        DataTypes.createStructField("kind_order", DataTypes.IntegerType, false),
        DataTypes.createStructField("lower_is_better", DataTypes.BooleanType, false),
        DataTypes.createStructField("paper_count", DataTypes.IntegerType, false),
        DataTypes.createStructField("entries", DataTypes.createArrayType(ENTRY, false), false),
        DataTypes.createStructField("row_json", DataTypes.StringType, false)
    });

    /** The input rows: benchmark key, file, split and record index, paperdex JSON. */
    @Override
    public Iterator<Row> call(String key, Iterator<Row> papers) {
        List<Row> in = new ArrayList<>();
        papers.forEachRemaining(in::add);
        in.sort(Comparator.<Row>comparingInt(r -> r.getInt(1))
                .thenComparingInt(r -> r.getInt(2))
                .thenComparingInt(r -> r.getInt(3)));
        List<Paper> list = new ArrayList<>(in.size());
        in.forEach(r -> list.add(Rows.paperOfJson(r.getString(4))));
        List<Row> out = new ArrayList<>();
        for (LeaderboardRow r : Leaderboard.of(PaperSet.of(list)).onKey(key).rows()) {
            List<Row> entries = new ArrayList<>();
            for (LeaderboardEntry e : r.entries()) {
                entries.add(RowFactory.create(
                        e.rank(),
                        e.value(),
                        e.text(),
                        e.paperId().orElse(null),
                        e.title(),
                        e.date().map(Date::valueOf).orElse(null),
                        e.sentence(),
                        e.baseline().orElse(null)));
            }
            out.add(RowFactory.create(
                    r.benchmark(),
                    r.name(),
                    r.metric().orElse(null),
                    r.unit(),
                    r.kind().jsonName(),
                    r.kind().ordinal(),
                    r.lowerIsBetter(),
                    r.paperCount(),
                    Rows.seq(entries),
                    json(r)));
        }
        return out.iterator();
    }

    static String json(LeaderboardRow r) {
        try {
            return dev.paperdex.json.PaperdexJson.mapper().writeValueAsString(r);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
