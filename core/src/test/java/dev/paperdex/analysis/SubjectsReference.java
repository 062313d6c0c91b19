package dev.paperdex.analysis;

import dev.paperdex.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Subjects} as it was before it read sentences through their tokens and {@link SubjectWords}:
 * the string algorithm, kept as the reference that {@link SubjectsEquivalenceTest} compares with.
 */
final class SubjectsReference {
    private static final Set<String> INTRO_VERBS = Set.of(
            "propose",
            "proposes",
            "proposed",
            "introduce",
            "introduces",
            "introduced",
            "describes",
            "present",
            "presents",
            "presented",
            "develop",
            "develops",
            "developed",
            "formulate",
            "build",
            "design",
            "construct",
            "constructed",
            "curate",
            "curated",
            "namely",
            "named",
            "called",
            "termed",
            "dubbed",
            "call",
            "term",
            "dub");
    private static final Set<String> COMPONENTS =
            Set.of("mechanism", "module", "component", "block", "strategy", "scheme", "loss", "objective");
    private static final Set<String> LEADING = Set.of(
            "a",
            "an",
            "the",
            "our",
            "novel",
            "new",
            "simple",
            "first",
            "generic",
            "general",
            "unified",
            "efficient",
            "effective");
    private static final Set<String> ACRONYM_FOLLOWERS = Set.of(
            "to",
            "that",
            "which",
            "--",
            "-",
            "for",
            "is",
            "as",
            "can",
            "has",
            "enables",
            "achieves",
            "outperforms",
            "improves",
            "uses",
            "learns",
            "leverages",
            "combines",
            "employs",
            "reduces",
            "allows",
            "provides");
    private static final int ACRONYM_WINDOW = 15;
    private static final int MAX_NAME_WORDS = 4;
    /** An abstract introduces a handful of names; the cap keeps matching linear in the text. */
    private static final int MAX_NAMES = 12;

    /** Each name with the offset of its first mention in the abstract. */
    private final Map<String, Integer> names;

    private final Optional<String> main;
    /** The names in lower case ({@link Token#lower}), in the order of {@link #names}. */
    private final List<String> foldedNames;

    private SubjectsReference(Map<String, Integer> names) {
        this.names = names;
        this.main = names.keySet().stream().findFirst();
        List<String> folded = new ArrayList<>(names.size());
        for (String name : names.keySet()) {
            folded.add(Token.lower(name));
        }
        this.foldedNames = folded;
    }

    /**
     * The names of an abstract whose sentences' cue tokens are known: a sentence is read for names
     * only when its tokens could introduce one (an introducing verb, a colon, or {@code , a}).
     */
    static SubjectsReference of(String text, List<Span> spans, List<SentenceCues> cues, Optional<String> title) {
        List<String> found = new ArrayList<>();
        title.flatMap(t -> titleName(t, text)).ifPresent(found::add);
        for (int s = 0; s < spans.size(); s++) {
            if (mayIntroduce(cues.get(s).tokens())) {
                introduced(spans.get(s).textIn(text), found);
            }
        }
        int known = found.size();
        for (int s = 0; s < spans.size() && known > 0; s++) {
            String sentence = spans.get(s).textIn(text);
            boolean mentions = false;
            for (int k = 0; k < known; k++) {
                mentions |= firstMention(sentence, found.get(k)) >= 0;
            }
            String[] raw = splitOnWhiteSpace(sentence).toArray(new String[0]);
            for (int i = 0; mentions && i + 1 < raw.length; i++) {
                if (found.size() < MAX_NAMES
                        && raw[i].startsWith("(")
                        && raw[i].endsWith(")")
                        && isAcronym(raw[i])
                        && COMPONENTS.contains(strip(raw[i + 1]).toLowerCase(Locale.ROOT))) {
                    found.add(strip(raw[i]));
                }
            }
        }
        Map<String, Integer> names = new LinkedHashMap<>();
        for (String name : found) {
            if (names.size() == MAX_NAMES) {
                break;
            }
            int at = firstMention(text, name);
            if (at >= 0) {
                names.putIfAbsent(name, at);
            }
        }
        return new SubjectsReference(names);
    }

