package dev.paperdex.parser.fetch;

import java.util.OptionalLong;

/**
 * The counts of one fetch so far.
 *
 * @param requests HTTP requests sent, retries included
 * @param cached responses taken from the cache instead of the network
 * @param pages responses read (from the network or the cache)
 * @param plannedPages how many responses the fetch will read when that is known beforehand (one
 *     per day of a range, before paging); absent otherwise
 * @param records papers given to the stream
 * @param bytes response bytes received from the network (after gzip decoding)
 */
public record FetchProgress(
        long requests, long cached, long pages, OptionalLong plannedPages, long records, long bytes) {}
