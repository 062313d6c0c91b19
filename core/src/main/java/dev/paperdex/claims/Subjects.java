package dev.paperdex.claims;

import dev.paperdex.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The names of the paper's own method or model: the title's prefix before {@code ':'} when it is a
 * name used in the abstract, and the names the abstract introduces ("we propose X", "namely X",
 * "X (ACRONYM)").
 */
final class Subjects {
    private static final Set<String> INTRO_VERBS = Set.of("propose", "proposes", "introduce", "introduces",
            "present", "presents", "develop", "develops", "namely", "named", "called", "termed", "dubbed");
    private static final Set<String> PHRASE_ENDS = Set.of("which", "that", "a", "an", "the", "to", "for", "with",
            "as", "in", "and", "is", "on", "by", "from");
    private static final int MAX_NAME_WORDS = 5;

    private final List<String> names;
    private final Optional<String> main;

    private Subjects(List<String> names, Optional<String> main) {
        this.names = names;
        this.main = main;
    }

    static Subjects of(String text, List<Span> spans, Optional<String> title) {
        Set<String> names = new LinkedHashSet<>();
        title.flatMap(t -> titleName(t, text)).ifPresent(names::add);
        for (Span span : spans) {
            introduced(span.of(text), names);
        }
        List<String> list = List.copyOf(names);
        return new Subjects(list, list.isEmpty() ? Optional.empty() : Optional.of(list.get(0)));
    }

    /** Whether the sentence names one of the paper's own methods or models. */
    boolean mentionedIn(String sentence) {
        for (String word : words(sentence)) {
            for (String name : names) {
                if (word.equals(name) || word.startsWith(name + "-")) {
                    return true;
                }
            }
        }
        for (String name : names) {
            if (name.indexOf(' ') > 0 && sentence.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name the sentence uses, extended by a size suffix ({@code MINT-CoT-7B}), else the paper's
     * main name.
     */
    Optional<String> subjectOf(String sentence) {
        for (String word : words(sentence)) {
            for (String name : names) {
                if (word.equals(name)) {
                    return Optional.of(name);
                }
                if (word.startsWith(name + "-") && word.length() > name.length() + 1
                        && Character.isDigit(word.charAt(name.length() + 1))) {
                    return Optional.of(word);
                }
            }
        }
        for (String name : names) {
            if (name.indexOf(' ') > 0 && sentence.contains(name)) {
                return Optional.of(name);
            }
        }
        return main;
    }

    private static Optional<String> titleName(String title, String text) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String prefix = title.substring(0, colon).trim();
        String[] parts = prefix.split("\\s+");
        if (parts.length > 3) {
            return Optional.empty();
        }
        if (isName(parts[0]) || parts.length == 1 && Character.isUpperCase(prefix.charAt(0))) {
            if (containsWord(text, prefix)) {
                return Optional.of(prefix);
            }
            if (isName(parts[0]) && containsWord(text, parts[0])) {
                return Optional.of(parts[0]);
            }
        }
        return Optional.empty();
    }

    private static void introduced(String sentence, Set<String> names) {
        String[] raw = sentence.split("\\s+");
        for (int i = 0; i + 1 < raw.length; i++) {
            if (!INTRO_VERBS.contains(strip(raw[i]).toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> phrase = new ArrayList<>();
            String acronym = null;
            for (int j = i + 1; j < raw.length && phrase.size() < MAX_NAME_WORDS; j++) {
                String w = raw[j];
                String s = strip(w);
                if (w.startsWith("(")) {
                    if (isName(s) && !phrase.isEmpty()) {
                        acronym = s;
                    }
                    break;
                }
                if (s.isEmpty() || !(Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0)))
                        || PHRASE_ENDS.contains(s)) {
                    break;
                }
                phrase.add(s);
                if (w.endsWith(",") || w.endsWith(":") || w.endsWith(";") || w.endsWith(".")) {
                    break;
                }
            }
            if (acronym != null) {
                names.add(acronym);
            } else if (phrase.size() == 1 || phrase.size() <= 3 && !phrase.isEmpty() && isName(phrase.get(0))) {
                names.add(String.join(" ", phrase));
            }
        }
    }

    /** A word that looks like a model name: an inner capital, a digit, or all capitals. */
    static boolean isName(String word) {
        if (word.length() < 2 || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        boolean inner = false;
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i > 0 && (Character.isUpperCase(c) || Character.isDigit(c))) {
                inner = true;
            }
            if (Character.isLowerCase(c)) {
                lower = true;
            }
        }
        return inner || !lower;
    }

    private static boolean containsWord(String text, String word) {
        for (int from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 1)) {
            int end = from + word.length();
            boolean before = from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        for (String w : sentence.split("\\s+")) {
            String s = strip(w);
            if (s.endsWith("'s") || s.endsWith("\u2019s")) {
                s = s.substring(0, s.length() - 2);
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String strip(String word) {
        int s = 0;
        int e = word.length();
        while (s < e && "([{\"'`\u201c\u2018".indexOf(word.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && ".,;:!?)]}\"'\u201d\u2019".indexOf(word.charAt(e - 1)) >= 0) {
            e--;
        }
        return word.substring(s, e);
    }
}
