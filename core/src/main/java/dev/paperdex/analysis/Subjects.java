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
 * The names of the paper's own methods and models: the title's prefix before {@code ':'} when it
 * is a name used in the abstract, and the names the abstract introduces ("we propose X, a ...",
 * "we introduce Long Name (ACRONYM)", "a method: X"). A claim's subject is the name it uses
 * (extended by a size suffix, {@code MINT-CoT-7B}); a sentence led by "it" takes the name of the
 * sentence before; otherwise the main name, once the abstract has mentioned it.
 */
final class Subjects {
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
    /** The offset of the first mention of {@link #main}. */
    private final int mainAt;
    /**
     * Whether a name starts with a mark other than a letter or digit (only a title's prefix can):
     * a word of a sentence can then match it without a token starting there, and {@link
     * #named} looks at every word.
     */
    private final boolean anywhere;
    /** The names in lower case ({@link Token#lower}), in the order of {@link #names}. */
    private final List<String> foldedNames;
    /** The names, in the order of {@link #names}. */
    private final String[] list;
    /** The names of several words (with a space after their first character), in that order. */
    private final List<String> spaced = new ArrayList<>();
    /** The ASCII characters that names start with, in both capitals: a bit each. */
    private final long[] firstAscii = new long[2];
    /** Whether a name starts with a character other than ASCII. */
    private final boolean firstOther;

    private Subjects(Map<String, Integer> names) {
        this.names = names;
        this.list = names.keySet().toArray(new String[0]);
        this.main = list.length == 0 ? Optional.empty() : Optional.of(list[0]);
        this.mainAt = list.length == 0 ? 0 : names.get(list[0]);
        List<String> folded = new ArrayList<>(names.size());
        boolean anywhere = false;
        boolean firstOther = false;
        for (String name : list) {
            folded.add(Token.lower(name));
            if (name.indexOf(' ') > 0) {
                spaced.add(name);
            }
            anywhere |= name.isEmpty() || !Character.isLetterOrDigit(name.charAt(0));
            if (name.isEmpty()) {
                firstOther = true;
            } else {
                char c = name.charAt(0);
                if (c < 0x80) {
                    for (char k : new char[] {c, Character.toLowerCase(c), Character.toUpperCase(c)}) {
                        firstAscii[k >> 6] |= 1L << k;
                    }
                } else {
                    firstOther = true;
                }
            }
        }
        this.foldedNames = folded;
        this.anywhere = anywhere;
        this.firstOther = firstOther;
    }

    /**
     * The names of an abstract whose sentences' cue tokens are classed: a sentence is read for names
     * only when its tokens could introduce one ({@link #mayIntroduce}).
     */
    static Subjects of(
            String text,
            List<Span> spans,
            List<SentenceCues> cues,
            RuleWords.Classes[] classes,
            Optional<String> title) {
        List<String> found = new ArrayList<>();
        title.flatMap(t -> titleName(t, text)).ifPresent(found::add);
        for (int s = 0; s < spans.size(); s++) {
            if (!wordsAreTokens(text, spans.get(s))) {
                introduced(cues.get(s).sentence(), Optional.empty(), found);
            } else if (mayIntroduce(classes[s])) {
                introduced(
                        cues.get(s).sentence(),
                        Optional.of(new Verbs(cues.get(s).tokens(), classes[s])),
                        found);
            }
        }
        components(cues, found);
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
        return new Subjects(names);
    }

