package dev.paperdex.links;

import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * Finds the links of an abstract: URLs ({@code https://...}, {@code www....}) found with
 * autolink-java, cleaned of what surrounds them in real abstracts (a LaTeX <code>&#92;url{...}</code> or
 * <code>&#92;href</code> wrapper, trailing sentence punctuation, unbalanced closing brackets), and bare arXiv
 * ids ({@code arXiv:2410.15027}) turned into arXiv links. Each URL is returned once, at its first
 * mention, with the span of that mention; {@link #kindOf(String)} classifies it.
 *
 * <p>Thread-safe; linear in the length of the text.
 */
public final class LinkFinder {
    private static final LinkExtractor EXTRACTOR = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW))
            .build();

    private LinkFinder() {}

    /** The links of {@code text}, in order of first mention, without duplicate URLs. */
    public static List<Link> find(String text) {
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<int[]> urlSpans = new ArrayList<>();
        // autolink only sees the white-space-delimited tokens that can hold a URL, so the cost
        // follows the URLs, not the length of the abstract
        int n = text.length();
        int from = 0;
        while (from < n) {
            int hit = firstCandidate(text, from);
            if (hit < 0) {
                break;
            }
            int tokenStart = hit;
            while (tokenStart > from && !Character.isWhitespace(text.charAt(tokenStart - 1))) {
                tokenStart--;
            }
            int tokenEnd = hit;
            while (tokenEnd < n && !Character.isWhitespace(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            String token = text.substring(tokenStart, tokenEnd);
            for (LinkSpan span : EXTRACTOR.extractLinks(token)) {
                int start = tokenStart + span.getBeginIndex();
                int rawEnd = tokenStart + span.getEndIndex();
                int end = cleanEnd(text, start, rawEnd);
                if (end <= start) {
                    continue;
                }
                urlSpans.add(new int[] {start, rawEnd});
                String url = text.substring(start, end);
                if (span.getType() == LinkType.WWW) {
                    url = "https://" + url;
                }
                if (seen.add(url)) {
                    links.add(Link.of(url, kindOf(url), start, end));
                }
            }
            from = tokenEnd;
        }
        findArxivIds(text, urlSpans, links, seen);
        links.sort((a, b) -> Integer.compare(a.start().orElse(0), b.start().orElse(0)));
        return List.copyOf(links);
    }

    /** The position of the next {@code ://} or {@code www.} at or after {@code from}, or -1. */
    private static int firstCandidate(String text, int from) {
        int scheme = text.indexOf("://", from);
        int www = text.indexOf("www.", from);
        return www >= 0 && (scheme < 0 || www < scheme) ? www : scheme;
    }

    /**
     * Classifies a URL by host and path (see {@link LinkKind} for the rules): code hosts and
     * Hugging Face Spaces are {@code CODE}, {@code *.github.io} project pages {@code PROJECT_PAGE},
     * Hugging Face datasets and models {@code HF_DATASET} and {@code HF_MODEL}.
     */
    public static LinkKind kindOf(String url) {
        String rest = url.toLowerCase(Locale.ROOT);
        int scheme = rest.indexOf("://");
        if (scheme >= 0 && scheme < 12) {
            rest = rest.substring(scheme + 3);
        }
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash);
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        switch (host) {
            case "github.com",
                    "gitlab.com",
                    "bitbucket.org",
                    "codeberg.org",
                    "sourceforge.net",
                    "colab.research.google.com",
                    "gitee.com" -> {
                return LinkKind.CODE;
            }
            case "arxiv.org", "export.arxiv.org" -> {
                return LinkKind.ARXIV;
            }
            case "doi.org", "dx.doi.org" -> {
                return LinkKind.DOI;
            }
            case "huggingface.co", "hf.co" -> {
                return huggingFaceKind(path);
            }
            case "sites.google.com" -> {
                return LinkKind.PROJECT_PAGE;
            }
            default -> {
                if (host.endsWith(".github.io") || host.endsWith(".gitlab.io")) {
                    return LinkKind.PROJECT_PAGE;
                }
                if (host.endsWith(".hf.space")) {
                    return LinkKind.CODE;
                }
                return LinkKind.OTHER;
            }
        }
    }

    private static LinkKind huggingFaceKind(String path) {
        int from = 0;
        while (from < path.length() && path.charAt(from) == '/') {
            from++;
        }
        int slash = path.indexOf('/', from);
        String first = slash < 0 ? path.substring(from) : path.substring(from, slash);
        String second = "";
        if (slash >= 0) {
            int end = slash + 1;
            while (end < path.length() && "/?#".indexOf(path.charAt(end)) < 0) {
                end++;
            }
            second = path.substring(slash + 1, end);
        }
        if (first.isEmpty()) {
            return LinkKind.OTHER;
        }
        switch (first) {
            case "spaces" -> {
                return LinkKind.CODE;
            }
            case "datasets" -> {
                return LinkKind.HF_DATASET;
            }
            case "papers" -> {
                return LinkKind.ARXIV;
            }
            case "docs", "blog", "collections", "models", "organizations", "learn", "tasks" -> {
                return LinkKind.OTHER;
            }
            default -> {
                return second.isEmpty() ? LinkKind.OTHER : LinkKind.HF_MODEL;
            }
        }
    }

    /**
     * Where the URL really ends: before a LaTeX brace (<code>&#92;href{a}{a}</code> copies and
     * <code>&#92;url{a}</code> leave braces behind), before unbalanced closing brackets, and before trailing
     * sentence punctuation.
     */
    static int cleanEnd(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '}' || c == '\\') {
                end = i;
                break;
            }
        }
        boolean changed = true;
        while (changed && end > start) {
            changed = false;
            char last = text.charAt(end - 1);
            if (".,;:!?'\"".indexOf(last) >= 0) {
                end--;
                changed = true;
            } else if (last == ')' || last == ']') {
                char open = last == ')' ? '(' : '[';
                int depth = 0;
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (c == open) {
                        depth++;
                    } else if (c == last) {
                        depth--;
                    }
                }
                if (depth < 0) {
                    end--;
                    changed = true;
                }
            }
        }
        return end;
    }

    /** Bare {@code arXiv:NNNN.NNNNN} ids (optionally {@code vN}) outside URLs; spans sorted. */
    private static void findArxivIds(String text, List<int[]> urlSpans, List<Link> links, Set<String> seen) {
        int from = 0;
        int n = text.length();
        int k = 0;
        while (true) {
            int colon = text.indexOf(':', from);
            if (colon < 0) {
                return;
            }
            if (colon < 5 || !text.regionMatches(true, colon - 5, "arxiv", 0, 5)) {
                from = colon + 1;
                continue;
            }
            int at = colon - 5;
            from = at + 6;
            while (k < urlSpans.size() && urlSpans.get(k)[1] <= at) {
                k++;
            }
            if (k < urlSpans.size() && urlSpans.get(k)[0] <= at) {
                continue;
            }
            int i = at + 6;
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            int idStart = i;
            int digits = 0;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
                digits++;
            }
            if (digits != 4 || i >= n || text.charAt(i) != '.') {
                continue;
            }
            i++;
            int tail = 0;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
                tail++;
            }
            if (tail < 4 || tail > 5) {
                continue;
            }
            int idEnd = i;
            if (i + 1 < n && text.charAt(i) == 'v' && Character.isDigit(text.charAt(i + 1))) {
                i++;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
            String url = "https://arxiv.org/abs/" + text.substring(idStart, idEnd);
            if (seen.add(url)) {
                links.add(Link.of(url, LinkKind.ARXIV, at, i));
            }
            from = i;
        }
    }
}
