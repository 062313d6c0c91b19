/**
 * Benchmark identity: {@link dev.paperdex.benchmark.Benchmarks} folds the names papers write
 * ({@code AIME24}, {@code AIME-24}, {@code AIME 2024}) into one key and says which metrics are
 * better when lower, from a curated table that users can extend.
 */
package dev.paperdex.benchmark;
