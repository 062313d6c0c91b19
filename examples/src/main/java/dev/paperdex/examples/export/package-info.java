/**
 * Writing papers to DuckDB tables and Parquet files for SQL, pandas and Spark users. {@link
 * dev.paperdex.examples.export.DuckDbExport} streams papers into tables keyed by paper id through
 * DuckDB's appender and copies them to Parquet with DuckDB's own writer.
 */
package dev.paperdex.examples.export;
