package dev.paperdex.parser;

import dev.paperdex.Link;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Merges the records of the same paper, read from several sources or captures, into one record
 * each, in the order in which each paper first appears. Runs in linear time.
 *
 * <h2>Matching</h2>
 *
 * Two records are the same paper when they have the same arXiv {@link Paper#id()}; a record
 * without an id joins the first record with the same {@link Paper#normalizedTitle()}, and a record
 * with an id joins an id-less group with the same normalised title (a listing card and the API
 * record of the same paper). Records with different ids are never merged, whatever their titles.
 *
 * <h2>Precedence, field by field</h2>
 *
 * Records rank by how close their source is to the paper itself: {@link SourceKind#ARXIV_ATOM},
 * then {@link SourceKind#HF_API}, then {@link SourceKind#JSON_LINES}, {@link SourceKind#OTHER} and
 * records without a source, then {@link SourceKind#LISTING}; ties go to the earlier record.
 *
 * <ul>
 *   <li>{@code title}, {@code abstract}, {@code metrics}, {@code claims} and {@code analyzed}: from
 *       the best-ranked record (the "text record"), so metric and claim offsets point into the
 *       abstract that is kept.
 *   <li>{@code authors} and {@code authorCount}: the best-ranked record with an author list (an
 *       API list beats a card's count); with no list anywhere, the best-ranked count.
 *   <li>{@code date} and {@code dateText}: together, from the best-ranked record with a date (the
 *       API's and arXiv's dates are full timestamps; a card's year may be inferred).
 *   <li>{@code id} and {@code team}: the first non-empty value in input order.
 *   <li>{@code upvotes}, {@code commentCount} and {@code stars}: the largest value. Records carry no
 *       capture time, so the newer capture cannot be told directly; these counts only grow in
 *       practice, so the largest is taken as the newest.
 *   <li>{@code keywords}: the best-ranked record with keywords, as a list (keyword sets of two
 *       sources are not mixed).
 *   <li>{@code listedOn}: the earliest day (the first time the paper was on the daily list).
 *   <li>{@code links}: the union by URL (scheme, {@code www.} and a trailing slash ignored): the
 *       text record's links first with their spans, then the others' in input order without spans
 *       (their offsets are into abstracts that are not kept). A later kind replaces {@code OTHER}.
 *   <li>{@code source}: the first record's; {@code otherSources}: every other origin (including
 *       those of records merged before), in order, without repeats.
 * </ul>
 *
 * A paper read from one record only is returned unchanged.
 */
public final class PaperMerger {
    private PaperMerger() {}

    /** The merged records, one per paper, in order of first appearance. */
    public static List<Paper> merge(Iterable<? extends Paper> papers) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byId = new HashMap<>();
        Map<String, Group> byTitle = new HashMap<>();
        for (Paper p : papers) {
            String title = p.normalizedTitle();
            Group group;
            if (p.id().isPresent()) {
                String id = p.id().get();
                group = byId.get(id);
                if (group == null) {
                    Group titled = byTitle.get(title);
                    group = titled != null && titled.id == null ? titled : new Group(groups);
                    group.id = id;
                    byId.put(id, group);
                }
            } else {
                group = byTitle.get(title);
                if (group == null) {
                    group = new Group(groups);
                }
            }
            byTitle.putIfAbsent(title, group);
            group.papers.add(p);
        }
        List<Paper> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            out.add(g.papers.size() == 1 ? g.papers.get(0) : mergeGroup(g.papers));
        }
        return List.copyOf(out);
    }

    /** The records of one paper, and its arXiv id once one of them has given it. */
    private static final class Group {
        final List<Paper> papers = new ArrayList<>();
        String id;

        Group(List<Group> groups) {
            groups.add(this);
        }
    }

    /** The rank of a record's source: lower is closer to the paper. */
    static int rank(Paper p) {
        SourceKind kind = p.source().map(Source::kind).orElse(SourceKind.OTHER);
        return switch (kind) {
            case ARXIV_ATOM, ARXIV_SNAPSHOT -> 0;
            case HF_API, OPENALEX -> 1;
            case JSON_LINES, OTHER -> 2;
            case LISTING -> 3;
        };
    }

    private static Paper best(List<Paper> group, Predicate<Paper> has) {
        Paper best = null;
        for (Paper p : group) {
            if (has.test(p) && (best == null || rank(p) < rank(best))) {
                best = p;
            }
        }
        return best;
    }

    private static Paper mergeGroup(List<Paper> group) {
        Paper text = best(group, p -> true);
        Paper.Builder b = Paper.builder()
                .title(text.title())
                .abstractText(text.abstractText())
                .metrics(text.metrics())
                .claims(text.claims())
                .analyzed(text.analyzed());

        Paper withAuthors = best(group, p -> !p.authors().isEmpty());
        if (withAuthors != null) {
            b.authors(withAuthors.authors()).authorCount(withAuthors.authors().size());
        } else {
            Paper counted = best(group, p -> p.authorCount().isPresent());
            if (counted != null) {
                b.authorCount(counted.authorCount());
            }
        }

        Paper dated = best(group, p -> p.date().isPresent());
        if (dated != null) {
            b.date(dated.date()).dateText(dated.dateText());
        } else {
            Paper written = best(group, p -> p.dateText().isPresent());
            if (written != null) {
                b.dateText(written.dateText());
            }
        }

        group.stream().map(Paper::id).flatMap(Optional::stream).findFirst().ifPresent(b::id);
        group.stream().map(Paper::team).flatMap(Optional::stream).findFirst().ifPresent(b::team);
        max(group, Paper::upvotes).ifPresent(b::upvotes);
        max(group, Paper::commentCount).ifPresent(b::commentCount);
        max(group, Paper::stars).ifPresent(b::stars);
        Paper withKeywords = best(group, p -> !p.keywords().isEmpty());
        if (withKeywords != null) {
            b.keywords(withKeywords.keywords());
        }
        group.stream()
                .map(Paper::listedOn)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder())
                .ifPresent(b::listedOn);

        List<Link> others = new ArrayList<>();
        for (Paper p : group) {
            if (p != text) {
                for (Link l : p.links()) {
                    others.add(Link.of(l.url(), l.kind()));
                }
            }
        }
        b.links(MergeLinks.union(text.links(), others));

        Set<Source> origins = new LinkedHashSet<>();
        for (Paper p : group) {
            p.source().ifPresent(origins::add);
            origins.addAll(p.otherSources());
        }
        List<Source> all = new ArrayList<>(origins);
        if (!all.isEmpty()) {
            b.source(all.get(0)).otherSources(all.subList(1, all.size()));
        }
        return b.build();
    }

    private static OptionalInt max(List<Paper> group, Function<Paper, OptionalInt> field) {
        return group.stream()
                .map(field)
                .filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt)
                .max();
    }
}
