package dev.paperdex.examples.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.Link;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.benchmark.Benchmarks;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.parser.Diagnostic;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The schemas of the job's tables and the rows of one paper or diagnostic. */
final class Rows {
    static final StructType LINK = new StructType(new StructField[] {
        field("url", DataTypes.StringType, false),
        field("kind", DataTypes.StringType, false),
        field("start", DataTypes.IntegerType, true),
        field("end", DataTypes.IntegerType, true)
    });

    static final StructType METRIC = new StructType(new StructField[] {
        field("metric_index", DataTypes.IntegerType, false),
        field("text", DataTypes.StringType, false),
        field("value", DataTypes.DoubleType, false),
        field("upper", DataTypes.DoubleType, true),
        field("unit", DataTypes.StringType, false),
        field("kind", DataTypes.StringType, false),
        field("direction", DataTypes.StringType, true),
        field("qualifier", DataTypes.StringType, false),
        field("metric", DataTypes.StringType, true),
        field("benchmark", DataTypes.StringType, true),
        field("benchmark_key", DataTypes.StringType, true),
        field("baseline", DataTypes.StringType, true),
        field("start", DataTypes.IntegerType, false),
        field("end", DataTypes.IntegerType, false)
    });

    static final StructType CLAIM = new StructType(new StructField[] {
        field("claim_index", DataTypes.IntegerType, false),
        field("sentence", DataTypes.StringType, false),
        field("start", DataTypes.IntegerType, false),
        field("end", DataTypes.IntegerType, false),
        field("types", DataTypes.createArrayType(DataTypes.StringType, false), false),
        field("subject", DataTypes.StringType, true),
        field("metric_indexes", DataTypes.createArrayType(DataTypes.IntegerType, false), false),
        field("baseline", DataTypes.StringType, true),
        field("cues", DataTypes.createArrayType(DataTypes.StringType, false), false)
    });

    /** A parsed paper: its columns, its metrics and claims, and its paperdex JSON line. */
    static final StructType PAPER = new StructType(new StructField[] {
        field("paper_key", DataTypes.StringType, false),
        field("id", DataTypes.StringType, true),
        field("title", DataTypes.StringType, false),
        field("normalized_title", DataTypes.StringType, false),
        field("authors", DataTypes.createArrayType(DataTypes.StringType, false), false),
        field("author_count", DataTypes.IntegerType, true),
        field("team", DataTypes.StringType, true),
        field("date", DataTypes.DateType, true),
        field("date_text", DataTypes.StringType, true),
        field("comment_count", DataTypes.IntegerType, true),
        field("upvotes", DataTypes.IntegerType, true),
        field("abstract", DataTypes.StringType, false),
        field("links", DataTypes.createArrayType(LINK, false), false),
        field("source_name", DataTypes.StringType, true),
        field("source_line", DataTypes.IntegerType, true),
        field("source_kind", DataTypes.StringType, true),
        field("benchmark_keys", DataTypes.createArrayType(DataTypes.StringType, false), false),
        field("json", DataTypes.StringType, false),
        field("metrics", DataTypes.createArrayType(METRIC, false), false),
        field("claims", DataTypes.createArrayType(CLAIM, false), false)
    });

    static final StructType DIAGNOSTIC = new StructType(new StructField[] {
        field("source_name", DataTypes.StringType, false),
        field("line", DataTypes.IntegerType, false),
        field("column", DataTypes.IntegerType, false),
        field("code", DataTypes.StringType, false),
        field("message", DataTypes.StringType, false),
        field("found", DataTypes.StringType, true)
    });

    /** What a partition yields: the record's place in the input, and a paper or a diagnostic. */
    static final StructType PARSED = new StructType(new StructField[] {
        field("file_index", DataTypes.IntegerType, false),
        field("split_index", DataTypes.IntegerType, false),
        field("record_index", DataTypes.IntegerType, false),
        field("paper", PAPER, true),
        field("diagnostic", DIAGNOSTIC, true)
    });

    private Rows() {}

    /**
     * The key of a paper in every table: its arXiv id, else {@code title:} and its folded title
     * (after deduplication no two kept papers share either).
     */
    static String paperKey(Paper p) {
        return p.id().orElseGet(() -> "title:" + p.normalizedTitle());
    }

    static Row parsed(InputSplit split, int record, Paper paper, Benchmarks benchmarks) {
        return RowFactory.create(split.fileIndex(), split.splitIndex(), record, paper(paper, benchmarks), null);
    }

    static Row parsed(InputSplit split, int record, Diagnostic d) {
        return RowFactory.create(split.fileIndex(), split.splitIndex(), record, null, diagnostic(d));
    }

    static Row paper(Paper p, Benchmarks benchmarks) {
        List<Row> links = new ArrayList<>();
        for (Link l : p.links()) {
            links.add(RowFactory.create(l.url(), l.kind().jsonName(), boxed(l.start()), boxed(l.end())));
        }
        List<Row> metrics = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < p.metrics().size(); i++) {
            ReportedMetric m = p.metrics().get(i);
            Optional<String> key = m.benchmark().map(benchmarks::key);
            key.filter(k -> !k.isEmpty()).ifPresent(keys::add);
            metrics.add(RowFactory.create(
                    i,
                    m.text(),
                    m.value(),
                    boxed(m.upper()),
                    m.unit(),
                    m.kind().jsonName(),
                    m.direction().map(d -> d.jsonName()).orElse(null),
                    m.qualifier().jsonName(),
                    m.metric().orElse(null),
                    m.benchmark().orElse(null),
                    key.orElse(null),
                    m.baseline().orElse(null),
                    m.start(),
                    m.end()));
        }
        List<Row> claims = new ArrayList<>();
        for (int i = 0; i < p.claims().size(); i++) {
            Claim c = p.claims().get(i);
            claims.add(RowFactory.create(
                    i,
                    c.sentence(),
                    c.start(),
                    c.end(),
                    seq(c.types().stream().map(ClaimType::jsonName).toList()),
                    c.subject().orElse(null),
                    seq(c.metricIndexes()),
                    c.baseline().orElse(null),
                    seq(c.cues())));
        }
        return RowFactory.create(
                paperKey(p),
                p.id().orElse(null),
                p.title(),
                p.normalizedTitle(),
                seq(p.authors()),
                boxed(p.authorCount()),
                p.team().orElse(null),
                p.date().map(Date::valueOf).orElse(null),
                p.dateText().orElse(null),
                boxed(p.commentCount()),
                boxed(p.upvotes()),
                p.abstractText(),
                seq(links),
                p.source().map(s -> s.name()).orElse(null),
                p.source().map(s -> s.line()).orElse(null),
                p.source().map(s -> s.kind().jsonName()).orElse(null),
                seq(List.copyOf(keys)),
                json(p),
                seq(metrics),
                seq(claims));
    }

    static Row diagnostic(Diagnostic d) {
        return RowFactory.create(
                d.sourceName(),
                d.position().line(),
                d.position().column(),
                d.code().name(),
                d.message(),
                d.found().orElse(null));
    }

    static String json(Paper p) {
        try {
            return PaperdexJson.mapper().writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Paper paperOfJson(String json) {
        try {
            return PaperdexJson.mapper().readValue(json, Paper.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list as Spark's row encoder wants an array column: a Scala sequence. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }

    private static Integer boxed(OptionalInt v) {
        return v.isPresent() ? v.getAsInt() : null;
    }

    private static Double boxed(OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
