package dev.paperdex.examples.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * A Spark job that reads paperdex input (listing text, Hugging Face API JSON, arXiv Atom, paperdex
 * JSON Lines; from any Hadoop file system: local, {@code hdfs://}, {@code s3a://}), parses and
 * analyses it over partitions, and writes Parquet tables under one output directory:
 *
 * <ul>
 *   <li>{@code papers}: one row per distinct paper, keyed by {@code paper_key} (the arXiv id, else
 *       {@code title:} and the folded title), with its columns and its paperdex JSON line;
 *   <li>{@code metrics} and {@code claims}: one row per reported metric and claim, keyed by {@code
 *       paper_key} and {@code metric_index} / {@code claim_index};
 *   <li>{@code diagnostics}: one row per problem found in the input;
 *   <li>{@code leaderboard}: the rows of {@code dev.paperdex.group.Leaderboard} for the distinct
 *       papers, in its order ({@code position});
 *   <li>{@code papers_per_month}: {@code month} ({@code yyyy-MM}, null for undated papers) and
 *       {@code papers}.
 * </ul>
 *
 * <pre>
 * spark-submit --class dev.paperdex.examples.spark.PaperdexSparkJob \
 *     --jars paperdex-core.jar,paperdex-parser.jar paperdex-spark-example.jar \
 *     --out s3a://bucket/paperdex [--year 2025] [--split-mb 128] INPUT...
 * </pre>
 *
 * <p><b>Partitions.</b> A listing page, an API response and an Atom feed are one document each
 * and are read whole by one task; a file of one record per line is cut at line boundaries into
 * splits of {@code --split-mb}, after a first pass that counts each split's lines so that
 * diagnostics keep their line in the whole file; a compressed file is one split. Each task streams
 * its splits through {@code Papers.stream}, one reader and one analyser per split, and emits only
 * the rows.
 *
 * <p><b>Distinct papers</b> follow {@code PaperSet}: the records are ordered by file (sorted by
 * path) and place in the file; a record is dropped when an earlier kept one has its id, or when
 * one of the two has no id and their folded titles are equal. The one case kept apart from {@code
 * PaperSet}: when the first record of an id is dropped for its title, later records of that id are
 * dropped too (PaperSet would keep the next one if its title differs).
 */
public final class PaperdexSparkJob {
    /** The split size when none is given. */
    public static final long DEFAULT_SPLIT_BYTES = 128L << 20;

    private PaperdexSparkJob() {}

    /**
     * Runs the job: {@code --out DIR} (required), {@code --year YYYY}, {@code --split-mb N}, {@code
     * --strict}, then the inputs (files, directories or globs).
     */
    public static void main(String[] args) throws IOException {
        String out = null;
        int year = 0;
        boolean strict = false;
        long split = DEFAULT_SPLIT_BYTES;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = args[++i];
                case "--year" -> year = Integer.parseInt(args[++i]);
                case "--split-mb" -> split = Long.parseLong(args[++i]) << 20;
                case "--strict" -> strict = true;
                default -> inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty()) {
            System.err.println("usage: PaperdexSparkJob --out DIR [--year YYYY] [--split-mb N] [--strict] INPUT...");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("paperdex").getOrCreate();
        try {
            run(spark, inputs, out, year, strict, split);
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads {@code inputs} and writes the tables under {@code out}, replacing them.
     *
     * @param year the year of dates written without one, 0 for the current year
     * @param strict whether the first problem in the input fails the job
     * @param splitBytes the size above which a file of one record per line is cut
     */
    public static void run(
            SparkSession spark, List<String> inputs, String out, int year, boolean strict, long splitBytes)
            throws IOException {
        JobSettings settings = new JobSettings(year, strict, splitBytes);
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        byte[] confBytes = PartitionReader.serialize(conf);
        List<InputSplit> splits =
                SplitPlanner.plan(conf, SplitPlanner.files(conf, inputs), splitBytes, settings.parseOptions());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        splits = withFirstLines(jsc, confBytes, splits);

        JavaRDD<Row> rows = jsc.parallelize(splits, Math.max(1, splits.size()))
                .mapPartitions(new PartitionReader(confBytes, settings));
        Dataset<Row> parsed = spark.createDataFrame(rows, Rows.PARSED).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> distinct = null;
        try {
            parsed.createOrReplaceTempView("paperdex_parsed");
            write(
                    spark.sql("SELECT file_index, split_index, record_index, diagnostic.* FROM paperdex_parsed"
                            + " WHERE diagnostic IS NOT NULL"),
                    out,
                    "diagnostics");
            spark.sql("SELECT named_struct('f', file_index, 's', split_index, 'r', record_index) AS seq,"
                            + " file_index, split_index, record_index, paper.* FROM paperdex_parsed"
                            + " WHERE paper IS NOT NULL")
                    .createOrReplaceTempView("paperdex_records");
            spark.sql(DISTINCT).createOrReplaceTempView("paperdex_kept");
            // the distinct papers feed five tables: worked out once
            distinct = spark.sql("SELECT r.* FROM paperdex_records r JOIN paperdex_kept k ON r.seq = k.seq")
                    .persist(StorageLevel.MEMORY_AND_DISK());
            distinct.createOrReplaceTempView("paperdex_papers");
            write(spark.sql("SELECT * EXCEPT (seq, metrics, claims) FROM paperdex_papers"), out, "papers");
            write(
                    spark.sql("SELECT paper_key, m.* FROM paperdex_papers LATERAL VIEW explode(metrics) AS m"),
                    out,
                    "metrics");
            write(
                    spark.sql("SELECT paper_key, c.* FROM paperdex_papers LATERAL VIEW explode(claims) AS c"),
                    out,
                    "claims");
            write(
                    spark.sql("SELECT date_format(date, 'yyyy-MM') AS month, count(*) AS papers"
                            + " FROM paperdex_papers GROUP BY 1 ORDER BY month NULLS LAST"),
                    out,
                    "papers_per_month");
            Dataset<Row> byKey = spark.sql("SELECT key, file_index, split_index, record_index, json"
                    + " FROM paperdex_papers LATERAL VIEW explode(benchmark_keys) AS key");
            byKey.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                    .flatMapGroups(new Boards(), Encoders.row(Boards.ROW))
                    .createOrReplaceTempView("paperdex_board");
            write(spark.sql(LEADERBOARD), out, "leaderboard");
        } finally {
            if (distinct != null) {
                distinct.unpersist();
            }
            parsed.unpersist();
        }
    }

    /** The distinct records (their {@code seq}), by the rules in the class comment. */
    private static final String DISTINCT = """
            WITH first_untitled AS (
              SELECT seq, normalized_title FROM (
                SELECT seq, normalized_title,
                       row_number() OVER (PARTITION BY normalized_title ORDER BY seq) AS n
                FROM paperdex_records WHERE id IS NULL) WHERE n = 1),
            first_of_id AS (
              SELECT seq, normalized_title FROM (
                SELECT seq, normalized_title, row_number() OVER (PARTITION BY id ORDER BY seq) AS n
                FROM paperdex_records WHERE id IS NOT NULL) WHERE n = 1),
            kept_untitled AS (
              SELECT u.seq, u.normalized_title FROM first_untitled u
              WHERE NOT EXISTS (SELECT 1 FROM first_of_id i
                                WHERE i.normalized_title = u.normalized_title AND i.seq < u.seq)),
            kept_with_id AS (
              SELECT i.seq FROM first_of_id i
              WHERE NOT EXISTS (SELECT 1 FROM kept_untitled u
                                WHERE u.normalized_title = i.normalized_title AND u.seq < i.seq))
            SELECT seq FROM kept_untitled UNION ALL SELECT seq FROM kept_with_id
            """;

    /** Core's row order: more papers first, then name (ignoring case), metric, unit and kind. */
    private static final String LEADERBOARD = """
            SELECT row_number() OVER (ORDER BY paper_count DESC, lower(name), coalesce(metric, ''), unit,
                                       kind_order, benchmark_key, lower_is_better) AS position, *
            FROM paperdex_board ORDER BY position
            """;

    /** The splits with the first line of each cut split, counted by a first pass over those files. */
    private static List<InputSplit> withFirstLines(JavaSparkContext jsc, byte[] conf, List<InputSplit> splits) {
        List<InputSplit> cut = splits.stream().filter(s -> !s.whole()).toList();
        if (cut.isEmpty()) {
            return splits;
        }
        Map<List<Integer>, Integer> lines = new HashMap<>();
        jsc.parallelize(cut, cut.size())
                .mapPartitions(PartitionReader.lineCounter(conf))
                .collect()
                .forEach(c -> lines.put(List.of(c[0], c[1]), c[2]));
        List<InputSplit> out = new ArrayList<>();
        int line = 1;
        for (InputSplit s : splits) {
            if (s.whole()) {
                out.add(s);
                continue;
            }
            if (s.splitIndex() == 0) {
                line = 1;
            }
            out.add(s.withFirstLine(line));
            line += lines.get(List.of(s.fileIndex(), s.splitIndex()));
        }
        return out;
    }

    private static void write(Dataset<Row> table, String out, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(out + "/" + name);
    }
}
