/**
 * Claims: the sentences where a paper asserts its results. The entry type is {@link
 * dev.paperdex.claims.ClaimExtractor}; {@link dev.paperdex.claims.SentenceSplitter} splits abstracts.
 */
package dev.paperdex.claims;
