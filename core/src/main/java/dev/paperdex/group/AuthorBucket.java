package dev.paperdex.group;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Author-count ranges for {@link GroupKey#AUTHOR_COUNT}: {@code 1}, {@code 2-3}, {@code 4-6},
 * {@code 7-10}, {@code 11-20}, {@code 21+}. Papers with only a team name have no count and go to
 * the {@code null} group.
 */
public enum AuthorBucket {
    ONE("1", 1, 1),
    TWO_TO_THREE("2-3", 2, 3),
    FOUR_TO_SIX("4-6", 4, 6),
    SEVEN_TO_TEN("7-10", 7, 10),
    ELEVEN_TO_TWENTY("11-20", 11, 20),
    MORE_THAN_TWENTY("21+", 21, Integer.MAX_VALUE);

    private final String label;
    private final int min;
    private final int max;

    AuthorBucket(String label, int min, int max) {
        this.label = label;
        this.min = min;
        this.max = max;
    }

    /** The label, e.g. {@code 4-6}; also the JSON form. */
    @JsonValue
    public String label() {
        return label;
    }

    /** The smallest count in the bucket. */
    public int min() {
        return min;
    }

    /** The largest count in the bucket ({@link Integer#MAX_VALUE} for the last). */
    public int max() {
        return max;
    }

    /** The bucket of an author count ({@code >= 1}). */
    public static AuthorBucket of(int authorCount) {
        if (authorCount < 1) {
            throw new IllegalArgumentException("author count must be >= 1, found " + authorCount);
        }
        for (AuthorBucket b : values()) {
            if (authorCount <= b.max) {
                return b;
            }
        }
        throw new AssertionError(authorCount);
    }

    @Override
    public String toString() {
        return label;
    }
}
