package dev.paperdex.query;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Sets of row numbers: growable sorted lists while an index is built, then compact sorted arrays,
 * or bit sets for rows sets that hold more than 1/32 of all rows (smaller that way).
 */
final class RowSets {
    private RowSets() {}

    /** A growable list of ascending rows. */
    static final class Builder {
        private int[] rows = new int[2];
        private int size;

        void add(int row) {
            if (size > 0 && rows[size - 1] == row) {
                return;
            }
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
            }
            rows[size++] = row;
        }

        /** A frozen set: a sorted {@code int[]} or a {@link BitSet}. */
        Object build(int rowCount) {
            if (size > rowCount / 32 && size > 64) {
                BitSet bits = new BitSet(rowCount);
                for (int i = 0; i < size; i++) {
                    bits.set(rows[i]);
                }
                return bits;
            }
            return Arrays.copyOf(rows, size);
        }
    }

    static int size(Object set) {
        return set instanceof BitSet b ? b.cardinality() : ((int[]) set).length;
    }

    /** {@code within} ∩ {@code set}, in place. */
    static BitSet retain(BitSet within, Object set) {
        if (set instanceof BitSet b) {
            within.and(b);
            return within;
        }
        BitSet out = new BitSet();
        for (int row : (int[]) set) {
            if (within.get(row)) {
                out.set(row);
            }
        }
        return out;
    }
}
