package dev.paperdex.parser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads arXiv's bulk metadata snapshot ({@code arxiv-metadata-oai-snapshot.json}, about 2.7
 * million papers), one JSON object per line, one line in memory at a time.
 *
 * <h2>Input grammar</h2>
 *
 * <pre>
 * input  = { line }                     one record per line; blank lines are skipped
 * line   = { "id": string, "title": string, "abstract": string, "authors"?: string,
 *            "authors_parsed"?: [ [ keyname, forenames, suffix ] ],
 *            "versions"?: [ { "version": "v1", "created": RFC-1123 time }, ... ],
 *            "update_date"?: "yyyy-mm-dd", "doi"?: string, "comments"?: string, ... }
 * </pre>
 *
 * <p>Mapping: {@code id} is {@link Paper#id()} (without a version); {@code title} and {@code
 * abstract}, wrapped and indented in the snapshot, are folded to single spaces; authors are
 * {@code authors_parsed} as {@code forenames keyname suffix}, or else the {@code authors} string
 * split at commas and {@code and}; the date is the UTC day of version {@code v1}'s {@code created}
 * (written as the source wrote it in {@link Paper#dateText()}), or else {@code update_date}. Links:
 * those found in the abstract, then {@code https://arxiv.org/abs/<id>} ({@link LinkKind#ARXIV}),
 * each DOI of {@code doi} ({@link LinkKind#DOI}) and the links of {@code comments}, without spans.
 * The comments, categories and licence themselves are not kept: {@link Paper} has no field for
 * them.
 *
 * <p>A record without a title or abstract is dropped with {@link ProblemCode#MISSING_FIELD}; a
 * field of the wrong type gives {@link ProblemCode#WRONG_TYPE} and the record is kept without it;
 * an unreadable date gives {@link ProblemCode#BAD_DATE}; a line that is not one well-formed JSON
 * object gives {@link ProblemCode#BAD_JSON} and the next line is read on. Each record's {@link
 * Source} is the input name, its line and {@link SourceKind#ARXIV_SNAPSHOT}.
 */
final class ArxivSnapshotReader extends JsonRecordReader {
    private ArxivSnapshotReader(BufferedReader in, String sourceName, ParseOptions options, DiagnosticSink sink) {
        super(in, false, sourceName, options, sink);
    }

    /** Streams the papers of a snapshot; the reader is closed when the stream is. */
    static Stream<Paper> stream(
            BufferedReader in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics) {
        ArxivSnapshotReader records =
                new ArxivSnapshotReader(in, sourceName, options, new DiagnosticSink(options.strict(), diagnostics));
        return StreamSupport.stream(records, false).onClose(records::close);
    }

    @Override
    Optional<Paper> record(JsonLocation start) throws IOException {
        String id = null;
        String title = null;
        String abstractText = null;
        String authorsText = null;
        List<String> parsed = null;
        String created = null;
        JsonLocation createdAt = null;
        String updated = null;
        JsonLocation updatedAt = null;
        String doi = null;
        String comments = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            switch (name) {
                case "id" -> id = string(name, v);
                case "title" -> title = string(name, v);
                case "abstract" -> abstractText = string(name, v);
                case "authors" -> authorsText = string(name, v);
                case "authors_parsed" -> parsed = authorsParsed(v);
                case "versions" -> {
                    if (expect(JsonToken.START_ARRAY, "an array of versions", name, v)) {
                        JsonLocation[] at = new JsonLocation[1];
                        created = firstVersion(at);
                        createdAt = at[0];
                    }
                }
                case "update_date" -> {
                    updatedAt = parser.currentTokenLocation();
                    updated = string(name, v);
                }
                case "doi" -> doi = string(name, v);
                case "comments" -> comments = string(name, v);
                default -> parser.skipChildren();
            }
        }
        title = fold(title);
        abstractText = fold(abstractText);
        if (title == null || abstractText == null) {
            missing(title == null ? "title" : "abstract", start);
            return Optional.empty();
        }
        Paper.Builder b = Paper.builder().title(title).abstractText(abstractText);
        String folded = fold(id);
        Optional<String> arxivId = folded == null ? Optional.empty() : JsonXmlText.arxivId(folded);
        if (folded != null) {
            b.id(arxivId.orElse(folded));
        }
        List<String> authors = parsed != null && !parsed.isEmpty() ? parsed : splitAuthors(authorsText);
        if (!authors.isEmpty()) {
            b.authors(authors).authorCount(authors.size());
        }
        date(b, created, createdAt, updated, updatedAt);
        List<Link> meta = new ArrayList<>();
        arxivId.ifPresent(a -> meta.add(Link.of("https://arxiv.org/abs/" + a, LinkKind.ARXIV)));
        if (doi != null) {
            for (String d : JsonXmlText.fold(doi).split(" ")) {
                if (!d.isEmpty()) {
                    meta.add(Link.of(ArxivAtomReader.doiUrl(d), LinkKind.DOI));
                }
            }
        }
        if (comments != null) {
            meta.addAll(MergeLinks.findWithoutSpans(comments));
        }
        ReaderAnalysis.analyze(b, title, abstractText, options, meta);
        b.source(Source.of(sourceName, line(start), SourceKind.ARXIV_SNAPSHOT));
        return Optional.of(b.build());
    }

    private void date(Paper.Builder b, String created, JsonLocation createdAt, String updated, JsonLocation updatedAt) {
        if (created != null) {
            String text = created.trim();
            try {
                LocalDate day = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDate();
                b.date(day).dateText(text);
                return;
            } catch (DateTimeParseException e) {
                badDate(
                        "an RFC 1123 time such as 'Mon, 2 Apr 2007 19:18:42 GMT'",
                        "versions[].created",
                        createdAt,
                        text);
            }
        }
        if (updated != null) {
            String text = updated.trim();
            try {
                b.date(LocalDate.parse(text)).dateText(text);
            } catch (DateTimeParseException e) {
                badDate("a date such as '2007-05-23'", "update_date", updatedAt, text);
            }
        }
    }

    /** The {@code created} time of version {@code v1}, else of the first version; the array is read to its end. */
    private String firstVersion(JsonLocation[] at) throws IOException {
        String first = null;
        JsonLocation firstAt = null;
        String v1 = null;
        JsonLocation v1At = null;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (!expect(JsonToken.START_OBJECT, "a version object", "versions[]", t)) {
                continue;
            }
            String version = null;
            String created = null;
            JsonLocation createdAt = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken fv = parser.nextToken();
                if (field.equals("version")) {
                    version = string("versions[].version", fv);
                } else if (field.equals("created")) {
                    createdAt = parser.currentTokenLocation();
                    created = string("versions[].created", fv);
                } else {
                    parser.skipChildren();
                }
            }
            if (created != null && first == null) {
                first = created;
                firstAt = createdAt;
            }
            if (created != null && v1 == null && "v1".equals(version)) {
                v1 = created;
                v1At = createdAt;
            }
        }
        at[0] = v1 != null ? v1At : firstAt;
        return v1 != null ? v1 : first;
    }

    /** {@code authors_parsed}: each {@code [keyname, forenames, suffix]} as {@code forenames keyname suffix}. */
    private List<String> authorsParsed(JsonToken v) throws IOException {
        List<String> names = new ArrayList<>();
        if (!expect(JsonToken.START_ARRAY, "an array of [keyname, forenames, suffix]", "authors_parsed", v)) {
            return names;
        }
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
            if (!expect(JsonToken.START_ARRAY, "an array [keyname, forenames, suffix]", "authors_parsed[]", t)) {
                continue;
            }
            List<String> parts = new ArrayList<>(3);
            JsonToken p;
            while ((p = parser.nextToken()) != JsonToken.END_ARRAY && p != null) {
                String part = string("authors_parsed[][]", p);
                parts.add(part == null ? "" : JsonXmlText.fold(part));
            }
            String keyname = parts.isEmpty() ? "" : parts.get(0);
            String forenames = parts.size() > 1 ? parts.get(1) : "";
            String suffix = parts.size() > 2 ? parts.get(2) : "";
            String name = JsonXmlText.fold(forenames + " " + keyname + " " + suffix);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** The {@code authors} string split at commas and the word {@code and}. */
    static List<String> splitAuthors(String text) {
        List<String> names = new ArrayList<>();
        if (text == null) {
            return names;
        }
        for (String part : JsonXmlText.fold(text).split(",| and ")) {
            String name = JsonXmlText.fold(part);
            if (name.startsWith("and ")) {
                name = name.substring(4);
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
