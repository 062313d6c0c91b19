package dev.paperdex.parser;

import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.links.LinkFinder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links shared by the readers and the merger: the links of an abstract, and unions of link lists
 * without duplicate URLs.
 */
final class MergeLinks {
    private MergeLinks() {}

    /** The links found in {@code text}, with spans into it. */
    static List<Link> find(String text) {
        return LinkFinder.find(text);
    }

    /** The links found in {@code text}, without spans (for text that is not the abstract). */
    static List<Link> findWithoutSpans(String text) {
        List<Link> out = new ArrayList<>();
        for (Link l : find(text)) {
            out.add(Link.of(l.url(), l.kind()));
        }
        return out;
    }

    /**
     * The union of {@code lists} in order, one link per URL key ({@link #key}): the first link of a
     * URL is kept, except that a later link's kind replaces {@link LinkKind#OTHER}, since a source
     * that labels a link (a {@code githubRepo} field, an Atom {@code title="doi"}) knows better than
     * a guess from the host.
     */
    @SafeVarargs
    static List<Link> union(List<Link>... lists) {
        Map<String, Link> byKey = new LinkedHashMap<>();
        for (List<Link> list : lists) {
            for (Link l : list) {
                Link old = byKey.putIfAbsent(key(l.url()), l);
                if (old != null && old.kind() == LinkKind.OTHER && l.kind() != LinkKind.OTHER) {
                    byKey.put(
                            key(l.url()),
                            Link.builder().from(old).kind(l.kind()).build());
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * The identity of a URL for de-duplication: scheme {@code http} and {@code https} alike, host in
     * lower case without {@code www.}, no trailing {@code /}. Paths keep their case.
     */
    static String key(String url) {
        String s = url.trim();
        int scheme = s.indexOf("://");
        String rest = scheme >= 0 ? s.substring(scheme + 3) : s;
        String prefix = scheme >= 0 ? s.substring(0, scheme).toLowerCase(Locale.ROOT) : "";
        if (prefix.equals("https")) {
            prefix = "http";
        }
        int slash = rest.indexOf('/');
        String host = (slash >= 0 ? rest.substring(0, slash) : rest).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = slash >= 0 ? rest.substring(slash) : "";
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return prefix + "://" + host + path;
    }
}
