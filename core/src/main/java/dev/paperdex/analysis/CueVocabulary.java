package dev.paperdex.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every word and prefix that a claim lexicon's phrases use (and the words the sentence tests name,
 * {@link CueWords}), each with a small integer id, so that a sentence's tokens are looked up once
 * ({@link CueTokens}) and each lexicon then compares ids instead of strings; the words of the
 * metric tables ({@link MetricWords}) are registered too, so that the lexer's one look-up of a word
 * classes it for every stage. Filled while {@link ClaimLexicons} and {@link MetricWords}
 * initialise, then frozen on the first look-up and only read. Registration and the reads made
 * before the freeze hold the instance's lock (the two classes may initialise on two threads); the
 * look-ups after it read the frozen tables, published through a volatile field, without one.
 *
 * <p>Reading is done on flat arrays of ints and chars made when the first word is looked up
 * ({@link #freeze}): every token of every abstract is looked up, and the other stages of the
 * analysis push these tables out of the processor's caches between abstracts, so a lookup should
 * touch as few places in memory as it can. A word is found in one slot of four ints (its hash, its
 * id, where its characters are and how many), a prefix by one step per character in the trie.
 */
final class CueVocabulary {
    /** The one vocabulary, filled by {@link Lexicon#load} while {@link ClaimLexicons} initialises. */
    static final CueVocabulary INSTANCE = new CueVocabulary();

    private static final int[] NONE = new int[0];

    private final Map<String, Integer> words = new HashMap<>();
    private final Map<String, Integer> prefixes = new HashMap<>();
    /** The words and the prefixes by id, as registered. */
    private final List<String> wordList = new ArrayList<>();

    private final List<String> prefixList = new ArrayList<>();

    /** The frozen tables, made once by {@link #freeze} after every word is registered. */
    private volatile Tables tables;

    /**
     * The id of {@code word}, registering it.
     *
     * @throws IllegalStateException once a word has been looked up: the tables are made then
     */
    synchronized int word(String word) {
        return register(words, wordList, word);
    }

    /**
     * The id of {@code prefix}, registering it.
     *
     * @throws IllegalStateException once a word has been looked up
     */
    synchronized int prefix(String prefix) {
        return register(prefixes, prefixList, prefix);
    }

    private int register(Map<String, Integer> ids, List<String> byId, String s) {
        Integer id = ids.get(s);
        if (id != null) {
            return id;
        }
        unfrozen();
        ids.put(s, byId.size());
        byId.add(s);
        return byId.size() - 1;
    }

    private void unfrozen() {
        if (tables != null) {
            throw new IllegalStateException(
                    "the cue vocabulary is complete: a word was looked up before all were registered");
        }
    }

    synchronized int wordCount() {
        return words.size();
    }

    synchronized int prefixCount() {
        return prefixes.size();
    }

    private Tables tables() {
        Tables t = tables;
        return t != null ? t : freeze();
    }

    // built on the first lookup, after every lexicon has registered its words: the one instance is
    // built under the class initialisation of ClaimLexicons, so no lookup happens before
    private synchronized Tables freeze() {
        if (tables == null) {
            tables = new Tables(words, prefixes);
        }
        return tables;
    }

    /** The id of a word of some lexicon, or -1. */
    int lookup(String word) {
        return tables().lookup(word);
    }

    /**
     * The slot in the word table of the ASCII word {@code s[from, to)} folded to lower case, whose
     * lower-cased {@link String#hashCode} is {@code hash}, or -1 when no lexicon uses the word.
     * The lexer asks this while it reads a word, so a known word needs no string of its own.
     */
    int find(String s, int from, int to, int hash) {
        return tables().find(s, from, to, hash);
    }

    /** The word in slot {@code slot} of {@link #find}, which is also the word of id {@code slot}. */
    String wordAt(int slot) {
        Tables t = tables;
        if (t != null) {
            return t.wordsById[slot];
        }
        synchronized (this) {
            return wordList.get(slot);
        }
    }

    /** The id ({@link #lookup}) of the word in slot {@code slot} of {@link #find}. */
    int idAt(int slot) {
        return slot; // a slot of find is the word's id
    }

    /** The prefixes ({@link #prefixesOf}) of the word in slot {@code slot} of {@link #find}. */
    int[] prefixesAt(int slot) {
        return tables().prefixesById[slot];
    }

    /** The id ({@link #lookup}) of the one-character word {@code c}, an ASCII character. */
    int idOf(char c) {
        return tables().asciiIds[c];
    }

    /** The prefixes ({@link #prefixesOf}) of the one-character word {@code c}, an ASCII character. */
    int[] prefixesOf(char c) {
        return tables().asciiPrefixes[c];
    }

    /** The prefix of id {@code id}. */
    synchronized String prefixAt(int id) {
        return prefixList.get(id);
    }

    /** The ids of the registered prefixes that {@code word} starts with, shortest first. */
    int[] prefixesOf(String word) {
        return tables().prefixesOf(word);
    }

    /** The read-only form of the vocabulary. */
    private static final class Tables {
        /** Four ints a slot: the word's hash, its id plus one (0 for an empty slot), start, length. */
        private final int[] slots;

        private final int mask;
        /** The characters of every word, one after the other. */
        private final char[] chars;

        private final String[] wordsById;
        private final int[][] prefixesById;
        /** The id and prefixes of each one-character ASCII word (the punctuation marks of CueTokens). */
        private final int[] asciiIds;

        private final int[][] asciiPrefixes;
        /**
         * The trie of prefixes, four ints a node: its lowest child character, how many children
         * characters from there, where they start in {@link #children}, its prefix id or -1.
         */
        private final int[] trie;
        /** The child node of each character of each node, or -1. */
        private final int[] children;

        /**
         * One bit per {@link #spread} hash modulo 8,192 of every word: a word whose bit is clear is
         * not in the table, told by a kilobyte that stays in the cache instead of a slot of the table.
         */
        private final long[] hashBits = new long[128];

        /** The length of the shortest prefix. */
        private final int shortestPrefix;
        /**
         * One bit for each run of three letters a-z that some prefix starts with, when every prefix
         * has three characters or more: most words start with none, and have no prefix without a
         * walk in the trie.
         */
        private final long[] heads = new long[(26 * 26 * 26 + 63) >>> 6];

        Tables(Map<String, Integer> words, Map<String, Integer> prefixes) {
            int n = words.size();
            int capacity = Integer.highestOneBit(Math.max(16, n * 2) - 1) << 1;
            mask = capacity - 1;
            slots = new int[capacity * 4];
            wordsById = new String[n];
            StringBuilder pool = new StringBuilder();
            for (Map.Entry<String, Integer> e : words.entrySet()) {
                String w = e.getKey();
                int i = spread(w.hashCode()) & mask;
                while (slots[i * 4 + 1] != 0) {
                    i = (i + 1) & mask;
                }
                int bit = spread(w.hashCode()) & 8191;
                hashBits[bit >>> 6] |= 1L << bit;
                slots[i * 4] = w.hashCode();
                slots[i * 4 + 1] = e.getValue() + 1;
                slots[i * 4 + 2] = pool.length();
                slots[i * 4 + 3] = w.length();
                pool.append(w);
                wordsById[e.getValue()] = w;
            }
            chars = pool.toString().toCharArray();
            int shortest = Integer.MAX_VALUE;
            for (String p : prefixes.keySet()) {
                shortest = Math.min(shortest, p.length());
                int head = head(p);
                if (head >= 0) {
                    heads[head >>> 6] |= 1L << head;
                }
            }
            shortestPrefix = shortest;

            List<int[]> nodes = new ArrayList<>();
            List<Integer> childList = new ArrayList<>();
            flatten(trieOf(prefixes), nodes, childList);
            trie = new int[nodes.size() * 4];
            for (int i = 0; i < nodes.size(); i++) {
                System.arraycopy(nodes.get(i), 0, trie, i * 4, 4);
            }
            children = childList.stream().mapToInt(Integer::intValue).toArray();

            prefixesById = new int[n][];
            for (int id = 0; id < n; id++) {
                prefixesById[id] = prefixesOf(wordsById[id]);
            }
            asciiIds = new int[128];
            asciiPrefixes = new int[128][];
            for (char c = 0; c < asciiIds.length; c++) {
                String w = String.valueOf(c);
                asciiIds[c] = words.getOrDefault(w, -1);
                asciiPrefixes[c] = prefixesOf(w);
            }
        }

        /** A node of the trie while it is built: its children by character and its prefix id. */
        private static final class Node {
            final TreeMap<Character, Node> children = new TreeMap<>();
            int prefix = -1;
        }

        private static Node trieOf(Map<String, Integer> prefixes) {
            Node root = new Node();
            for (Map.Entry<String, Integer> e : prefixes.entrySet()) {
                Node node = root;
                for (int i = 0; i < e.getKey().length(); i++) {
                    node = node.children.computeIfAbsent(e.getKey().charAt(i), c -> new Node());
                }
                node.prefix = e.getValue();
            }
            return root;
        }

        /** Writes {@code node} and its descendants to the flat trie; the node's index. */
        private static int flatten(Node node, List<int[]> nodes, List<Integer> children) {
            int index = nodes.size();
            int[] flat = {0, 0, 0, node.prefix};
            nodes.add(flat);
            if (node.children.isEmpty()) {
                return index;
            }
            int low = node.children.firstKey();
            int size = node.children.lastKey() - low + 1;
            int base = children.size();
            flat[0] = low;
            flat[1] = size;
            flat[2] = base;
            for (int i = 0; i < size; i++) {
                children.add(-1);
            }
            for (Map.Entry<Character, Node> e : node.children.entrySet()) {
                children.set(base + e.getKey() - low, flatten(e.getValue(), nodes, children));
            }
            return index;
        }

        int lookup(String word) {
            int hash = word.hashCode();
            int length = word.length();
            for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
                int id = slots[i * 4 + 1] - 1;
                if (id < 0) {
                    return -1;
                }
                if (slots[i * 4] == hash && slots[i * 4 + 3] == length && same(slots[i * 4 + 2], word, 0, length)) {
                    return id;
                }
            }
        }

        /** Whether {@code chars[at, at + length)} is {@code s[from, from + length)}. */
        private boolean same(int at, String s, int from, int length) {
            for (int j = 0; j < length; j++) {
                if (chars[at + j] != s.charAt(from + j)) {
                    return false;
                }
            }
            return true;
        }

        int find(String s, int from, int to, int hash) {
            int bit = spread(hash) & 8191;
            if ((hashBits[bit >>> 6] & 1L << bit) == 0) {
                return -1;
            }
            int length = to - from;
            for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
                int id = slots[i * 4 + 1] - 1;
                if (id < 0) {
                    return -1;
                }
                if (slots[i * 4] == hash
                        && slots[i * 4 + 3] == length
                        && sameFolded(slots[i * 4 + 2], s, from, length)) {
                    return id;
                }
            }
        }

        /** Whether {@code chars[at, at + length)} is {@code s[from, from + length)} with ASCII folded to lower case. */
        private boolean sameFolded(int at, String s, int from, int length) {
            for (int j = 0; j < length; j++) {
                char c = s.charAt(from + j);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + ('a' - 'A'));
                }
                if (chars[at + j] != c) {
                    return false;
                }
            }
            return true;
        }

        /** The index of the first three characters of {@code s} when they are letters a-z, else -1. */
        private static int head(String s) {
            if (s.length() < 3) {
                return -1;
            }
            int a = s.charAt(0) - 'a';
            int b = s.charAt(1) - 'a';
            int c = s.charAt(2) - 'a';
            if ((a | b | c) < 0 || a >= 26 || b >= 26 || c >= 26) {
                return -1;
            }
            return (a * 26 + b) * 26 + c;
        }

        int[] prefixesOf(String word) {
            if (word.length() < shortestPrefix) {
                return NONE;
            }
            if (shortestPrefix >= 3) {
                int head = head(word);
                if (head >= 0 && (heads[head >>> 6] & 1L << head) == 0) {
                    return NONE; // no prefix starts with the word's first three letters
                }
            }
            int node = 0;
            int[] found = null;
            int count = 0;
            for (int i = 0; i < word.length(); i++) {
                int at = node * 4;
                int c = word.charAt(i) - trie[at];
                if (c < 0 || c >= trie[at + 1]) {
                    break;
                }
                node = children[trie[at + 2] + c];
                if (node < 0) {
                    break;
                }
                int prefix = trie[node * 4 + 3];
                if (prefix >= 0) {
                    if (found == null) {
                        found = new int[4];
                    } else if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = prefix;
                }
            }
            return found == null ? NONE : count == found.length ? found : Arrays.copyOf(found, count);
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
