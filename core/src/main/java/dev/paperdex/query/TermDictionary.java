package dev.paperdex.query;

import java.util.Arrays;

/**
 * Words to dense ids, by open addressing over the characters, so that indexing a million
 * abstracts does not allocate a string per word occurrence.
 */
final class TermDictionary {
    private int[] slots = new int[1 << 16]; // term id + 1, 0 when empty
    private String[] terms = new String[1 << 12];
    private int[] hashes = new int[1 << 12];
    private int size;

    /** The id of a word, or -1 when it was never added. */
    int find(String word) {
        int h = hash(word);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) {
                return -1;
            }
            if (hashes[s - 1] == h && terms[s - 1].equals(word)) {
                return s - 1;
            }
        }
    }

    /** The id of {@code chars[0, length)}, adding the word when new. */
    int add(char[] chars, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + chars[i];
        }
        h = mix(h);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int s = slots[i];
            if (s == 0) {
                int id = size++;
                if (id == terms.length) {
                    terms = Arrays.copyOf(terms, id * 2);
                    hashes = Arrays.copyOf(hashes, id * 2);
                }
                terms[id] = new String(chars, 0, length);
                hashes[id] = h;
                slots[i] = id + 1;
                if (size * 2 > slots.length) {
                    rehash();
                }
                return id;
            }
            if (hashes[s - 1] == h && equal(terms[s - 1], chars, length)) {
                return s - 1;
            }
        }
    }

    private static boolean equal(String term, char[] chars, int length) {
        if (term.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (term.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int id = 0; id < size; id++) {
            int i = hashes[id] & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = id + 1;
        }
        slots = bigger;
    }

    private static int hash(String word) {
        return mix(word.hashCode());
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
