package dev.paperdex.parser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores predicted claims against gold claims as EXTRACTION.md section 4 says: a predicted claim
 * matches a gold claim when the sentences are equal after folding white space; type agreement is
 * exact set equality over matched pairs. Also counts per-type precision and recall over (sentence,
 * type) pairs and subject agreement over matched pairs.
 */
final class ClaimsScore {
    /** One gold claim. */
    record Gold(String sentence, Set<ClaimType> types, Optional<String> subject) {}

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;
    private int sameTypes;
    private int sameSubject;
    private final Map<ClaimType, int[]> perType = new EnumMap<>(ClaimType.class);
    private final List<String> problems = new ArrayList<>();

    /** The gold claims of one line of a gold claims file. */
    static List<Gold> goldOf(JsonNode entry) {
        List<Gold> claims = new ArrayList<>();
        for (JsonNode c : entry.get("claims")) {
            Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
            c.get("types").forEach(t -> types.add(ClaimType.parse(t.asText())));
            JsonNode subject = c.get("subject");
            claims.add(new Gold(
                    c.get("sentence").asText(),
                    types,
                    subject == null || subject.isNull() ? Optional.empty() : Optional.of(subject.asText())));
        }
        return claims;
    }

    static String fold(String s) {
        return String.join(" ", s.strip().split("\\s+"));
    }

    /** Adds one paper's predictions and gold claims. */
    void add(String id, List<Claim> predicted, List<Gold> gold) {
        Map<String, Gold> byText = new HashMap<>();
        for (Gold g : gold) {
            byText.put(fold(g.sentence()), g);
        }
        for (Claim c : predicted) {
            Gold g = byText.remove(fold(c.sentence()));
            for (ClaimType t : c.types()) {
                counts(t)[g != null && g.types().contains(t) ? 0 : 1]++;
            }
            if (g == null) {
                falsePositives++;
                problems.add("FP " + id + " " + c.types() + " " + c.cues() + "\n    " + fold(c.sentence()));
                continue;
            }
            truePositives++;
            for (ClaimType t : g.types()) {
                if (!c.types().contains(t)) {
                    counts(t)[2]++;
                }
            }
            if (g.types().equals(c.types())) {
                sameTypes++;
            } else {
                problems.add("TYPE " + id + " gold=" + g.types() + " got=" + c.types() + " " + c.cues() + "\n    "
                        + fold(c.sentence()));
            }
            if (Objects.equals(g.subject(), c.subject())) {
                sameSubject++;
            } else {
                problems.add("SUBJECT " + id + " gold=" + g.subject().orElse("-") + " got="
                        + c.subject().orElse("-"));
            }
        }
        for (Gold g : byText.values()) {
            falseNegatives++;
            for (ClaimType t : g.types()) {
                counts(t)[2]++;
            }
            problems.add("FN " + id + " " + g.types() + "\n    " + fold(g.sentence()));
        }
    }

    /** [true positives, false positives, false negatives] of (sentence, type) pairs. */
    private int[] counts(ClaimType type) {
        return perType.computeIfAbsent(type, t -> new int[3]);
    }

    double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double typeAgreement() {
        return ratio(sameTypes, truePositives);
    }

    double subjectAgreement() {
        return ratio(sameSubject, truePositives);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "claims: matched=%d false-positives=%d false-negatives=%d%n"
                        + "precision=%.3f recall=%.3f F1=%.3f type-agreement=%.3f subject-agreement=%.3f%n",
                truePositives,
                falsePositives,
                falseNegatives,
                precision(),
                recall(),
                f1(),
                typeAgreement(),
                subjectAgreement()));
        for (ClaimType t : ClaimType.values()) {
            int[] c = counts(t);
            out.append(String.format(
                    Locale.ROOT,
                    "  %-12s precision=%.3f recall=%.3f (tp=%d fp=%d fn=%d)%n",
                    t.jsonName(),
                    ratio(c[0], c[0] + c[1]),
                    ratio(c[0], c[0] + c[2]),
                    c[0],
                    c[1],
                    c[2]));
        }
        return out.toString();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }
}
