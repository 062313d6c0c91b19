package dev.paperdex.group;

import dev.paperdex.Claim;
import dev.paperdex.ClaimType;
import dev.paperdex.MetricKind;
import dev.paperdex.ReportedMetric;
import dev.paperdex.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whose result a reported metric is: the paper's own, or a baseline's, a starting point, or other
 * work's. Each decision that keeps a metric off a leaderboard has a name, returned by {@link
 * #notOwn}. The cue phrases are data, in {@code credit.txt} beside this class.
 */
final class Credit {
    /** The metric lies in no claim sentence of the paper. */
    static final String NOT_IN_CLAIM = "not-in-claim";
    /** The claim around the metric asserts no performance, sota or efficiency result. */
    static final String NOT_A_RESULT = "not-a-result";
    /** The number is where a change started: {@code from 57.2% to 65%}. */
    static final String FROM_VALUE = "from-value";
    /** The number is what the paper compares against: {@code compared to 80.1%}. */
    static final String COMPARATOR = "comparator";
    /** The number stands right by the metric's baseline: {@code GPT-4o (80.1%)}. */
    static final String BASELINE_VALUE = "baseline-value";
    /** The clause before the number credits it to other work: {@code even GPT-4o only reaches 30%}. */
    static final String OTHER_WORK = "other-work";

    private static final Map<String, List<String>> CUES = load();
    private static final Pattern BASELINE_BEFORE = Pattern.compile(
            "^[\\s(\\[]*(?:'s|’s|:|,|=)?\\s*(?:only|just|merely)?\\s*"
                    + "(?:at|of|with|achieves|achieved|reaches|reached|scores|scored|gets|got|obtains|obtained)?[\\s(\\[]*$");
    private static final Pattern BASELINE_AFTER = Pattern.compile(
            "^\\s*(?:for|of|by|from|achieved by|obtained by|reported by|reached by|attained by)\\s*(?:the\\s+)?$");

    private Credit() {}

    /**
     * The claim sentence of {@code claims} (in text order) that holds {@code metric}, if any.
     */
    static Optional<Claim> claimOf(List<Claim> claims, ReportedMetric metric) {
        Span s = metric.span();
        for (Claim c : claims) {
            if (c.span().contains(s)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code metric}, in {@code claim} (empty: in no claim), is not the paper's own result;
     * empty when it is.
     */
    static Optional<String> notOwn(Optional<Claim> claim, ReportedMetric metric) {
        if (claim.isEmpty()) {
            return Optional.of(NOT_IN_CLAIM);
        }
        Claim c = claim.get();
        if (!c.is(ClaimType.PERFORMANCE) && !c.is(ClaimType.SOTA) && !c.is(ClaimType.EFFICIENCY)) {
            return Optional.of(NOT_A_RESULT);
        }
        String sentence = c.sentence();
        int at = Math.max(0, Math.min(sentence.length(), metric.start() - c.start()));
        int end = Math.max(at, Math.min(sentence.length(), metric.end() - c.start()));
        String before = sentence.substring(0, at);
        // a change is measured against something by definition: its baseline does not make it theirs
        if (metric.kind() != MetricKind.SCORE) {
            return Optional.empty();
        }
        String tail = lastWords(before, 4);
        if (endsWithCue(tail, "from")) {
            return Optional.of(FROM_VALUE);
        }
        if (endsWithCue(tail, "comparator")) {
            return Optional.of(COMPARATOR);
        }
        if (metric.baselineSpan().isPresent()) {
            Span b = metric.baselineSpan().get();
            int bs = b.start() - c.start();
            int be = b.end() - c.start();
            if (be <= at
                    && bs >= 0
                    && at - be <= 24
                    && BASELINE_BEFORE.matcher(sentence.substring(be, at)).matches()) {
                return Optional.of(BASELINE_VALUE);
            }
            if (bs >= end
                    && be <= sentence.length()
                    && bs - end <= 24
                    && BASELINE_AFTER.matcher(sentence.substring(end, bs)).matches()) {
                return Optional.of(BASELINE_VALUE);
            }
        }
        String clause = clauseBefore(before);
        String folded = " " + words(clause) + " ";
        boolean own =
                c.subject().filter(s -> !s.isBlank() && clause.contains(s)).isPresent() || containsCue(folded, "own");
        if (!own && containsCue(folded, "other")) {
            return Optional.of(OTHER_WORK);
        }
        return Optional.empty();
    }

    /** The text since the last clause break (comma, semicolon, colon, parenthesis). */
    private static String clauseBefore(String before) {
        int cut = -1;
        for (int i = before.length() - 1; i >= 0; i--) {
            char ch = before.charAt(i);
            if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')') {
                // a comma inside a number list is not a clause break
                cut = i;
                break;
            }
        }
        return before.substring(cut + 1);
    }

    private static String lastWords(String before, int n) {
        String[] w = words(before).split(" ");
        int from = Math.max(0, w.length - n);
        StringBuilder out = new StringBuilder();
        for (int i = from; i < w.length; i++) {
            if (!w[i].isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(w[i]);
            }
        }
        return out.toString();
    }

    private static boolean endsWithCue(String tail, String section) {
        String t = " " + tail;
        for (String cue : CUES.getOrDefault(section, List.of())) {
            if (t.endsWith(" " + cue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsCue(String folded, String section) {
        for (String cue : CUES.getOrDefault(section, List.of())) {
            if (folded.contains(" " + cue + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words (letters, digits, hyphens, points inside words), one space apart. */
    static String words(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        String s = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean inWord = Character.isLetterOrDigit(ch)
                    || ((ch == '-' || ch == '.') && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)));
            if (inWord) {
                out.append(ch);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        String w = out.toString().strip();
        // a sentence-final point is not part of the last word
        return w.endsWith(".") && !w.endsWith("vs.") ? w.substring(0, w.length() - 1) : w;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = Credit.class.getResourceAsStream("credit.txt")) {
            Objects.requireNonNull(in, "resource credit.txt");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = null;
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t.substring(1, t.length() - 1);
                    out.putIfAbsent(section, new ArrayList<>());
                } else if (section != null) {
                    String cue = t.toLowerCase(Locale.ROOT).equals("vs.") ? "vs." : words(t);
                    out.get(section).add(cue);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }
}
