package dev.paperdex.parser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdex.MetricKind;
import dev.paperdex.Qualifier;
import dev.paperdex.ReportedMetric;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores predicted metrics against the gold file by EXTRACTION.md section 4: a prediction matches
 * a gold metric of the same paper when value, upper and unit are equal (values to 1e-6), each gold
 * metric matching at most one prediction; precision, recall and F1 are micro-averaged. Matched
 * pairs are also compared on kind, normalised benchmark and qualifier.
 */
final class MetricsScorer {
    /** The groups the scores are broken down by, decided from the gold metric. */
    enum Phenomenon {
        RANGE("range"),
        BOUNDED("approximate/bounded"),
        RATIO("ratio"),
        LIST("respectively/list"),
        CHANGE("change"),
        SCORE("score");

        final String label;

        Phenomenon(String label) {
            this.label = label;
        }
    }

    /** One metric of the gold file. */
    record Gold(
            String text,
            double value,
            Double upper,
            String unit,
            String kind,
            String qualifier,
            String benchmark,
            String metric) {}

    /** Counts for one group. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    final Counts overall = new Counts();
    final Map<Phenomenon, Counts> byPhenomenon = new EnumMap<>(Phenomenon.class);
    int matched;
    int sameKind;
    int sameBenchmark;
    int sameMetric;
    int sameQualifier;
    final List<String> falsePositives = new ArrayList<>();
    final List<String> falseNegatives = new ArrayList<>();
    final List<String> disagreements = new ArrayList<>();

    MetricsScorer() {
        for (Phenomenon p : Phenomenon.values()) {
            byPhenomenon.put(p, new Counts());
        }
    }

    /** Reads the gold file: paper id to its metrics, in file order. */
    static Map<String, List<Gold>> readGold(InputStream in) {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, List<Gold>> gold = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode paper = mapper.readTree(line);
                List<Gold> metrics = new ArrayList<>();
                for (JsonNode m : paper.get("metrics")) {
                    metrics.add(new Gold(
                            m.get("text").asText(),
                            m.get("value").asDouble(),
                            m.get("upper").isNull() ? null : m.get("upper").asDouble(),
                            m.get("unit").asText(),
                            m.get("kind").asText(),
                            m.get("qualifier").asText(),
                            m.get("benchmark").isNull()
                                    ? null
                                    : m.get("benchmark").asText(),
                            m.path("metric").isTextual() ? m.get("metric").asText() : null));
                }
                gold.put(paper.get("id").asText(), metrics);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gold;
    }

    /** Scores one paper's predictions against its gold metrics. */
    void score(String id, String abstractText, List<Gold> gold, List<ReportedMetric> predicted) {
        boolean[] used = new boolean[predicted.size()];
        List<Set<Phenomenon>> goldGroups = phenomena(abstractText, gold);
        for (int g = 0; g < gold.size(); g++) {
            Gold gm = gold.get(g);
            int hit = -1;
            for (int p = 0; p < predicted.size() && hit < 0; p++) {
                if (!used[p] && matches(gm, predicted.get(p))) {
                    hit = p;
                }
            }
            Set<Phenomenon> groups = goldGroups.get(g);
            if (hit < 0) {
                overall.fn++;
                groups.forEach(ph -> byPhenomenon.get(ph).fn++);
                falseNegatives.add(id + " '" + gm.text() + "' " + gm.value() + " " + gm.unit());
                continue;
            }
            used[hit] = true;
            overall.tp++;
            groups.forEach(ph -> byPhenomenon.get(ph).tp++);
            ReportedMetric pm = predicted.get(hit);
            matched++;
            if (pm.kind().jsonName().equals(gm.kind())) {
                sameKind++;
            } else {
                disagreements.add("kind " + id + " '" + gm.text() + "' gold=" + gm.kind() + " got="
                        + pm.kind().jsonName());
            }
            if (Objects.equals(
                    normalizeBenchmark(gm.benchmark()),
                    normalizeBenchmark(pm.benchmark().orElse(null)))) {
                sameBenchmark++;
            } else {
                disagreements.add("benchmark " + id + " '" + gm.text() + "' gold=" + gm.benchmark() + " got="
                        + pm.benchmark().orElse(null));
            }
            if (sameMetricName(gm.metric(), pm.metric().orElse(null))) {
                sameMetric++;
            } else {
                disagreements.add("metric " + id + " '" + gm.text() + "' gold=" + gm.metric() + " got="
                        + pm.metric().orElse(null));
            }
            if (pm.qualifier().jsonName().equals(gm.qualifier())) {
                sameQualifier++;
            } else {
                disagreements.add("qualifier " + id + " '" + gm.text() + "' gold=" + gm.qualifier() + " got="
                        + pm.qualifier().jsonName());
            }
        }
        for (int p = 0; p < predicted.size(); p++) {
            if (!used[p]) {
                ReportedMetric pm = predicted.get(p);
                overall.fp++;
                ownPhenomena(abstractText, pm).forEach(ph -> byPhenomenon.get(ph).fp++);
                falsePositives.add(id + " '" + pm.text() + "' " + pm.value() + " " + pm.unit());
            }
        }
    }