    /** The name the sentence itself uses, extended by a size suffix ({@code MINT-CoT-7B}). */
    Optional<String> named(String sentence) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        // every word match needs the name inside the sentence (in some capitals): most sentences
        // have none, and are not split into words at all
        String folded = Token.lower(sentence);
        boolean inside = false;
        for (String name : foldedNames) {
            if (folded.contains(name)) {
                inside = true;
                break;
            }
        }
        for (String word : inside ? words(sentence) : List.<String>of()) {
            for (String name : names.keySet()) {
                // "PREF-GRPO" for "Pref-GRPO": a long name written in other capitals
                if (word.equals(name) || name.length() >= 5 && word.equalsIgnoreCase(name)) {
                    return Optional.of(name);
                }
                if (word.length() > name.length() + 1
                        && word.startsWith(name)
                        && word.charAt(name.length()) == '-'
                        && Character.isDigit(word.charAt(name.length() + 1))) {
                    return Optional.of(word);
                }
            }
        }
        for (String name : names.keySet()) {
            if (name.indexOf(' ') > 0 && indexOf(sentence, name, 0) >= 0) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /**
     * The subject of the sentence at {@code start}: the name it uses ({@code named}, from {@link
     * #named}), else the name the previous sentence used when it is led by "it", else the main name
     * once the abstract has mentioned it.
     */
    Optional<String> subjectOf(SentenceCues sentence, int start, Optional<String> previous, Optional<String> named) {
        if (named.isPresent()) {
            return named;
        }
        if (previous.isPresent() && ledByPronoun(sentence.tokens())) {
            return previous;
        }
        return main.filter(m -> names.get(m) <= start);
    }

    private static boolean ledByPronoun(CueTokens tokens) {
        for (int i = 0; i < Math.min(3, tokens.size()); i++) {
            if (tokens.word(i).equals("it") || tokens.word(i).equals("its")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> titleName(String title, String text) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return acronymOf(title, text);
        }
        String prefix = title.substring(0, colon).trim();
        String[] parts = splitOnRegexSpace(prefix);
        for (String part : parts) {
            if (part.startsWith("(") && part.endsWith(")") && isName(strip(part))) {
                return Optional.of(strip(part));
            }
        }
        if (parts.length > 3 || firstMention(text, prefix) < 0) {
            // "LLMs Lost in Translation: ..." names no method: a plural acronym is a class of models
            return parts.length > 0 && isName(parts[0]) && !isPlural(parts[0]) && firstMention(text, parts[0]) >= 0
                    ? Optional.of(parts[0])
                    : Optional.empty();
        }
        if (parts.length == 1 && prefix.length() >= 3) {
            return Optional.of(prefix);
        }
        for (String part : parts) {
            if (isName(part) || part.chars().anyMatch(Character::isDigit)) {
                return Optional.of(prefix);
            }
        }
        return acronymOf(prefix, text).or(() -> acronymOf(title.substring(colon + 1), text));
    }

    private static final Set<String> TITLE_SKIPPED =
            Set.of("a", "an", "the", "of", "for", "and", "in", "on", "to", "with", "via", "by");

    /** The initials of the title's words and hyphenated parts, when the text defines them as "(ACRONYM)". */
    private static Optional<String> acronymOf(String title, String text) {
        String initials = java.util.Arrays.stream(title.trim().split("[\\s-]+"))
                .map(SubjectsReference::strip)
                .filter(p -> !p.isEmpty() && !TITLE_SKIPPED.contains(p) && Character.isLetter(p.charAt(0)))
                .map(p -> String.valueOf(Character.toUpperCase(p.charAt(0))))
                .collect(java.util.stream.Collectors.joining());
        return initials.length() >= 3 && initials.length() <= 8 && text.contains("(" + initials + ")")
                ? Optional.of(initials)
                : Optional.empty();
    }

    /**
     * Whether {@link #introduced} can find a name in the sentence of these tokens: each of its
     * patterns needs an introducing verb, a colon, or a comma before {@code a}/{@code an} among them.
     */
    private static boolean mayIntroduce(CueTokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.word(i);
            if (w.equals(":")
                    || w.equals(",")
                            && i + 1 < tokens.size()
                            && (tokens.word(i + 1).equals("a")
                                    || tokens.word(i + 1).equals("an"))
                    || INTRO_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static void introduced(String sentence, List<String> names) {
        String[] raw = splitOnWhiteSpace(sentence).toArray(new String[0]);
        for (int i = 0; i < raw.length; i++) {
            String verb = Token.lower(strip(raw[i]));
            if (appositiveName(raw, i)) {
                // "MLM-U, an objective explicitly predicting ...": a name defined as a method
                names.add(strip(raw[i]));
                continue;
            }
            if (raw[i].endsWith(":")
                    && ClaimLexicons.INSTANCE.methodNouns.contains(verb)
                    && i + 1 < raw.length
                    && isName(strip(raw[i + 1]))) {
                names.add(strip(raw[i + 1]));
                continue;
            }
            if (!INTRO_VERBS.contains(verb)) {
                continue;
            }
            boolean firstPersonOnly = verb.startsWith("construct") || verb.startsWith("curate");
            if (firstPersonOnly
                    && !(i >= 1 && strip(raw[i - 1]).equalsIgnoreCase("we")
                            || i >= 2 && strip(raw[i - 2]).equalsIgnoreCase("we"))) {
                continue;
            }
            Optional<String> name = phraseAfter(raw, i);
            if (name.isEmpty()) {
                name = acronymAfter(raw, i);
            }
            name.ifPresent(names::add);
        }
    }

    /** Whether {@code raw[i]} is a name followed by ", a|an" and a method noun within three words. */
    private static boolean appositiveName(String[] raw, int i) {
        if (!raw[i].endsWith(",") || i + 2 >= raw.length || !isName(strip(raw[i])) || isPlural(strip(raw[i]))) {
            return false;
        }
        String article = raw[i + 1].toLowerCase(Locale.ROOT);
        if (!article.equals("a") && !article.equals("an")) {
            return false;
        }
        for (int j = i + 2; j < raw.length && j <= i + 4; j++) {
            if (ClaimLexicons.INSTANCE.methodNouns.contains(strip(raw[j]).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first {@code (ACRONYM)} within a few words after the verb that names the whole phrase: not a
     * plural such as {@code (LLMs)}, and not a modifier of a following noun ({@code (MoE) framework}).
     */
    private static Optional<String> acronymAfter(String[] raw, int verb) {
        for (int j = verb + 1; j < raw.length && j <= verb + ACRONYM_WINDOW; j++) {
            String w = raw[j];
            String s = strip(w);
            if (isAcronym(w)
                    && (!w.endsWith(")")
                            || j + 1 == raw.length
                            || ACRONYM_FOLLOWERS.contains(raw[j + 1].toLowerCase(Locale.ROOT)))) {
                return Optional.of(s);
            }
            if (w.endsWith(".") || w.endsWith(";")) {
                break;
            }
        }
        return Optional.empty();
    }

    /** A capitalised phrase right after the verb that ends in punctuation: "we present Mogao, a ...". */
    private static Optional<String> phraseAfter(String[] raw, int verb) {
        int j = verb + 1;
        while (j < raw.length && LEADING.contains(strip(raw[j]).toLowerCase(Locale.ROOT))) {
            j++;
        }
        List<String> phrase = new ArrayList<>();
        for (; j < raw.length && phrase.size() < MAX_NAME_WORDS; j++) {
            String w = raw[j];
            String s = strip(w);
            if (w.startsWith("(")) {
                if (phrase.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(isAcronym(w) ? strip(w) : String.join(" ", phrase));
            }
            if (s.isEmpty() || !(Character.isUpperCase(s.charAt(0)) || Character.isDigit(s.charAt(0)))) {
                return Optional.empty();
            }
            phrase.add(s);
            if (w.endsWith(",") || w.endsWith(":") || w.endsWith(";") || w.endsWith(".")) {
                return Optional.of(String.join(" ", phrase));
            }
        }
        return Optional.empty();
    }

    /** A word such as {@code (IVT-LR)} or {@code (TAID),}. */
    private static boolean isAcronym(String word) {
        String s = strip(word);
        int end = word.length();
        while (end > 0 && ".,;:".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.startsWith("(") && end > 1 && word.charAt(end - 1) == ')' && isName(s) && !isPlural(s);
    }

    private static boolean isPlural(String acronym) {
        int n = acronym.length();
        return n > 2 && acronym.charAt(n - 1) == 's' && Character.isUpperCase(acronym.charAt(n - 2));
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

    /**
     * The offset of the first mention of {@code name} in {@code text} from {@code from}, where any run
     * of white space in the text (a wrapped line) matches a space of the name; or -1.
     */
    private static int indexOf(String text, String name, int from) {
        int space = name.indexOf(' ');
        String head = space < 0 ? name : name.substring(0, space);
        for (int at = text.indexOf(head, from); at >= 0; at = text.indexOf(head, at + 1)) {
            if (space < 0 || endOfMatch(text, at, name) >= 0) {
                return at;
            }
        }
        return -1;
    }

    /** The end of a mention of {@code name} at {@code at}, white space folded, or -1. */
    private static int endOfMatch(String text, int at, String name) {
        int i = at;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c == ' ') {
                if (i >= text.length() || !Character.isWhitespace(text.charAt(i))) {
                    return -1;
                }
                while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
            } else if (i < text.length() && text.charAt(i) == c) {
                i++;
            } else {
                return -1;
            }
        }
        return i;
    }

    /** The offset of the first whole-word mention of {@code name} outside a URL, or -1. */
    private static int firstMention(String text, String name) {
        for (int from = indexOf(text, name, 0); from >= 0; from = indexOf(text, name, from + 1)) {
            int end = endOfMatch(text, from, name);
            boolean before = from == 0
                    || !Character.isLetterOrDigit(text.charAt(from - 1))
                            && text.charAt(from - 1) != '/'
                            && text.charAt(from - 1) != '-';
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return from;
            }
        }
        return -1;
    }

    private static List<String> words(String sentence) {
        List<String> out = new ArrayList<>();
        for (String w : splitOnWhiteSpace(sentence)) {
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

    /**
     * Exactly {@code s.split("\\s+")} (white space being {@code [ \t\n\x0B\f\r]}, a leading
     * empty string when {@code s} starts with one, no trailing ones), without a regular expression.
     */
    static String[] splitOnRegexSpace(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int start = 0;
        int i = 0;
        boolean matched = false;
        while (i < n) {
            if (isRegexSpace(s.charAt(i))) {
                int j = i;
                while (j < n && isRegexSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(start, i));
                start = j;
                i = j;
                matched = true;
            } else {
                i++;
            }
        }
        if (!matched) {
            return new String[] {s};
        }
        out.add(s.substring(start));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(new String[0]);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The runs of characters other than white space, as {@code split("\\s+")} gives them. */
    private static List<String> splitOnWhiteSpace(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
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
        while (e > s && ".,;:!?)]}\"'`\u201d\u2019".indexOf(word.charAt(e - 1)) >= 0) {
            e--;
        }
        return word.substring(s, e);
    }
}