    /**
     * The name sentence {@code s} of {@code text} uses, extended by a size suffix ({@code
     * MINT-CoT-7B}); {@code sentence} is its text.
     */
    Optional<String> named(CueTokens tokens, String sentence) {
        if (names.isEmpty()) {
            return Optional.empty();
        }
        if (anywhere) {
            return namedInWords(sentence);
        }
        // a word (white space apart, quotes and brackets stripped) can match a name only where the
        // name starts, in some capitals: at the sentence's start or at a token, as the lexer starts
        // a token after white space and after each of those marks, and a name (that starts with a
        // letter or a digit) starts a word or a number; each word is looked at once
        int wordEnd = 0;
        int n = sentence.length();
        for (int k = -1; k < tokens.size(); k++) {
            int at = k < 0 ? 0 : tokens.start(k);
            if (at < wordEnd || at >= n || !startsName(sentence, at, n)) {
                continue;
            }
            int start = at;
            while (start > 0 && !SubjectWords.isWhitespace(sentence.charAt(start - 1))) {
                start--;
            }
            int end = at;
            while (end < n && !SubjectWords.isWhitespace(sentence.charAt(end))) {
                end++;
            }
            wordEnd = end;
            int from = SubjectWords.strippedStart(sentence, start, end);
            int to = SubjectWords.strippedEnd(sentence, start, end);
            if (from == at && from < to) {
                Optional<String> match = wordMatch(sentence, sentence.substring(from, to));
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return spacedName(sentence);
    }

    /** {@link #named} for names that may start with any character: every word is looked at. */
    private Optional<String> namedInWords(String sentence) {
        SubjectWords words = new SubjectWords(sentence);
        for (int i = 0; i < words.size(); i++) {
            int from = words.strippedStart(i);
            if (from == words.end(i)
                    || !startsName(sentence, from, sentence.length())
                    || from == words.strippedEnd(i)) {
                continue; // a word can match a name only where the name starts
            }
            Optional<String> match = wordMatch(sentence, words.stripped(i));
            if (match.isPresent()) {
                return match;
            }
        }
        return spacedName(sentence);
    }

    /**
     * The name that the stripped word {@code word} of the sentence is, possessive dropped: the
     * first name it matches ({@link #match}), when the sentence in lower case has a name ({@link
     * #inside}); else, having a name, the sentence's first name of several words.
     */
    private Optional<String> wordMatch(String sentence, String stripped) {
        String word = stripped;
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            word = word.substring(0, word.length() - 2);
        }
        if (word.isEmpty()) {
            return Optional.empty();
        }
        for (String name : list) {
            Optional<String> match = match(word, name);
            if (match.isPresent()) {
                // the rule reads a name's words only when the sentence, in lower case, has it
                boolean inside = isAscii(name) && isAscii(word) || inside(sentence);
                return inside ? match : spacedName(sentence);
            }
        }
        return Optional.empty();
    }

    /** The name that {@code word} is: {@code name} (in other capitals when long), or it with a size. */
    private static Optional<String> match(String word, String name) {
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
        return Optional.empty();
    }

    /**
     * Whether the sentence in lower case has a name in lower case: the condition on which {@link
     * #named} reads a name from the words. It holds whenever a word matches an ASCII name and is
     * ASCII itself, as lower-casing leaves a run of ASCII characters a run.
     */
    private boolean inside(String sentence) {
        String folded = Token.lower(sentence);
        for (String name : foldedNames) {
            if (folded.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether some name starts at {@code at} in {@code text}, in any capitals, before {@code end}. */
    private boolean startsName(String text, int at, int end) {
        char c = text.charAt(at);
        if (c < 0x80 && !firstOther && (firstAscii[c >> 6] & 1L << c) == 0) {
            return false; // no name starts with this character, in any capitals
        }
        for (String name : list) {
            if (at + name.length() <= end && text.regionMatches(true, at, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    /** The first name of several words that the sentence uses. */
    private Optional<String> spacedName(String sentence) {
        for (String name : spaced) {
            if (indexOf(sentence, name, 0) >= 0) {
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
    Optional<String> subjectOf(
            RuleWords.Classes sentence, int start, Optional<String> previous, Optional<String> named) {
        if (named.isPresent()) {
            return named;
        }
        if (previous.isPresent() && sentence.ledByPronoun()) {
            return previous;
        }
        return main.isPresent() && mainAt <= start ? main : Optional.empty();
    }

    private static Optional<String> titleName(String title, String text) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return titleAcronym(title, text);
        }
        String prefix = title.substring(0, colon).trim();
        String[] parts = splitOnRegexSpace(prefix);
        for (String part : parts) {
            if (part.startsWith("(") && part.endsWith(")") && isName(SubjectWords.strip(part))) {
                return Optional.of(SubjectWords.strip(part));
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
        return titleAcronym(prefix, text).or(() -> titleAcronym(title.substring(colon + 1), text));
    }

    /** Short words a title's acronym skips: "Learning to Rank" is LR, or LTR, and is found by neither. */
    private static final Set<String> TITLE_SKIPPED =
            Set.of("a", "an", "the", "of", "for", "and", "in", "on", "to", "with", "via", "by");

    /**
     * The acronym of the words of {@code title} (each word and each part of a hyphenated word gives
     * its first letter: "Multi-Agent Computer Use" is MACU) when the abstract defines it in
     * parentheses ("multi-agent computer use (MACU) systems"): the paper's name for its own work.
     */
    private static Optional<String> titleAcronym(String title, String text) {
        StringBuilder initials = new StringBuilder();
        for (String word : splitOnRegexSpace(title.trim())) {
            for (String part : word.split("-")) {
                String p = SubjectWords.strip(part);
                if (p.isEmpty() || TITLE_SKIPPED.contains(p) || !Character.isLetter(p.charAt(0))) {
                    continue;
                }
                initials.append(Character.toUpperCase(p.charAt(0)));
                if (initials.length() > 8) {
                    return Optional.empty();
                }
            }
        }
        if (initials.length() < 3) {
            return Optional.empty();
        }
        String defined = "(" + initials + ")";
        return text.contains(defined) ? Optional.of(initials.toString()) : Optional.empty();
    }

    /**
     * Whether the words of the sentence at {@code span} are tokens of its own: white space (or the
     * text's end) around it, so that no lexer token crosses its ends. Then a word of letters only,
     * quotes and brackets stripped, is one cue token of the sentence, and {@link #mayIntroduce} can
     * tell from the tokens.
     */
    private static boolean wordsAreTokens(String text, Span span) {
        return (span.start() == 0 || Character.isWhitespace(text.charAt(span.start() - 1)))
                && (span.end() == text.length() || Character.isWhitespace(text.charAt(span.end())));
    }

    /**
     * Whether {@link #introduced} can find a name in the sentence of these tokens: each of its
     * patterns needs certain words, each of letters only and so one token: an introducing verb; a
     * method noun and a colon; or {@code , a} (or {@code an}) and a method noun after it.
     */
    private static boolean mayIntroduce(RuleWords.Classes c) {
        if (c.any(RuleWords.INTRO_VERB)) {
            return true;
        }
        if (!c.any(RuleWords.METHOD_NOUN)) {
            return false;
        }
        if (c.any(RuleWords.COLON)) {
            return true;
        }
        if (!c.any(RuleWords.COMMA) || !c.any(RuleWords.ARTICLE)) {
            return false;
        }
        boolean article = false;
        for (int i = c.size() - 1; i > 0; i--) {
            // walking back: whether a method noun follows the article of a comma
            if (c.is(i, RuleWords.ARTICLE) && c.is(i - 1, RuleWords.COMMA) && article) {
                return true;
            }
            article |= c.is(i, RuleWords.METHOD_NOUN);
        }
        return false;
    }

    /**
     * The cue tokens of a sentence that are introducing verbs, walked along with its words: a word
     * can be an introducing verb only when such a token starts inside it.
     */
    private static final class Verbs {
        private final CueTokens tokens;
        private final RuleWords.Classes classes;
        private int next;

        Verbs(CueTokens tokens, RuleWords.Classes classes) {
            this.tokens = tokens;
            this.classes = classes;
        }

        /** Whether an introducing verb starts in {@code [from, to)}; asked with ascending offsets. */
        boolean startsIn(int from, int to) {
            if (!classes.any(RuleWords.INTRO_VERB)) {
                return false;
            }
            while (next < tokens.size() && tokens.start(next) < from) {
                next++;
            }
            for (int k = next; k < tokens.size() && tokens.start(k) < to; k++) {
                if (classes.is(k, RuleWords.INTRO_VERB)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Adds the names the sentence introduces; {@code verbs} tells where its introducing verbs can be,
     * when its words are tokens ({@link #wordsAreTokens}); without, every word is looked up.
     */
    private static void introduced(String sentence, Optional<Verbs> verbs, List<String> names) {
        SubjectWords raw = new SubjectWords(sentence);
        for (int i = 0; i < raw.size(); i++) {
            char last = raw.last(i);
            if (last == ',' && appositiveName(raw, i)) {
                // "MLM-U, an objective explicitly predicting ...": a name defined as a method
                names.add(raw.stripped(i));
                continue;
            }
            if (last == ':'
                    && ClaimLexicons.INSTANCE.methodNouns.contains(Token.lower(raw.stripped(i)))
                    && i + 1 < raw.size()
                    && isName(raw.stripped(i + 1))) {
                names.add(raw.stripped(i + 1));
                continue;
            }
            if (verbs.isPresent() && !verbs.get().startsIn(raw.start(i), raw.end(i))
                    || !RuleWords.INTRO_VERBS.contains(Token.lower(raw.stripped(i)))) {
                continue;
            }
            if (RuleWords.FIRST_PERSON_INTRO_VERBS.contains(Token.lower(raw.stripped(i))) && !afterWe(raw, i)) {
                continue;
            }
            Optional<String> name = phraseAfter(raw, i);
            if (name.isEmpty()) {
                name = acronymAfter(raw, i);
            }
            name.ifPresent(names::add);
        }
    }

    /**
     * Nouns after an acronym that make it a part of a method: "the Layerwise Attention Pooling (LAP)
     * mechanism". Not architecture, framework or method: "a Mixture-of-Experts (MoE) architecture" is
     * a kind of model the paper builds on.
     */
    private static final Set<String> COMPONENT_NOUNS =
            Set.of("mechanism", "module", "component", "block", "strategy", "scheme", "loss", "objective");

    /**
     * Adds the acronyms that a sentence naming one of {@code found} defines for a part of it ("at the
     * core of UniFusion is the Layerwise Attention Pooling (LAP) mechanism"): the paper's own too.
     */
    private static void components(List<SentenceCues> cues, List<String> found) {
        int known = found.size();
        if (known == 0) {
            return;
        }
        for (SentenceCues c : cues) {
            String sentence = c.sentence();
            if (!componentAfterParenthesis(sentence)) {
                continue; // most sentences: no ") mechanism", read without a string
            }
            boolean mentions = false;
            for (int k = 0; k < known && !mentions; k++) {
                mentions = firstMention(sentence, found.get(k)) >= 0;
            }
            if (!mentions) {
                continue;
            }
            SubjectWords raw = new SubjectWords(sentence);
            for (int i = 0; i + 1 < raw.size(); i++) {
                if (found.size() < MAX_NAMES
                        && raw.first(i) == '('
                        && raw.raw(i).endsWith(")")
                        && isAcronym(raw.raw(i))
                        && COMPONENT_NOUNS.contains(raw.stripped(i + 1).toLowerCase(Locale.ROOT))) {
                    found.add(raw.stripped(i));
                }
            }
        }
    }

    /**
     * Whether a closing parenthesis in {@code sentence} is followed, after white space and opening
     * marks, by the start of a word of {@link #COMPONENT_NOUNS}: a filter for {@link #components}.
     */
    private static boolean componentAfterParenthesis(String sentence) {
        int n = sentence.length();
        for (int i = sentence.indexOf(')'); i >= 0; i = sentence.indexOf(')', i + 1)) {
            int from = i + 1;
            while (from < n
                    && (SubjectWords.isWhitespace(sentence.charAt(from))
                            || SubjectWords.OPENERS.indexOf(sentence.charAt(from)) >= 0)) {
                from++;
            }
            for (String noun : COMPONENT_NOUNS) {
                if (sentence.regionMatches(true, from, noun, 0, noun.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether "we" is one of the two words before word {@code i} ("we construct", "we further curate"). */
    private static boolean afterWe(SubjectWords raw, int i) {
        for (int j = Math.max(0, i - 2); j < i; j++) {
            if (raw.stripped(j).equalsIgnoreCase("we")) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code i} is a name followed by ", a|an" and a method noun within three words. */
    private static boolean appositiveName(SubjectWords raw, int i) {
        // the article first: it is the rarest part, and the cheapest to test
        if (i + 2 >= raw.size() || raw.length(i + 1) > 2) {
            return false;
        }
        String article = raw.raw(i + 1).toLowerCase(Locale.ROOT);
        if (!article.equals("a") && !article.equals("an")) {
            return false;
        }
        if (raw.last(i) != ',' || !isName(raw.stripped(i)) || isPlural(raw.stripped(i))) {
            return false;
        }
        for (int j = i + 2; j < raw.size() && j <= i + 4; j++) {
            if (ClaimLexicons.INSTANCE.methodNouns.contains(raw.stripped(j).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first {@code (ACRONYM)} within a few words after the verb that names the whole phrase: not a
     * plural such as {@code (LLMs)}, and not a modifier of a following noun ({@code (MoE) framework}).
     */
    private static Optional<String> acronymAfter(SubjectWords raw, int verb) {
        for (int j = verb + 1; j < raw.size() && j <= verb + ACRONYM_WINDOW; j++) {
            // an acronym starts with "(": other words are not made into strings
            if (raw.first(j) == '(') {
                String w = raw.raw(j);
                if (isAcronym(w)
                        && (!w.endsWith(")")
                                || j + 1 == raw.size()
                                || ACRONYM_FOLLOWERS.contains(raw.raw(j + 1).toLowerCase(Locale.ROOT)))) {
                    return Optional.of(raw.stripped(j));
                }
            }
            if (raw.last(j) == '.' || raw.last(j) == ';') {
                break;
            }
        }
        return Optional.empty();
    }

    /** A capitalised phrase right after the verb that ends in punctuation: "we present Mogao, a ...". */
    private static Optional<String> phraseAfter(SubjectWords raw, int verb) {
        int j = verb + 1;
        while (j < raw.size() && LEADING.contains(raw.stripped(j).toLowerCase(Locale.ROOT))) {
            j++;
        }
        List<String> phrase = new ArrayList<>();
        for (; j < raw.size() && phrase.size() < MAX_NAME_WORDS; j++) {
            String w = raw.raw(j);
            String s = raw.stripped(j);
            if (w.startsWith("(")) {
                if (phrase.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(isAcronym(w) ? SubjectWords.strip(w) : String.join(" ", phrase));
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
        String s = SubjectWords.strip(word);
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
}