    static boolean matches(Gold g, ReportedMetric p) {
        if (Math.abs(g.value() - p.value()) > 1e-6 || !g.unit().equals(p.unit())) {
            return false;
        }
        if (g.upper() == null) {
            return p.upper().isEmpty();
        }
        return p.upper().isPresent() && Math.abs(g.upper() - p.upper().getAsDouble()) <= 1e-6;
    }

    /**
     * The benchmark compared case-insensitively after trimming leading articles, punctuation and a
     * trailing {@code benchmark}, {@code dataset} or {@code test set} (plural forms too).
     */
    static String normalizeBenchmark(String b) {
        if (b == null) {
            return null;
        }
        String s = b.toLowerCase(Locale.ROOT).trim();
        String before;
        do {
            before = s;
            s = trimPunctuation(s);
            for (String article : List.of("the ", "a ", "an ")) {
                if (s.startsWith(article)) {
                    s = s.substring(article.length()).trim();
                }
            }
            for (String tail :
                    List.of(" benchmarks", " benchmark", " datasets", " dataset", " test sets", " test set")) {
                if (s.endsWith(tail)) {
                    s = s.substring(0, s.length() - tail.length()).trim();
                }
            }
        } while (!s.equals(before));
        return s.isEmpty() ? null : s;
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int e = s.length();
        while (a < e && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (e > a && !Character.isLetterOrDigit(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(a, e).trim();
    }

    /** The groups of each gold metric; list membership needs the abstract to find the sentence. */
    private static List<Set<Phenomenon>> phenomena(String abstractText, List<Gold> gold) {
        List<Set<Phenomenon>> out = new ArrayList<>();
        int[] starts = new int[gold.size()];
        int cursor = 0;
        for (int g = 0; g < gold.size(); g++) {
            int at = abstractText.indexOf(gold.get(g).text(), cursor);
            if (at < 0) {
                at = abstractText.indexOf(gold.get(g).text());
            }
            starts[g] = at;
            if (at >= 0) {
                cursor = at + 1;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            Gold gm = gold.get(g);
            Set<Phenomenon> s = EnumSet.noneOf(Phenomenon.class);
            if (gm.upper() != null) {
                s.add(Phenomenon.RANGE);
            }
            if (!gm.qualifier().equals("exact")) {
                s.add(Phenomenon.BOUNDED);
            }
            if (gm.kind().equals("ratio")) {
                s.add(Phenomenon.RATIO);
            }
            if (gm.kind().equals("change")) {
                s.add(Phenomenon.CHANGE);
            }
            if (gm.kind().equals("score")) {
                s.add(Phenomenon.SCORE);
            }
            if (starts[g] >= 0) {
                int end = starts[g] + gm.text().length();
                boolean list = sentenceAround(abstractText, starts[g]).contains("respectively");
                for (int o = 0; o < gold.size() && !list; o++) {
                    if (o != g && starts[o] >= 0) {
                        list = coordinated(
                                abstractText,
                                starts[g],
                                end,
                                starts[o],
                                starts[o] + gold.get(o).text().length());
                    }
                }
                if (list) {
                    s.add(Phenomenon.LIST);
                }
            }
            out.add(s);
        }
        return out;
    }

    /** The groups of an unmatched prediction, from its own fields. */
    private static Set<Phenomenon> ownPhenomena(String abstractText, ReportedMetric m) {
        Set<Phenomenon> s = EnumSet.noneOf(Phenomenon.class);
        if (m.upper().isPresent()) {
            s.add(Phenomenon.RANGE);
        }
        if (m.qualifier() != Qualifier.EXACT) {
            s.add(Phenomenon.BOUNDED);
        }
        s.add(
                m.kind() == MetricKind.RATIO
                        ? Phenomenon.RATIO
                        : m.kind() == MetricKind.CHANGE ? Phenomenon.CHANGE : Phenomenon.SCORE);
        if (sentenceAround(abstractText, m.start()).contains("respectively")) {
            s.add(Phenomenon.LIST);
        }
        return s;
    }

    /** Two mentions of one sentence joined by a short stretch with a comma or {@code and}. */
    private static boolean coordinated(String text, int s1, int e1, int s2, int e2) {
        int from = Math.min(e1, e2);
        int to = Math.max(s1, s2);
        if (to < from || to - from > 40) {
            return false;
        }
        String between = text.substring(from, to);
        if (between.contains(". ")) {
            return false;
        }
        return between.contains(",") || between.contains(" and ") || between.contains(" or ");
    }

    /** The sentence around an offset: from after the previous ". " to the next ". ". */
    private static String sentenceAround(String text, int at) {
        int s = text.lastIndexOf(". ", Math.max(0, at));
        int e = text.indexOf(". ", at);
        return text.substring(s < 0 ? 0 : s + 2, e < 0 ? text.length() : e);
    }

    static double share(int n, int of) {
        return of == 0 ? 1.0 : (double) n / of;
    }

    double f1() {
        return overall.f1();
    }

    double kindAgreement() {
        return share(sameKind, matched);
    }

    double benchmarkAgreement() {
        return share(sameBenchmark, matched);
    }

    /**
     * The share of matched pairs whose metric names agree. Names are free text ({@code FID} for
     * {@code FID scores}), so this is looser than the spec's fields: both null, or equal after
     * lower-casing and trimming articles, punctuation and a plural {@code s}, or one containing the
     * other. Not a bar of the spec; reported so that naming cannot silently get worse.
     */
    double metricAgreement() {
        return share(sameMetric, matched);
    }

    static boolean sameMetricName(String gold, String predicted) {
        String a = normalizeName(gold);
        String b = normalizeName(predicted);
        if (a == null || b == null) {
            return a == b;
        }
        return a.equals(b) || a.contains(b) || b.contains(a);
    }

    private static String normalizeName(String s) {
        if (s == null) {
            return null;
        }
        String n = trimPunctuation(s.toLowerCase(Locale.ROOT));
        for (String article : List.of("the ", "a ", "an ")) {
            if (n.startsWith(article)) {
                n = n.substring(article.length());
            }
        }
        if (n.endsWith("s")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.isEmpty() ? null : n;
    }

    double qualifierAgreement() {
        return share(sameQualifier, matched);
    }

    /** The printed report. */
    String report(boolean verbose) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "metrics gold: tp=%d fp=%d fn=%d  P=%.3f R=%.3f F1=%.3f%n",
                overall.tp,
                overall.fp,
                overall.fn,
                overall.precision(),
                overall.recall(),
                overall.f1()));
        for (Phenomenon p : Phenomenon.values()) {
            Counts c = byPhenomenon.get(p);
            b.append(String.format(
                    Locale.ROOT,
                    "  %-20s tp=%3d fp=%3d fn=%3d  P=%.3f R=%.3f F1=%.3f%n",
                    p.label,
                    c.tp,
                    c.fp,
                    c.fn,
                    c.precision(),
                    c.recall(),
                    c.f1()));
        }
        b.append(String.format(
                Locale.ROOT,
                "  matched pairs=%d  kind=%.3f  benchmark=%.3f  qualifier=%.3f  metric-name=%.3f%n",
                matched,
                kindAgreement(),
                benchmarkAgreement(),
                qualifierAgreement(),
                metricAgreement()));
        if (verbose) {
            falsePositives.forEach(s -> b.append("  FP ").append(s).append('\n'));
            falseNegatives.forEach(s -> b.append("  FN ").append(s).append('\n'));
            disagreements.forEach(s -> b.append("  DIFF ").append(s).append('\n'));
        }
        return b.toString();
    }
}
