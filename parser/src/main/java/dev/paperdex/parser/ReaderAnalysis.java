package dev.paperdex.parser;

import dev.paperdex.Link;
import dev.paperdex.Paper;
import dev.paperdex.analysis.AbstractAnalysis;
import dev.paperdex.analysis.AbstractAnalyzer;
import java.util.List;
import java.util.Optional;

/** The one place where every reader hands a record's abstract to {@link AbstractAnalyzer}. */
final class ReaderAnalysis {
    private ReaderAnalysis() {}

    /**
     * Sets the links, metrics and claims of {@code b}: the analysis of {@code abstractText} when
     * {@link ParseOptions#analyze()} is on, else the abstract's links only; {@code meta} (the
     * source's own links) follows the abstract's links, one link per URL.
     */
    static void analyze(Paper.Builder b, String title, String abstractText, ParseOptions options, List<Link> meta) {
        if (!options.analyze()) {
            b.links(MergeLinks.union(MergeLinks.find(abstractText), meta));
            return;
        }
        AbstractAnalysis a = AbstractAnalyzer.analyze(Optional.of(title), abstractText);
        b.links(MergeLinks.union(a.links(), meta))
                .metrics(a.metrics())
                .claims(a.claims())
                .analyzed(true);
    }

    /**
     * A record read from paperdex JSON Lines: kept as read when it carries an analysis (unless
     * {@link ParseOptions#reanalyze()}), analysed when it has none and {@link ParseOptions#analyze()}
     * is on.
     */
    static Paper ofJsonLine(Paper p, ParseOptions options) {
        if (!options.analyze() || (p.analyzed() && !options.reanalyze())) {
            return p;
        }
        return p.withAnalysis();
    }

    /**
     * A record read with the analysis off, analysed now: the same paper {@link #analyze} gives when
     * the analysis is on. The record's links are the abstract's links followed by the source's own,
     * one per URL key; putting the analysis's links (which are the abstract's) in front of them again
     * changes nothing, so the union equals the one made at reading.
     */
    static Paper complete(Paper read) {
        AbstractAnalysis a = AbstractAnalyzer.analyze(Optional.of(read.title()), read.abstractText());
        return Paper.builder()
                .from(read)
                .links(MergeLinks.union(a.links(), read.links()))
                .metrics(a.metrics())
                .claims(a.claims())
                .analyzed(true)
                .build();
    }
}
