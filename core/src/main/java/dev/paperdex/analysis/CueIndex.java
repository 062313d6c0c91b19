package dev.paperdex.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every claim lexicon in one index, so that one walk over a sentence's tokens finds the cues of all
 * of them. The result for each lexicon is its cues that match, in file order, each at the first
 * token where it matches; none when one of its vetoes matches. Immutable after construction.
 *
 * <p>Most cues cannot match a given sentence because one of their parts has none of its
 * alternatives there. Each cue has one <em>trigger</em> part, the one of its parts least likely
 * to occur in a sentence by a fixed estimate ({@link #cost}: common words such as "we", "the",
 * "model" and short prefixes are unlikely triggers): the walk over the tokens notes the words,
 * prefixes and numbers the sentence has and, at the first token of each word or prefix, marks the
 * cues it triggers. Only the cues marked are then tested for every other part having an
 * alternative in the sentence, and only those that pass are matched, at each token in turn from
 * the first to the last place of their first part's alternatives, until one matches. The answer
 * does not depend on the choice of triggers, only the time taken.
 *
 * <p>The parts of every cue are written one after another in one array of ints ({@link #code}),
 * each as the index of a distinct part or {@link #GAP}; a part's alternatives are a bit mask over
 * the words and prefixes ({@link #masks}), of which only the longs that have a bit are kept, so
 * that both the test that a part occurs in the sentence and the test that a token is one of its
 * alternatives cost a few operations however many alternatives it has. The cues and the lists of
 * cues by trigger are arrays of ints too: a few kilobytes that stay in the cache, where objects
 * per cue, part and alternative would be spread over the heap. A walk allocates only its result:
 * its bit set and where each word first and last occurs are kept per thread ({@link Scratch}).
 */
final class CueIndex {
    // each cue of the index ("entry") as seven ints in entries: its lexicon, its index in the
    // lexicon, its flags, where its parts are in code, from START up to END, and where in checks
    // the parts are that must occur in a sentence besides its trigger, from CHECKS to CHECKS_END
    private static final int LEXICON = 0;
    private static final int INDEX = 1;
    private static final int FLAGS = 2;
    private static final int START = 3;
    private static final int END = 4;
    private static final int CHECKS = 5;
    private static final int CHECKS_END = 6;
    private static final int STRIDE = 7;
    private static final int ANCHORED = 1;
    private static final int VETO = 2;

    /** A gap in {@link #code}, in place of a part. */
    private static final int GAP = -1;

    /** The parts of every entry, each as {@link #GAP} or its index in {@link #parts}. */
    private final int[] code;

    /**
     * For each entry, its distinct parts other than gaps and its trigger, the least likely to
     * occur first, as indexes in {@link #parts}.
     */
    private final int[] checks;

    // each distinct part as four ints in parts: where its mask is in masks (BASE), the range of
    // longs of the bit set of words and prefixes the mask covers, [LOW, HIGH), and whether any
    // number is one of its alternatives (NUMBER)
    private static final int BASE = 0;
    private static final int LOW = 1;
    private static final int HIGH = 2;
    private static final int NUMBER = 3;
    private static final int PART = 4;

    private final int[] parts;
    /**
     * The alternatives of each part as a bit set over the words (bit {@code w}) then the prefixes
     * (bit {@code 64 * wordLongs + p}), of which only the longs {@code [LOW, HIGH)} are stored.
     */
    private final long[] masks;

    private final List<Lexicon> lexicons;
    /** An empty list for each lexicon, copied for a result. */
    private final List<Lexicon.Match>[] none;
    /** The result when no lexicon has a match. */
    private final List<List<Lexicon.Match>> noMatches;

    private final int[] entries;
    /** The cue of each entry, read only for a match. */
    private final Lexicon.Cue[] cues;
    /** The entries triggered by word {@code w}: {@code byWord[wordStarts[w], wordStarts[w + 1])}. */
    private final int[] wordStarts;

    private final int[] byWord;
    private final int[] prefixStarts;
    private final int[] byPrefix;
    private final int[] byNumber;
    /** The entries without a part other than gaps, which every sentence triggers. */
    private final int[] always;

    private final int wordCount;
    private final int prefixCount;
    /** The longs of a walk's bit set of words, then of prefixes, then of triggered entries. */
    private final int wordLongs;

    private final int prefixLongs;
    private final int entryLongs;

    /** Each thread's {@link Scratch}, so that a walk allocates nothing but its result. */
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(() -> new Scratch(this));

    /**
     * What one walk over a sentence notes, kept from one sentence to the next of a thread: the bit
     * set of {@link #findAll}, cleared at the start of each, and for each word and prefix the
     * tokens where it first and last occurs, read only where the bit set has it.
     */
    private static final class Scratch {
        final long[] bits;
        final int[] first;
        final int[] last;

        Scratch(CueIndex index) {
            bits = new long[index.wordLongs + index.prefixLongs + index.entryLongs];
            first = new int[(index.wordLongs + index.prefixLongs) << 6];
            last = new int[first.length];
        }
    }

    CueIndex(List<Lexicon> lexicons, CueVocabulary vocabulary) {
        this.lexicons = List.copyOf(lexicons);
        this.none = emptyLists(lexicons.size());
        this.noMatches = List.of(none);
        this.wordCount = vocabulary.wordCount();
        this.prefixCount = vocabulary.prefixCount();
        List<List<Integer>> words = lists(wordCount);
        List<List<Integer>> prefixes = lists(prefixCount);
        List<Integer> numbers = new ArrayList<>();
        List<Integer> always = new ArrayList<>();
        List<Lexicon.Cue> all = new ArrayList<>();
        this.wordLongs = (wordCount + 63) >>> 6;
        this.prefixLongs = (prefixCount + 63) >>> 6;
        IntList data = new IntList();
        IntList code = new IntList();
        IntList parts = new IntList();
        IntList checks = new IntList();
        List<Long> masks = new ArrayList<>();
        Map<String, Integer> partIds = new HashMap<>();
        for (int l = 0; l < lexicons.size(); l++) {
            for (Lexicon.Cue cue : lexicons.get(l).cues()) {
                int entry = all.size();
                all.add(cue);
                int start = code.size();
                for (Lexicon.Part part : cue.parts()) {
                    code.add(part.gap() ? GAP : partId(part, partIds, parts, masks));
                }
                data.add(l);
                data.add(cue.index());
                data.add((cue.anchored() ? ANCHORED : 0) | (cue.veto() ? VETO : 0));
                data.add(start);
                data.add(code.size());
                Lexicon.Part trigger = trigger(cue, vocabulary);
                data.add(checks.size());
                List<Lexicon.Part> others = new ArrayList<>();
                for (Lexicon.Part part : cue.parts()) {
                    if (!part.gap() && part != trigger) {
                        others.add(part);
                    }
                }
                others.sort(Comparator.comparingInt(part -> cost(part, vocabulary)));
                int triggerId = trigger == null ? GAP : partId(trigger, partIds, parts, masks);
                Set<Integer> checked = new HashSet<>();
                for (Lexicon.Part part : others) {
                    int id = partId(part, partIds, parts, masks);
                    if (id != triggerId && checked.add(id)) {
                        checks.add(id);
                    }
                }
                data.add(checks.size());
                if (trigger == null) {
                    always.add(entry);
                    continue;
                }
                if (trigger.number()) {
                    numbers.add(entry);
                }
                for (int w : trigger.words()) {
                    words.get(w).add(entry);
                }
                for (int p : trigger.prefixes()) {
                    prefixes.get(p).add(entry);
                }
            }
        }
        this.code = code.toArray();
        this.checks = checks.toArray();
        this.parts = parts.toArray();
        this.masks = masks.stream().mapToLong(Long::longValue).toArray();
        this.entries = data.toArray();
        this.cues = all.toArray(new Lexicon.Cue[0]);
        this.wordStarts = starts(words);
        this.byWord = concatenated(words);
        this.prefixStarts = starts(prefixes);
        this.byPrefix = concatenated(prefixes);
        this.byNumber = concatenated(List.of(numbers));
        this.always = concatenated(List.of(always));
        this.entryLongs = (this.cues.length + 63) >>> 6;
    }

    /**
     * The part of {@code cue} least likely to occur in a sentence by {@link #cost} (the first of
     * the cheapest), or null when it has only gaps.
     */
    static Lexicon.Part trigger(Lexicon.Cue cue, CueVocabulary vocabulary) {
        Lexicon.Part best = null;
        int bestCost = Integer.MAX_VALUE;
        for (Lexicon.Part part : cue.parts()) {
            if (part.gap()) {
                continue;
            }
            int cost = cost(part, vocabulary);
            if (cost < bestCost) {
                best = part;
                bestCost = cost;
            }
        }
        return best;
    }

    /**
     * A guess at the percentage of an abstract's sentences in which each of these common words,
     * marks and prefixes occurs: poor triggers. A guess, which only makes the walk slower when it
     * is wrong; other words are guessed rarer the longer they are ({@link #cost}).
     */
    private static final Map<String, Integer> COMMON = Map.ofEntries(
            Map.entry(".", 95),
            Map.entry(",", 75),
            Map.entry("the", 60),
            Map.entry("and", 55),
            Map.entry("to", 50),
            Map.entry("of", 50),
            Map.entry("a", 40),
            Map.entry("we", 35),
            Map.entry("in", 35),
            Map.entry("for", 25),
            Map.entry("on", 22),
            Map.entry("that", 22),
            Map.entry("(", 20),
            Map.entry(")", 20),
            Map.entry("with", 20),
            Map.entry("our", 18),
            Map.entry("is", 17),
            Map.entry("this", 17),
            Map.entry("by", 15),
            Map.entry("as", 12),
            Map.entry("from", 10),
            Map.entry(":", 10),
            Map.entry("an", 9),
            Map.entry("are", 8),
            Map.entry("can", 8),
            Map.entry("which", 8),
            Map.entry("these", 7),
            Map.entry("it", 7),
            Map.entry("at", 7),
            Map.entry("be", 5),
            Map.entry("such", 5),
            Map.entry("have", 4),
            Map.entry("has", 4),
            Map.entry("its", 4),
            Map.entry("not", 4),
            Map.entry("or", 5),
            Map.entry("more", 4),
            Map.entry("than", 4),
            Map.entry("both", 4),
            Map.entry("into", 4),
            Map.entry("their", 4),
            Map.entry("while", 4),
            Map.entry("also", 3),
            Map.entry("using", 5),
            Map.entry("based", 5),
            Map.entry("across", 6),
            Map.entry("show", 5),
            Map.entry("new", 4),
            Map.entry("two", 4),
            Map.entry("between", 4),
            Map.entry("existing", 4),
            Map.entry("first", 4),
            Map.entry("high", 5),
            Map.entry("large", 9),
            Map.entry("model", 18),
            Map.entry("models", 20),
            Map.entry("training", 20),
            Map.entry("trained", 5),
            Map.entry("data", 14),
            Map.entry("tasks", 13),
            Map.entry("task", 5),
            Map.entry("performance", 10),
            Map.entry("approach", 7),
            Map.entry("method", 5),
            Map.entry("methods", 4),
            Map.entry("results", 4),
            Map.entry("llms", 7),
            Map.entry("language", 6),
            Map.entry("framework", 6),
            Map.entry("learning", 6),
            Map.entry("propose", 6),
            Map.entry("quality", 5),
            Map.entry("dataset", 5),
            Map.entry("datasets", 5),
            Map.entry("however", 4),
            Map.entry("introduce", 5),
            Map.entry("%", 4),
            Map.entry("experiments", 4),
            Map.entry("demonstrate", 4),
            Map.entry("capabilities", 5),
            Map.entry("model*", 35),
            Map.entry("learn*", 14),
            Map.entry("perform*", 13),
            Map.entry("propose*", 9),
            Map.entry("demonstrat*", 7),
            Map.entry("show*", 7),
            Map.entry("improv*", 8),
            Map.entry("experiment*", 6),
            Map.entry("introduce*", 6),
            Map.entry("achiev*", 6),
            Map.entry("benchmark*", 6),
            Map.entry("capabilit*", 6),
            Map.entry("set*", 5),
            Map.entry("adapt*", 5),
            Map.entry("challeng*", 5));

    /** The guess of {@link #COMMON} for a number anywhere in a sentence. */
    private static final int NUMBER_COST = 18;

    /**
     * A rough estimate, in percent, of how often {@code part} occurs in a sentence, for choosing
     * triggers: the sum over its alternatives of the guess of {@link #COMMON}, or for another word
     * or prefix one that falls with its length (any other mark is guessed common).
     */
    static int cost(Lexicon.Part part, CueVocabulary vocabulary) {
        int cost = part.number() ? NUMBER_COST : 0;
        for (int w : part.words()) {
            String word = vocabulary.wordAt(w);
            boolean letters = !word.isEmpty() && Character.isLetter(word.charAt(0));
            cost += COMMON.getOrDefault(word, letters ? Math.max(1, 6 - word.length() / 2) : 10);
        }
        for (int p : part.prefixes()) {
            String prefix = vocabulary.prefixAt(p);
            cost += COMMON.getOrDefault(prefix + "*", Math.max(1, 8 - prefix.length() / 2));
        }
        return cost;
    }

    @SuppressWarnings("unchecked")
    private static List<Lexicon.Match>[] emptyLists(int n) {
        List<Lexicon.Match>[] lists = (List<Lexicon.Match>[]) new List<?>[n];
        Arrays.fill(lists, List.of());
        return lists;
    }

    /** Where each list starts in {@link #concatenated}, and at the end where the last ends. */
    private static int[] starts(List<List<Integer>> lists) {
        int[] starts = new int[lists.size() + 1];
        for (int i = 0; i < lists.size(); i++) {
            starts[i + 1] = starts[i] + lists.get(i).size();
        }
        return starts;
    }

    private static int[] concatenated(List<List<Integer>> lists) {
        return lists.stream().flatMap(List::stream).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The index in {@code parts} of {@code part}, written there and in {@code masks} if no part
     * with the same alternatives is yet.
     */
    private int partId(Lexicon.Part part, Map<String, Integer> ids, IntList parts, List<Long> masks) {
        long[] mask = new long[wordLongs + prefixLongs];
        for (int w : part.words()) {
            mask[w >>> 6] |= 1L << w;
        }
        for (int p : part.prefixes()) {
            mask[wordLongs + (p >>> 6)] |= 1L << p;
        }
        String key = Arrays.toString(mask) + part.number();
        Integer known = ids.get(key);
        if (known != null) {
            return known;
        }
        int low = 0;
        while (low < mask.length && mask[low] == 0) {
            low++;
        }
        int high = mask.length;
        while (high > low && mask[high - 1] == 0) {
            high--;
        }
        int id = parts.size() / PART;
        parts.add(masks.size());
        parts.add(low);
        parts.add(high);
        parts.add(part.number() ? 1 : 0);
        for (int i = low; i < high; i++) {
            masks.add(mask[i]);
        }
        ids.put(key, id);
        return id;
    }

    /** A growing array of ints, for building {@link #code}. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>(0));
        }
        return out;
    }

    /** The matches of every lexicon, indexed as the lexicons were given. */
    List<List<Lexicon.Match>> findAll(CueTokens tokens) {
        // one bit set: the words of the sentence, its prefixes, then the entries triggered
        int prefixBase = wordLongs;
        int entryBase = wordLongs + prefixLongs;
        Scratch scratch = this.scratch.get();
        long[] bits = scratch.bits;
        Arrays.fill(bits, 0L);
        // where each word and prefix first occurs, read only where its bit is set
        int[] first = scratch.first;
        int[] last = scratch.last;
        int firstNumber = -1;
        int lastNumber = -1;
        int size = tokens.size();
        for (int t = 0; t < size; t++) {
            int id = tokens.id(t);
            if (id >= 0 && id < wordCount) {
                long bit = 1L << id;
                int i = id >>> 6;
                if ((bits[i] & bit) == 0) {
                    bits[i] |= bit;
                    first[id] = t;
                    mark(byWord, wordStarts[id], wordStarts[id + 1], bits, entryBase);
                }
                last[id] = t;
            }
            if (tokens.isNumber(t)) {
                firstNumber = firstNumber < 0 ? t : firstNumber;
                lastNumber = t;
            }
            for (int p : tokens.prefixes(t)) {
                if (p < prefixCount) {
                    long bit = 1L << p;
                    int i = prefixBase + (p >>> 6);
                    if ((bits[i] & bit) == 0) {
                        bits[i] |= bit;
                        first[(prefixBase << 6) + p] = t;
                        mark(byPrefix, prefixStarts[p], prefixStarts[p + 1], bits, entryBase);
                    }
                    last[(prefixBase << 6) + p] = t;
                }
            }
        }
        boolean number = firstNumber >= 0;
        if (number) {
            mark(byNumber, 0, byNumber.length, bits, entryBase);
        }
        mark(always, 0, always.length, bits, entryBase);

        // the triggered entries in order, so lexicon by lexicon and each lexicon's in file order;
        // out is made when a lexicon first has matches
        List<Lexicon.Match>[] out = null;
        int current = 0;
        List<Lexicon.Match> matches = null;
        boolean vetoed = false;
        for (int k = 0; k < entryLongs; k++) {
            long word = bits[entryBase + k];
            while (word != 0) {
                int entry = (k << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                int at = entry * STRIDE;
                int l = entries[at + LEXICON];
                if (l != current) {
                    if (!vetoed && matches != null) {
                        out = out == null ? none.clone() : out;
                        out[current] = matches;
                    }
                    current = l;
                    matches = null;
                    vetoed = false;
                }
                if (vetoed || !allPartsPresent(bits, number, entries[at + CHECKS], entries[at + CHECKS_END])) {
                    continue;
                }
                long found = firstMatch(at, tokens, bits, scratch, firstNumber, lastNumber);
                if (found < 0) {
                    continue;
                }
                if ((entries[at + FLAGS] & VETO) != 0) {
                    vetoed = true;
                    continue;
                }
                if (matches == null) {
                    matches = new ArrayList<>(4);
                }
                matches.add(new Lexicon.Match(cues[entry], (int) (found >>> 32), (int) found));
            }
        }
        if (!vetoed && matches != null) {
            out = out == null ? none.clone() : out;
            out[current] = matches;
        }
        return out == null ? noMatches : Arrays.asList(out);
    }

    /** Sets the bits of the entries {@code list[from, to)} in {@code bits} from {@code base}. */
    private static void mark(int[] list, int from, int to, long[] bits, int base) {
        for (int c = from; c < to; c++) {
            int entry = list[c];
            bits[base + (entry >>> 6)] |= 1L << entry;
        }
    }

    /**
     * Whether every part {@code checks[from, to)} has an alternative somewhere in the sentence
     * whose words and prefixes are in {@code bits}: with the trigger, a condition for an entry to
     * match.
     */
    private boolean allPartsPresent(long[] bits, boolean number, int from, int to) {
        for (int c = from; c < to; c++) {
            if (!present(checks[c], bits, number)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of the alternatives of {@code part} occurs in the sentence. */
    private boolean present(int part, long[] bits, boolean number) {
        int at = part * PART;
        if (number && parts[at + NUMBER] != 0) {
            return true;
        }
        int base = parts[at + BASE] - parts[at + LOW];
        for (int i = parts[at + LOW], high = parts[at + HIGH]; i < high; i++) {
            if ((bits[i] & masks[base + i]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first match of the entry at {@code at} in {@code entries}: its first token in the high
     * half and the token just past it in the low half, or -1 when it matches nowhere (an anchored
     * cue is tried at token 0 only). The search goes from where the first part first occurs to
     * where it last occurs, by {@code bits}, {@code scratch} and the numbers of {@link #findAll}.
     */
    private long firstMatch(int at, CueTokens tokens, long[] bits, Scratch scratch, int firstNumber, int lastNumber) {
        int start = entries[at + START];
        int end = entries[at + END];
        int size = tokens.size();
        int part = code[start];
        int from = 0;
        int to = size - 1;
        if (part != GAP) {
            from = Integer.MAX_VALUE;
            to = -1;
            int p = part * PART;
            if (parts[p + NUMBER] != 0 && firstNumber >= 0) {
                from = firstNumber;
                to = lastNumber;
            }
            int base = parts[p + BASE] - parts[p + LOW];
            for (int i = parts[p + LOW], high = parts[p + HIGH]; i < high; i++) {
                for (long m = bits[i] & masks[base + i]; m != 0; m &= m - 1) {
                    int feature = (i << 6) + Long.numberOfTrailingZeros(m);
                    from = Math.min(from, scratch.first[feature]);
                    to = Math.max(to, scratch.last[feature]);
                }
            }
        }
        if ((entries[at + FLAGS] & ANCHORED) != 0) {
            to = Math.min(to, 0);
        }
        for (int t = from; t <= to; t++) {
            int found = part == GAP
                    ? matchFrom(start, end, tokens, t)
                    : matches(part, tokens, t) ? matchFrom(start + 1, end, tokens, t + 1) : -1;
            if (found >= 0) {
                return (long) t << 32 | found;
            }
        }
        return -1;
    }

    /**
     * The token index just past a match of the parts {@code code[at, end)} at token {@code t}, or
     * -1. A gap takes the fewest tokens with which the rest matches, so the match of a cue is the
     * same wherever it is asked.
     */
    private int matchFrom(int at, int end, CueTokens tokens, int t) {
        if (at == end) {
            return t;
        }
        int part = code[at];
        if (part == GAP) {
            for (int skip = 0; skip <= Lexicon.GAP && t + skip <= tokens.size(); skip++) {
                int found = matchFrom(at + 1, end, tokens, t + skip);
                if (found >= 0) {
                    return found;
                }
            }
            return -1;
        }
        if (t >= tokens.size() || !matches(part, tokens, t)) {
            return -1;
        }
        return matchFrom(at + 1, end, tokens, t + 1);
    }

    /** Whether token {@code t} is one of the alternatives of {@code part}. */
    private boolean matches(int part, CueTokens tokens, int t) {
        int at = part * PART;
        int low = parts[at + LOW];
        int high = parts[at + HIGH];
        int base = parts[at + BASE] - low;
        int id = tokens.id(t);
        if (id >= 0 && id < wordCount) {
            int i = id >>> 6;
            if (i >= low && i < high && (masks[base + i] & 1L << id) != 0) {
                return true;
            }
        }
        if (parts[at + NUMBER] != 0 && tokens.isNumber(t)) {
            return true;
        }
        if (high > wordLongs) {
            for (int p : tokens.prefixes(t)) {
                int i = wordLongs + (p >>> 6);
                if (p < prefixCount && i >= low && i < high && (masks[base + i] & 1L << p) != 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
