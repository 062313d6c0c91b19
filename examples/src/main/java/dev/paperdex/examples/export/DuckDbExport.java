package dev.paperdex.examples.export;

import dev.paperdex.Claim;
import dev.paperdex.Link;
import dev.paperdex.Paper;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Source;
import dev.paperdex.analysis.ClaimExtractor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Papers streamed into five DuckDB tables keyed by {@code paper_id}, and copied to Parquet files on
 * request. One paper at a time is held on the Java heap: each {@link #add} appends its rows
 * through DuckDB's appender, and DuckDB, its memory limited to {@value #MEMORY_LIMIT}, writes them
 * to the database file. The keys written so far are kept to skip repeated records.
 *
 * <p>Tables (list columns are DuckDB lists, Parquet lists in the files):
 *
 * <pre>
 * papers  (paper_id, arxiv_id, title, date, date_text, author_count, team, upvotes,
 *          comment_count, abstract, source, line, source_kind)
 * authors (paper_id, ordinal, name)
 * links   (paper_id, ordinal, url, kind, start_offset, end_offset)
 * metrics (paper_id, ordinal, text, value, upper, unit, kind, direction, qualifier, metric,
 *          benchmark, baseline, start_offset, end_offset)
 * claims  (paper_id, ordinal, sentence, types VARCHAR[], subject, baseline,
 *          metric_indexes INTEGER[], cues VARCHAR[], start_offset, end_offset)
 * </pre>
 *
 * {@code paper_id} is the arXiv id when the source gives one, else {@code source:line} of the
 * record ({@link #key}); a record whose key was already written is skipped. {@code ordinal} is the
 * 0-based position in the paper's list, so {@code claims.metric_indexes} name {@code
 * metrics.ordinal} values of the same paper. Enum values are written as in JSON (lower case).
 */
public final class DuckDbExport implements AutoCloseable {
    /** The tables, in the order they are created. */
    public static final List<String> TABLES = List.of("papers", "authors", "links", "metrics", "claims");

    private static final List<String> DDL = List.of(
            "CREATE OR REPLACE TABLE papers (paper_id VARCHAR NOT NULL, arxiv_id VARCHAR, title VARCHAR NOT NULL,"
                    + " date DATE, date_text VARCHAR, author_count INTEGER, team VARCHAR, upvotes INTEGER,"
                    + " comment_count INTEGER, abstract VARCHAR, source VARCHAR, line INTEGER, source_kind VARCHAR)",
            "CREATE OR REPLACE TABLE authors (paper_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, name VARCHAR)",
            "CREATE OR REPLACE TABLE links (paper_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, url VARCHAR,"
                    + " kind VARCHAR, start_offset INTEGER, end_offset INTEGER)",
            "CREATE OR REPLACE TABLE metrics (paper_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, text VARCHAR,"
                    + " value DOUBLE, upper DOUBLE, unit VARCHAR, kind VARCHAR, direction VARCHAR, qualifier VARCHAR,"
                    + " metric VARCHAR, benchmark VARCHAR, baseline VARCHAR, start_offset INTEGER, end_offset INTEGER)",
            "CREATE OR REPLACE TABLE claims (paper_id VARCHAR NOT NULL, ordinal INTEGER NOT NULL, sentence VARCHAR,"
                    + " types VARCHAR[], subject VARCHAR, baseline VARCHAR, metric_indexes INTEGER[], cues VARCHAR[],"
                    + " start_offset INTEGER, end_offset INTEGER)");

    /** The most memory DuckDB may use for the export, beside the JVM's heap. */
    static final String MEMORY_LIMIT = "256MB";

    private final DuckDBConnection connection;
    private final List<DuckDBAppender> appenders = new ArrayList<>();
    private final DuckDBAppender papers;
    private final DuckDBAppender authors;
    private final DuckDBAppender links;
    private final DuckDBAppender metrics;
    private final DuckDBAppender claims;
    private final Set<String> written = new HashSet<>();
    private long skipped;

    private DuckDbExport(DuckDBConnection connection) throws SQLException {
        this.connection = connection;
        try (Statement s = connection.createStatement()) {
            // DuckDB's default is 80% of RAM; a bounded buffer pool spills to the database file
            s.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
        papers = appender("papers");
        authors = appender("authors");
        links = appender("links");
        metrics = appender("metrics");
        claims = appender("claims");
    }

    private DuckDBAppender appender(String table) throws SQLException {
        DuckDBAppender a = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
        appenders.add(a);
        return a;
    }

    /**
     * An export into the DuckDB database {@code file} (created if missing); the five tables are
     * created, or replaced when they exist.
     */
    public static DuckDbExport create(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        try {
            return new DuckDbExport(c.unwrap(DuckDBConnection.class));
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The key of a paper's rows: its arXiv id, else {@code source:line}, else its title. */
    public static String key(Paper p) {
        if (p.id().isPresent()) {
            return p.id().get();
        }
        return p.source().map(s -> s.name() + ":" + s.line()).orElse(p.title());
    }

    /**
     * Appends the rows of one paper; returns false (and writes nothing) when a paper with its
     * {@link #key} was written before.
     */
    public boolean add(Paper p) throws SQLException {
        String id = key(p);
        if (!written.add(id)) {
            skipped++;
            return false;
        }
        Optional<Source> source = p.source();
        papers.beginRow();
        papers.append(id);
        papers.append(p.id().orElse(null));
        papers.append(p.title());
        papers.append(p.date().orElse(null));
        papers.append(p.dateText().orElse(null));
        papers.append(integer(p.authorCount()));
        papers.append(p.team().orElse(null));
        papers.append(integer(p.upvotes()));
        papers.append(integer(p.commentCount()));
        papers.append(p.abstractText());
        papers.append(source.map(Source::name).orElse(null));
        papers.append(source.map(Source::line).orElse(null));
        papers.append(source.map(s -> name(s.kind())).orElse(null));
        papers.endRow();
        for (int i = 0; i < p.authors().size(); i++) {
            authors.beginRow().append(id).append(i).append(p.authors().get(i)).endRow();
        }
        for (int i = 0; i < p.links().size(); i++) {
            Link l = p.links().get(i);
            links.beginRow()
                    .append(id)
                    .append(i)
                    .append(l.url())
                    .append(name(l.kind()))
                    .append(integer(l.start()))
                    .append(integer(l.end()))
                    .endRow();
        }
        for (int i = 0; i < p.metrics().size(); i++) {
            ReportedMetric m = p.metrics().get(i);
            metrics.beginRow()
                    .append(id)
                    .append(i)
                    .append(m.text())
                    .append(m.value())
                    .append(decimal(m.upper()))
                    .append(m.unit())
                    .append(name(m.kind()))
                    .append(m.direction().map(DuckDbExport::name).orElse(null))
                    .append(name(m.qualifier()))
                    .append(m.metric().orElse(null))
                    .append(m.benchmark().orElse(null))
                    .append(m.baseline().orElse(null))
                    .append(m.start())
                    .append(m.end())
                    .endRow();
        }
        List<Claim> cs = ClaimExtractor.extract(p);
        for (int i = 0; i < cs.size(); i++) {
            Claim c = cs.get(i);
            claims.beginRow()
                    .append(id)
                    .append(i)
                    .append(c.sentence())
                    .append(c.types().stream().map(DuckDbExport::name).toList())
                    .append(c.subject().orElse(null))
                    .append(c.baseline().orElse(null))
                    .append(c.metricIndexes())
                    .append(c.cues())
                    .append(c.start())
                    .append(c.end())
                    .endRow();
        }
        return true;
    }

    /** How many papers {@link #add} skipped because their key was written before. */
    public long skipped() {
        return skipped;
    }

    /** Writes what was added so far to the database. */
    public void flush() throws SQLException {
        for (DuckDBAppender a : appenders) {
            a.flush();
        }
    }

    /** The row count of each table, in {@link #TABLES} order, after a {@link #flush}. */
    public Map<String, Long> counts() throws SQLException {
        flush();
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + t)) {
                    r.next();
                    counts.put(t, r.getLong(1));
                }
            }
        }
        return counts;
    }

    /**
     * Copies each table to {@code dir/<table>.parquet} (replacing such files) with DuckDB's Parquet
     * writer, after a {@link #flush}; {@code dir} must exist.
     */
    public void writeParquet(Path dir) throws SQLException {
        flush();
        try (Statement s = connection.createStatement()) {
            for (String t : TABLES) {
                String file = dir.resolve(t + ".parquet").toAbsolutePath().toString();
                s.execute("COPY " + t + " TO '" + file.replace("'", "''") + "' (FORMAT PARQUET)");
            }
        }
    }

    /** Flushes the rows and closes the database. */
    @Override
    public void close() throws SQLException {
        try {
            for (DuckDBAppender a : appenders) {
                a.close();
            }
        } finally {
            connection.close();
        }
    }

    private static Integer integer(OptionalInt i) {
        return i.isPresent() ? i.getAsInt() : null;
    }

    private static Double decimal(OptionalDouble d) {
        return d.isPresent() ? d.getAsDouble() : null;
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
