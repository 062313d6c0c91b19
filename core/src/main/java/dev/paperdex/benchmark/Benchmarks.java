package dev.paperdex.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Benchmark identity: which benchmark a name written in an abstract stands for, and whether its
 * scores are better when lower.
 *
 * <pre>{@code
 * Benchmarks b = Benchmarks.standard();
 * b.key("AIME24").equals(b.key("AIME-24"));            // true: both are "aime2024"
 * b.key("ImageNet-1K").equals(b.key("ImageNet1K"));    // true: "imagenet"
 * b.key("ImageNet 256x256").equals(b.key("ImageNet")); // false: generation, not classification
 * b.isLowerBetter(Optional.of("gFID"), b.key("ImageNet 256x256")); // true
 * }</pre>
 *
 * <p><b>Keys.</b> {@link #key} first folds a name by general rules ({@link #fold}), then maps the
 * folded name through the table: an alias becomes the folded name of its benchmark. A key is for
 * comparing only; show people the name as papers write it (the leaderboard and grouping show the
 * most common written form of each key).
 *
 * <p><b>General folding</b>, for every name, in the table or not: Unicode NFKC and lower case;
 * {@code ×} read as {@code x} and {@code +} as {@code plus}; a leading {@code the}, {@code a} or
 * {@code an} and a trailing {@code benchmark(s)}, {@code dataset(s)}, {@code test set} or {@code
 * testset} dropped; the name cut into runs of letters and runs of digits (a decimal point between
 * digits stays), everything else dropped; a two-digit number from 19 to 30 right after a word and
 * at the end or before another word read as a year ({@code AIME24} is {@code AIME 2024}); the runs
 * joined. So {@code AIME24}, {@code AIME-24}, {@code AIME 2024} and {@code the AIME 2024 benchmark}
 * are all {@code aime2024}, and {@code ImageNet-1K} and {@code ImageNet1K} are {@code imagenet1k},
 * while {@code AIME 2024} and {@code AIME 2025}, or {@code SWE-bench Verified} and {@code SWE-bench
 * Lite}, stay apart.
 *
 * <p><b>The table</b> is a UTF-8 text resource ({@code dev/paperdex/benchmark/benchmarks.txt} for
 * {@link #standard()}) with two sections; {@code #} starts a comment line:
 *
 * <pre>
 * [benchmarks]
 * NAME [= ALIAS, ALIAS ...] [; METRIC [lower|higher]]
 * [lower-is-better metrics]
 * WORD-OR-PHRASE, WORD-OR-PHRASE ...
 * </pre>
 *
 * <p>A benchmark line names a benchmark, the other spellings of the same benchmark, and its usual
 * metric with its direction (higher is better when not written). A benchmark's variants that
 * measure different things are lines of their own ({@code ImageNet} for classification, {@code
 * ImageNet 256x256 ; FID lower} for generation). The second section lists the metric names whose
 * scores are better when lower: a metric name is lower-is-better when one of its words, or a run of
 * its words, is listed ({@code gFID}, {@code word error rate}, {@code perplexity}). Extend the
 * standard table with your own lines: {@code Benchmarks.standard().withTable(Path.of("mine.txt"))};
 * a later line for the same benchmark or alias replaces the earlier one.
 *
 * <p>Immutable and thread-safe.
 */
public final class Benchmarks {
    private static final String RESOURCE = "benchmarks.txt";
    private static final String[] ARTICLES = {"the ", "a ", "an "};
    private static final String[] SUFFIXES = {
        " benchmarks", " benchmark", " datasets", " dataset", " test sets", " test set", " testset"
    };
    private static final Benchmarks STANDARD = loadStandard();

    /** Folded alias or name to the benchmark's entry. */
    private final Map<String, Entry> byKey;

    /** Folded lower-is-better metric words and phrases (words joined by one space). */
    private final Set<String> lowerWords;

    /** One benchmark line of a table. */
    private record Entry(String key, String name, Optional<String> metric, boolean lowerIsBetter) {}

    private Benchmarks(Map<String, Entry> byKey, Set<String> lowerWords) {
        this.byKey = Map.copyOf(byKey);
        this.lowerWords = Set.copyOf(lowerWords);
    }

    /** The shipped table of well-known benchmarks and lower-is-better metric names. */
    public static Benchmarks standard() {
        return STANDARD;
    }

    /** A table read from {@code text} alone (see the class comment for the grammar). */
    public static Benchmarks parse(String text) {
        try {
            return load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table read from {@code in} alone (see the class comment for the grammar). */
    public static Benchmarks load(Reader in) throws IOException {
        Map<String, Entry> byKey = new HashMap<>();
        Set<String> lower = new HashSet<>();
        read(in, byKey, lower);
        return new Benchmarks(byKey, lower);
    }

    /** A table read from the UTF-8 file {@code path} alone. */
    public static Benchmarks load(Path path) throws IOException {
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return load(in);
        }
    }

    /** This table with the lines of {@code other} added; its lines win over this table's. */
    public Benchmarks withTable(Benchmarks other) {
        Map<String, Entry> byKey = new HashMap<>(this.byKey);
        byKey.putAll(other.byKey);
        Set<String> lower = new HashSet<>(lowerWords);
        lower.addAll(other.lowerWords);
        return new Benchmarks(byKey, lower);
    }

    /** This table with the lines of the UTF-8 file {@code path} added; its lines win. */
    public Benchmarks withTable(Path path) throws IOException {
        return withTable(load(path));
    }

    /**
     * The key of the benchmark of the standard table: {@code standard().key(name)}. For code that
     * compares benchmark names, such as a query's {@code benchmark:} term.
     */
    public static String canonicalKey(String name) {
        return STANDARD.key(name);
    }

    /**
     * The benchmark key of {@code name}: its {@link #fold folded} form, mapped through the table's
     * aliases; empty when the name has no letters or digits. Keying a key again gives the same key.
     */
    public String key(String name) {
        String folded = fold(name);
        Entry e = byKey.get(folded);
        return e == null ? folded : e.key();
    }

    /** Whether the table lists the benchmark of {@code key} (a key from {@link #key}). */
    public boolean isKnown(String key) {
        return byKey.containsKey(key);
    }

    /** The benchmark's name as the table writes it, when the table lists it. */
    public Optional<String> tableName(String key) {
        return Optional.ofNullable(byKey.get(key)).map(Entry::name);
    }

    /** The benchmark's usual metric ({@code accuracy}, {@code FID}), when the table gives one. */
    public Optional<String> usualMetric(String key) {
        return Optional.ofNullable(byKey.get(key)).flatMap(Entry::metric);
    }

    /**
     * Whether scores of {@code metric} on the benchmark of {@code key} are better when lower: by
     * the metric's name when it has one ({@link #isLowerBetterMetric}), else by the benchmark's
     * usual metric from the table.
     */
    public boolean isLowerBetter(Optional<String> metric, String key) {
        if (metric.isPresent() && !metric.get().isBlank()) {
            return isLowerBetterMetric(metric.get());
        }
        Entry e = byKey.get(key);
        return e != null && e.lowerIsBetter();
    }

    /**
     * Whether a metric named {@code metric} is better when lower: one of its words, or a run of its
     * words, is in the table's lower-is-better list ({@code gFID}, {@code Word Error Rate}, {@code
     * top-1 error}, {@code PPL}).
     */
    public boolean isLowerBetterMetric(String metric) {
        List<String> words = words(metric);
        for (int i = 0; i < words.size(); i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < words.size() && j < i + 4; j++) {
                if (j > i) {
                    run.append(' ');
                }
                run.append(words.get(j));
                if (lowerWords.contains(run.toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The general folding of a benchmark name, without the table (see the class comment): {@code
     * The AIME-24 benchmark} is {@code aime2024}, {@code ImageNet 256×256} is {@code
     * imagenet256x256}.
     */
    public static String fold(String name) {
        String s = lowerCase(name);
        s = stripAffixes(s);
        List<String> runs = runs(s);
        StringBuilder out = new StringBuilder(s.length() + 2);
        for (int i = 0; i < runs.size(); i++) {
            String r = runs.get(i);
            if (isYearSuffix(runs, i)) {
                out.append("20");
            }
            out.append(r);
        }
        return out.toString();
    }

    /**
     * A name as written, for display: white space folded, a leading article and a trailing {@code
     * benchmark}, {@code dataset} or {@code test set} dropped, case kept ({@code the GSM8K
     * benchmark} shows as {@code GSM8K}).
     */
    public static String displayName(String name) {
        String s = name.strip().replaceAll("\\s+", " ");
        boolean changed = true;
        while (changed) {
            changed = false;
            String lower = s.toLowerCase(Locale.ROOT);
            for (String article : ARTICLES) {
                if (lower.startsWith(article) && s.length() > article.length()) {
                    s = s.substring(article.length()).strip();
                    changed = true;
                    break;
                }
            }
            lower = s.toLowerCase(Locale.ROOT);
            for (String suffix : SUFFIXES) {
                if (lower.endsWith(suffix) && s.length() > suffix.length()) {
                    s = s.substring(0, s.length() - suffix.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    private static String lowerCase(String name) {
        boolean ascii = true;
        for (int i = 0; i < name.length() && ascii; i++) {
            ascii = name.charAt(i) < 128;
        }
        String s = ascii ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
        s = s.toLowerCase(Locale.ROOT).replace('\u00d7', 'x').replace("+", " plus ");
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String stripAffixes(String s) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String article : ARTICLES) {
                if (s.startsWith(article) && s.length() > article.length()) {
                    s = s.substring(article.length()).strip();
                    changed = true;
                    break;
                }
            }
            for (String suffix : SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length()) {
                    s = s.substring(0, s.length() - suffix.length()).strip();
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** Runs of letters and runs of digits (a point between digits kept), in order. */
    private static List<String> runs(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) {
                int j = i;
                while (j < n && Character.isLetter(s.codePointAt(j))) {
                    j += Character.charCount(s.codePointAt(j));
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (Character.isDigit(cp)) {
                int j = i;
                while (j < n
                        && (Character.isDigit(s.charAt(j))
                                || (s.charAt(j) == '.' && j + 1 < n && Character.isDigit(s.charAt(j + 1)) && j > i))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    /** Whether run {@code i} is a two-digit year after a word: {@code 24} in {@code aime 24}. */
    private static boolean isYearSuffix(List<String> runs, int i) {
        String r = runs.get(i);
        if (i == 0 || r.length() != 2 || !Character.isDigit(r.charAt(0)) || !Character.isDigit(r.charAt(1))) {
            return false;
        }
        int v = Integer.parseInt(r);
        if (v < 19 || v > 30 || !Character.isLetter(runs.get(i - 1).charAt(0))) {
            return false;
        }
        // "21k" or "24b" is a size, not a year
        return i + 1 == runs.size()
                || (Character.isLetter(runs.get(i + 1).charAt(0))
                        && runs.get(i + 1).length() > 1);
    }

    /** The words of a metric name, lower case: runs of letters and digits. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : lowerCase(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static void read(Reader in, Map<String, Entry> byKey, Set<String> lower) throws IOException {
        BufferedReader r = new BufferedReader(in);
        String section = "";
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[")) {
                section = t;
                if (!section.equals("[benchmarks]") && !section.equals("[lower-is-better metrics]")) {
                    throw new IllegalArgumentException("benchmark table line " + number
                            + " must be [benchmarks] or [lower-is-better metrics], found '" + t + "'");
                }
            } else if (section.equals("[benchmarks]")) {
                readBenchmark(t, number, byKey);
            } else if (section.equals("[lower-is-better metrics]")) {
                for (String w : t.split(",")) {
                    List<String> ws = words(w);
                    if (!ws.isEmpty()) {
                        lower.add(String.join(" ", ws));
                    }
                }
            } else {
                throw new IllegalArgumentException("benchmark table line " + number
                        + " must follow a [benchmarks] or [lower-is-better metrics] header, found '" + t + "'");
            }
        }
    }

    private static void readBenchmark(String t, int number, Map<String, Entry> byKey) {
        String names = t;
        Optional<String> metric = Optional.empty();
        boolean lowerIsBetter = false;
        int semi = t.indexOf(';');
        if (semi >= 0) {
            names = t.substring(0, semi);
            List<String> m =
                    new ArrayList<>(List.of(t.substring(semi + 1).strip().split("\\s+")));
            String last = m.get(m.size() - 1).toLowerCase(Locale.ROOT);
            if (last.equals("lower") || last.equals("higher")) {
                lowerIsBetter = last.equals("lower");
                m.remove(m.size() - 1);
            }
            String metricName = String.join(" ", m).strip();
            metric = metricName.isEmpty() ? Optional.empty() : Optional.of(metricName);
        }
        int eq = names.indexOf('=');
        String name = (eq >= 0 ? names.substring(0, eq) : names).strip();
        String key = fold(name);
        if (key.isEmpty()) {
            throw new IllegalArgumentException(
                    "benchmark table line " + number + " must start with a benchmark name, found '" + t + "'");
        }
        Entry e = new Entry(key, name, metric, lowerIsBetter);
        byKey.put(key, e);
        if (eq >= 0) {
            for (String alias : names.substring(eq + 1).split(",")) {
                String a = fold(alias);
                if (!a.isEmpty()) {
                    byKey.put(a, e);
                }
            }
        }
    }

    private static Benchmarks loadStandard() {
        try (InputStream in = Benchmarks.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, "resource " + RESOURCE);
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "Benchmarks[" + byKey.size() + " names]";
    }
}
