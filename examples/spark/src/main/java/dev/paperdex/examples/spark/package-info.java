/**
 * A Spark job over paperdex: {@link dev.paperdex.examples.spark.PaperdexSparkJob} parses and
 * analyses the input over partitions and writes the Parquet tables papers, metrics, claims, the
 * leaderboard and papers per month.
 */
package dev.paperdex.examples.spark;
