package dev.paperdex.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every word and prefix that a claim lexicon's phrases use, each with a small integer id, so that a
 * sentence's tokens are looked up once ({@link CueTokens}) and each lexicon then compares ids
 * instead of strings. Filled while {@link ClaimLexicons} loads its files, then only read:
 * thread-safe after that, as its one instance is published through a final field.
 */
final class CueVocabulary {
    /** The one vocabulary, filled by {@link Lexicon#load} while {@link ClaimLexicons} initialises. */
    static final CueVocabulary INSTANCE = new CueVocabulary();

    private static final int[] NONE = new int[0];

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> prefixes = new HashMap<>();
    private final Node root = new Node();

    /**
     * One node of the character trie of prefixes. While the lexicons load, children are kept in
     * sorted arrays; {@link #freeze} gives each node a dense array of its children by character,
     * so that reading a word costs one array read per character.
     */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        int prefix = -1;
        /** The children by {@code c - low}, made by {@link #densify}. */
        Node[] dense = new Node[0];

        char low;

        Node child(char c) {
            int i = c - low;
            return i >= 0 && i < dense.length ? dense[i] : null;
        }

        Node add(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            char[] k = new char[keys.length + 1];
            Node[] ch = new Node[children.length + 1];
            System.arraycopy(keys, 0, k, 0, at);
            System.arraycopy(children, 0, ch, 0, at);
            k[at] = c;
            ch[at] = new Node();
            System.arraycopy(keys, at, k, at + 1, keys.length - at);
            System.arraycopy(children, at, ch, at + 1, children.length - at);
            keys = k;
            children = ch;
            return ch[at];
        }

        void densify() {
            if (keys.length > 0) {
                low = keys[0];
                dense = new Node[keys[keys.length - 1] - low + 1];
                for (int i = 0; i < keys.length; i++) {
                    dense[keys[i] - low] = children[i];
                    children[i].densify();
                }
            }
        }
    }

    /** The id of {@code word}, registering it. */
    int word(String word) {
        return words.computeIfAbsent(word, w -> words.size());
    }

    /** The id of {@code prefix}, registering it in the trie. */
    int prefix(String prefix) {
        Integer id = prefixes.get(prefix);
        if (id != null) {
            return id;
        }
        int next = prefixes.size();
        prefixes.put(prefix, next);
        Node node = root;
        for (int i = 0; i < prefix.length(); i++) {
            node = node.add(prefix.charAt(i));
        }
        node.prefix = next;
        return next;
    }

    /** The id of a word of some lexicon, or -1. */
    int lookup(String word) {
        String[] keys = table;
        if (keys == null) {
            keys = freeze();
        }
        int mask = keys.length - 1;
        for (int i = spread(word.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (k.equals(word)) {
                return tableIds[i];
            }
        }
    }

    // an open-addressing copy of the words, at most a quarter full, built on the first lookup
    // (after every lexicon has registered its words; the one instance is built under the class
    // initialisation of ClaimLexicons, so no lookup happens before)
    private volatile String[] table;
    private int[] tableIds;
    private int[][] tablePrefixes;
    // the hash of each word of the table, read before the word itself
    private int[] tableHashes;
    // the id and prefixes of each one-character ASCII word (the punctuation marks of CueTokens)
    private int[] asciiIds;
    private int[][] asciiPrefixes;

    /**
     * The slot in the word table of the ASCII word {@code s[from, to)} folded to lower case, whose
     * lower-cased {@link String#hashCode} is {@code hash}, or -1 when no lexicon uses the word.
     * The lexer asks this while it reads a word, so a known word needs no string of its own.
     */
    int find(String s, int from, int to, int hash) {
        String[] keys = table;
        if (keys == null) {
            keys = freeze();
        }
        int mask = keys.length - 1;
        int length = to - from;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (tableHashes[i] == hash && k.length() == length && sameFolded(k, s, from)) {
                return i;
            }
        }
    }

    private static boolean sameFolded(String word, String s, int from) {
        for (int j = 0; j < word.length(); j++) {
            char c = s.charAt(from + j);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (word.charAt(j) != c) {
                return false;
            }
        }
        return true;
    }

    /** The word in slot {@code slot} of {@link #find}. */
    String wordAt(int slot) {
        return table[slot];
    }

    /** The id ({@link #lookup}) of the word in slot {@code slot} of {@link #find}. */
    int idAt(int slot) {
        return tableIds[slot];
    }

    /** The prefixes ({@link #prefixesOf}) of the word in slot {@code slot} of {@link #find}. */
    int[] prefixesAt(int slot) {
        return tablePrefixes[slot];
    }

    /** The id ({@link #lookup}) of the one-character word {@code c}, an ASCII character. */
    int idOf(char c) {
        if (table == null) {
            freeze();
        }
        return asciiIds[c];
    }

    /** The prefixes ({@link #prefixesOf}) of the one-character word {@code c}, an ASCII character. */
    int[] prefixesOf(char c) {
        if (table == null) {
            freeze();
        }
        return asciiPrefixes[c];
    }

    private synchronized String[] freeze() {
        if (table != null) {
            return table;
        }
        root.densify();
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 4) - 1) << 1;
        String[] keys = new String[capacity];
        int[] ids = new int[capacity];
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            int i = spread(e.getKey().hashCode()) & (capacity - 1);
            while (keys[i] != null) {
                i = (i + 1) & (capacity - 1);
            }
            keys[i] = e.getKey();
            ids[i] = e.getValue();
        }
        int[][] prefixesOfKeys = new int[capacity][];
        int[] hashes = new int[capacity];
        for (int i = 0; i < capacity; i++) {
            if (keys[i] != null) {
                prefixesOfKeys[i] = prefixesInTrie(keys[i]);
                hashes[i] = keys[i].hashCode();
            }
        }
        int[] charIds = new int[128];
        int[][] charPrefixes = new int[128][];
        for (char c = 0; c < charIds.length; c++) {
            String word = String.valueOf(c);
            charIds[c] = words.getOrDefault(word, -1);
            charPrefixes[c] = prefixesInTrie(word);
        }
        tableIds = ids;
        tablePrefixes = prefixesOfKeys;
        tableHashes = hashes;
        asciiIds = charIds;
        asciiPrefixes = charPrefixes;
        table = keys;
        return keys;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The ids of the registered prefixes that {@code word} starts with, shortest first. */
    int[] prefixesOf(String word) {
        if (table == null) {
            freeze(); // the trie is read through the dense children that freezing makes
        }
        return prefixesInTrie(word);
    }

    private int[] prefixesInTrie(String word) {
        Node node = root;
        int[] found = null;
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            node = node.child(word.charAt(i));
            if (node == null) {
                break;
            }
            if (node.prefix >= 0) {
                if (found == null) {
                    found = new int[4];
                } else if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = node.prefix;
            }
        }
        return found == null ? NONE : count == found.length ? found : Arrays.copyOf(found, count);
    }

    int wordCount() {
        return words.size();
    }

    int prefixCount() {
        return prefixes.size();
    }
}
