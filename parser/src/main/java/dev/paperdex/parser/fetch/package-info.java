/**
 * Fetching papers from the Hugging Face papers API and the arXiv API: polite (rate limit,
 * retries with backoff, {@code Retry-After}), cached on disk and resumable. The entry types are
 * {@link dev.paperdex.parser.fetch.HfFetcher} and {@link dev.paperdex.parser.fetch.ArxivFetcher},
 * configured by {@link dev.paperdex.parser.fetch.FetchOptions}.
 */
package dev.paperdex.parser.fetch;
