package dev.paperdex.parser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads OpenAlex works: a snapshot part ({@code data/works/.../part_000.gz}, one work per line,
 * gzip undone by {@link Papers}) or {@code /works} API pages ({@code {"meta": ..., "results": [work,
 * ...]}}), one work in memory at a time.
 *
 * <h2>Input grammar</h2>
 *
 * <pre>
 * work = { "title"?: string, "display_name"?: string, "doi"?: string,
 *          "publication_date"?: "yyyy-mm-dd",
 *          "abstract_inverted_index"?: { word: [ position, ... ], ... },
 *          "authorships"?: [ { "author": { "display_name": string }, "raw_author_name"?: string } ],
 *          "primary_location"?: { "landing_page_url": string }, "locations"?: [ location ], ... }
 * page = { "meta"?: ..., "results": [ work, ... ], ... }
 * </pre>
 *
 * <p>Mapping: the title is {@code title}, else {@code display_name}; the abstract is rebuilt from
 * {@code abstract_inverted_index}, its words put back at their positions and joined by single
 * spaces; {@link Paper#id()} is the arXiv id of a {@code 10.48550/arxiv.} DOI, else of an arXiv
 * landing page ({@code arxiv.org/abs/<id>}) of the primary or another location; authors are {@code
 * authorships[].author.display_name}, else {@code raw_author_name}; the date is {@code
 * publication_date}. Links: those found in the abstract, then {@code https://arxiv.org/abs/<id>}
 * ({@link LinkKind#ARXIV}) and the DOI ({@link LinkKind#DOI}).
 *
 * <p>A work without a title or abstract (OpenAlex has none for many works) is dropped with
 * {@link ProblemCode#MISSING_FIELD}; a field of the wrong type gives {@link ProblemCode#WRONG_TYPE}
 * and the work is kept without it; an unreadable date gives {@link ProblemCode#BAD_DATE}. In a
 * snapshot part a bad line gives {@link ProblemCode#BAD_JSON} and the next line is read on; in a
 * page malformed JSON ends the input. Each record's {@link Source} is the input name, the line of
 * the work's opening brace and {@link SourceKind#OPENALEX}.
 */
final class OpenAlexReader extends JsonRecordReader {
    private OpenAlexReader(
            BufferedReader in, boolean pages, String sourceName, ParseOptions options, DiagnosticSink sink) {
        super(in, pages, sourceName, options, sink);
    }

    /**
     * Streams the works of a snapshot part ({@code pages} false) or of API pages; the reader is
     * closed when the stream is.
     */
    static Stream<Paper> stream(
            BufferedReader in,
            boolean pages,
            String sourceName,
            ParseOptions options,
            Consumer<? super Diagnostic> diagnostics) {
        OpenAlexReader records =
                new OpenAlexReader(in, pages, sourceName, options, new DiagnosticSink(options.strict(), diagnostics));
        return StreamSupport.stream(records, false).onClose(records::close);
    }

    @Override
    Optional<Paper> record(JsonLocation start) throws IOException {
        String title = null;
        String displayName = null;
        String doi = null;
        String published = null;
        JsonLocation publishedAt = null;
        String abstractText = null;
        List<String> authors = List.of();
        List<String> landingPages = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            switch (name) {
                case "title" -> title = string(name, v);
                case "display_name" -> displayName = string(name, v);
                case "doi" -> doi = string(name, v);
                case "publication_date" -> {
                    publishedAt = parser.currentTokenLocation();
                    published = string(name, v);
                }
                case "abstract_inverted_index" -> abstractText = invertedIndex(v);
                case "authorships" -> authors = authorships(v);
                case "primary_location" -> landingPage(v, "primary_location", landingPages);
                case "locations" -> {
                    if (expect(JsonToken.START_ARRAY, "an array of locations", name, v)) {
                        JsonToken t;
                        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                            landingPage(t, "locations[]", landingPages);
                        }
                    }
                }
                default -> parser.skipChildren();
            }
        }
        String t = fold(title != null ? title : displayName);
        String a = fold(abstractText);
        if (t == null || a == null) {
            missing(t == null ? "title" : "abstract_inverted_index", start);
            return Optional.empty();
        }
        Paper.Builder b = Paper.builder().title(t).abstractText(a);
        String doiUrl = doi == null || doi.isBlank() ? null : ArxivAtomReader.doiUrl(doi);
        Optional<String> id = arxivIdOfDoi(doiUrl);
        for (int i = 0; id.isEmpty() && i < landingPages.size(); i++) {
            id = ArxivAtomReader.idOf(landingPages.get(i));
        }
        id.ifPresent(b::id);
        if (!authors.isEmpty()) {
            b.authors(authors).authorCount(authors.size());
        }
        if (published != null) {
            String text = published.trim();
            try {
                b.date(LocalDate.parse(text)).dateText(text);
            } catch (DateTimeParseException e) {
                badDate("a date such as '2025-07-24'", "publication_date", publishedAt, text);
            }
        }
        List<Link> meta = new ArrayList<>();
        id.ifPresent(i -> meta.add(Link.of("https://arxiv.org/abs/" + i, LinkKind.ARXIV)));
        if (doiUrl != null) {
            meta.add(Link.of(doiUrl, LinkKind.DOI));
        }
        ReaderAnalysis.analyze(b, t, a, options, meta);
        b.source(Source.of(sourceName, line(start), SourceKind.OPENALEX));
        return Optional.of(b.build());
    }

    /** The arXiv id of an arXiv DOI URL ({@code https://doi.org/10.48550/arxiv.2507.18103}). */
    static Optional<String> arxivIdOfDoi(String doiUrl) {
        if (doiUrl == null) {
            return Optional.empty();
        }
        String prefix = "10.48550/arxiv.";
        int at = doiUrl.toLowerCase(Locale.ROOT).indexOf(prefix);
        return at < 0 ? Optional.empty() : JsonXmlText.arxivId(doiUrl.substring(at + prefix.length()));
    }

    /** Adds the {@code landing_page_url} of a location object, when it has one. */
    private void landingPage(JsonToken v, String name, List<String> out) throws IOException {
        if (!expect(JsonToken.START_OBJECT, "a location object", name, v)) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken fv = parser.nextToken();
            if (field.equals("landing_page_url")) {
                String url = string(name + ".landing_page_url", fv);
                if (url != null) {
                    out.add(url);
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    /** The names of {@code authorships}. */
    private List<String> authorships(JsonToken v) throws IOException {
        List<String> names = new ArrayList<>();
        if (!expect(JsonToken.START_ARRAY, "an array of authorships", "authorships", v)) {
            return names;
        }
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (!expect(JsonToken.START_OBJECT, "an authorship object", "authorships[]", t)) {
                continue;
            }
            String display = null;
            String raw = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken fv = parser.nextToken();
                if (field.equals("raw_author_name")) {
                    raw = string("authorships[].raw_author_name", fv);
                } else if (field.equals("author")
                        && expect(JsonToken.START_OBJECT, "an author object", "authorships[].author", fv)) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String af = parser.currentName();
                        JsonToken av = parser.nextToken();
                        if (af.equals("display_name")) {
                            display = string("authorships[].author.display_name", av);
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else if (!field.equals("author")) {
                    parser.skipChildren();
                }
            }
            String name = fold(display != null ? display : raw);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The abstract of an inverted index: each word at each of its positions, in position order,
     * joined by single spaces. Sorting the (position, word) pairs keeps the work linear in the
     * index's size whatever the positions are (no array sized by the largest position).
     */
    private String invertedIndex(JsonToken v) throws IOException {
        if (!expect(JsonToken.START_OBJECT, "an object of word positions", "abstract_inverted_index", v)) {
            return null;
        }
        List<String> words = new ArrayList<>();
        long[] keys = new long[64];
        int n = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String word = parser.currentName();
            JsonToken pv = parser.nextToken();
            if (!expect(JsonToken.START_ARRAY, "an array of positions", "abstract_inverted_index." + word, pv)) {
                continue;
            }
            int w = words.size();
            words.add(word);
            JsonToken p;
            while ((p = parser.nextToken()) != JsonToken.END_ARRAY && p != null) {
                if (p != JsonToken.VALUE_NUMBER_INT
                        || parser.getNumberType() != JsonParser.NumberType.INT
                        || parser.getIntValue() < 0) {
                    wrongType("a non-negative integer position", "abstract_inverted_index." + word, p);
                    continue;
                }
                if (n == keys.length) {
                    keys = Arrays.copyOf(keys, n * 2);
                }
                // position in the high half, word number in the low half: one sort orders both
                keys[n++] = ((long) parser.getIntValue() << 32) | w;
            }
        }
        Arrays.sort(keys, 0, n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(words.get((int) (keys[i] & 0xffffffffL)));
        }
        return out.toString();
    }
}
