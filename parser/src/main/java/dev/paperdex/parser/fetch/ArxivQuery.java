package dev.paperdex.parser.fetch;

import dev.paperdex.PaperdexStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A query of the arXiv API ({@code /api/query}): a {@code search_query} ({@code cat:cs.CL AND
 * ti:reasoning}, the API's own syntax), an {@code id_list}, or both; where to start, how many
 * results at most, and the order (by submission date, newest first, unless told otherwise).
 */
@Value.Immutable
@PaperdexStyle
public abstract class ArxivQuery {
    /** How results are sorted ({@code sortBy}). */
    public enum SortBy {
        /** {@code relevance}. */
        RELEVANCE("relevance"),
        /** {@code lastUpdatedDate}. */
        LAST_UPDATED_DATE("lastUpdatedDate"),
        /** {@code submittedDate}. */
        SUBMITTED_DATE("submittedDate");

        final String param;

        SortBy(String param) {
            this.param = param;
        }
    }

    /** The direction of the sort ({@code sortOrder}). */
    public enum SortOrder {
        /** {@code ascending}. */
        ASCENDING,
        /** {@code descending}. */
        DESCENDING
    }

    /** The {@code search_query}, in the arXiv API's syntax. */
    public abstract Optional<String> searchQuery();

    /** The {@code id_list}: arXiv ids. */
    public abstract List<String> idList();

    /** The index of the first result (default 0). */
    @Value.Default
    public int start() {
        return 0;
    }

    /** The most results to give over all pages (default 100). */
    @Value.Default
    public int maxResults() {
        return 100;
    }

    /** The sort (default {@link SortBy#SUBMITTED_DATE}). */
    @Value.Default
    public SortBy sortBy() {
        return SortBy.SUBMITTED_DATE;
    }

    /** The direction of the sort (default {@link SortOrder#DESCENDING}, newest first). */
    @Value.Default
    public SortOrder sortOrder() {
        return SortOrder.DESCENDING;
    }

    @Value.Check
    void check() {
        if (searchQuery().map(String::isBlank).orElse(true) && idList().isEmpty()) {
            throw new IllegalArgumentException("expected a search query or an id list, found neither");
        }
        if (start() < 0) {
            throw new IllegalArgumentException("start must be >= 0, found " + start());
        }
        if (maxResults() < 1) {
            throw new IllegalArgumentException("maxResults must be >= 1, found " + maxResults());
        }
    }

    /** A search for {@code searchQuery}, up to 100 results, newest first. */
    public static ArxivQuery search(String searchQuery) {
        return builder().searchQuery(searchQuery).build();
    }

    /** The papers with these arXiv ids. */
    public static ArxivQuery ids(List<String> ids) {
        return builder().idList(ids).maxResults(Math.max(1, ids.size())).build();
    }

    /** This query with at most {@code maxResults} results. */
    public abstract ArxivQuery withMaxResults(int maxResults);

    /** This query starting at result {@code start}. */
    public abstract ArxivQuery withStart(int start);

    /** This query sorted by {@code sortBy}. */
    public abstract ArxivQuery withSortBy(SortBy sortBy);

    /** This query sorted in {@code sortOrder}. */
    public abstract ArxivQuery withSortOrder(SortOrder sortOrder);

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link ArxivQuery}. */
    public static final class Builder extends ImmutableArxivQuery.Builder {}
}
