package dev.paperdex.parser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads Hugging Face papers API JSON, one record at a time with the Jackson streaming parser: the
 * input is never held whole, so a file of any size reads in flat memory.
 *
 * <h2>Input grammar</h2>
 *
 * <pre>
 * input   = { value }                      one or more top-level JSON values
 * value   = record | "[" [ record { "," record } ] "]"
 * record  = item | paper
 * item    = { "paper": paper, "title"?, "summary"?, "numComments"?, "organization"?, ... }
 *                                          /api/daily_papers elements and search results
 * paper   = { "id"?, "title"?, "summary"?, "authors"?, "publishedAt"?, "upvotes"?,
 *             "githubRepo"?, "projectPage"?, "organization"?, "githubStars"?,
 *             "ai_keywords"?, "submittedOnDailyAt"?, ... }                  /api/papers/{id}
 * authors = [ { "name": string, ... } | string ]
 * organization = { "fullname": string, ... }
 * </pre>
 *
 * <p>Mapping: {@code paper.id} is {@link Paper#id()}; title and abstract ({@code summary}) come
 * from the item, else from the paper (2024 items have no item-level summary), white space folded;
 * {@code authors[].name} gives {@link Paper#authors()} and {@link Paper#authorCount()}; {@code
 * paper.publishedAt} (an ISO instant) gives {@link Paper#date()} as its UTC day and {@link
 * Paper#dateText()} as written (the item-level {@code publishedAt} is ignored: in 2024 items it
 * is the submission to the daily list, in later ones the paper's time shifted by hours); {@code
 * numComments} is {@link Paper#commentCount()}; {@code paper.upvotes} is {@link Paper#upvotes()};
 * {@code githubStars} is {@link Paper#stars()}; {@code ai_keywords} (an array of strings, folded,
 * blanks and repeats left out) is {@link Paper#keywords()}; {@code submittedOnDailyAt} (an ISO
 * instant, the time the paper was put on the daily list) gives {@link Paper#listedOn()} as its UTC
 * day, and an unreadable one gives {@link ProblemCode#BAD_DATE}. Links: those found in the abstract, then {@code
 * githubRepo} ({@link LinkKind#CODE}), {@code projectPage} ({@link LinkKind#PROJECT_PAGE}) and
 * {@code https://arxiv.org/abs/<id>} ({@link LinkKind#ARXIV}), one per URL.
 *
 * <p>{@code organization.fullname} becomes {@link Paper#team()}: the listing page shows a paper's
 * organisation by this display name in the place of the author count, which is what the listing
 * reader reads as the team, so both readers give the same value for the same card. The slug
 * {@code organization.name} is not used.
 *
 * <p>Unknown fields are ignored and optional fields may be missing or {@code null}. A record
 * without a title or abstract is dropped with {@link ProblemCode#MISSING_FIELD}; a field of the
 * wrong type ({@code "upvotes": "many"}) gives {@link ProblemCode#WRONG_TYPE} and the record is
 * kept without it; an unreadable {@code publishedAt} gives {@link ProblemCode#BAD_DATE} and the
 * record is kept without a date. Malformed or truncated JSON gives {@link ProblemCode#BAD_JSON} at
 * the parser's position and ends the input; the records before it are kept. A JSON string longer
 * than {@link JsonStringCap#MAX_STRING} (64 Ki) characters is cut there with {@link
 * ProblemCode#RECORD_TOO_LARGE}, so one huge value costs bounded memory. Each record's {@link
 * Source} is the input name, the line of the record's opening brace and {@link SourceKind#HF_API}.
 */
public final class HfApiReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private HfApiReader() {}

    /**
     * Streams the papers of Hugging Face API JSON; diagnostics go to {@code diagnostics}, or the
     * first one throws {@link PaperFormatException} when {@link ParseOptions#strict()}. The reader is
     * closed when the stream is.
     */
    public static Stream<Paper> stream(
            Reader in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics) {
        DiagnosticSink sink = new DiagnosticSink(options.strict(), diagnostics);
        JsonParser parser;
        try {
            parser = FACTORY.createParser(new JsonStringCap(in, sourceName, sink));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Records records = new Records(parser, sourceName, options, sink);
        return StreamSupport.stream(records, false).onClose(records::close);
    }

    /** The fields of one JSON object that the mapping reads; {@code null} where absent. */
    static final class Fields {
        final JsonLocation start;
        Fields paper;
        String id;
        String title;
        String summary;
        String publishedAt;
        JsonLocation publishedAtAt;
        Integer upvotes;
        Integer numComments;
        Integer githubStars;
        List<String> keywords;
        String listedAt;
        JsonLocation listedAtAt;
        String githubRepo;
        String projectPage;
        List<String> authors;
        String organization;

        Fields(JsonLocation start) {
            this.start = start;
        }
    }

    /** Walks the token stream record by record. */
    static final class Records extends Spliterators.AbstractSpliterator<Paper> {
        private final JsonParser parser;
        private final String sourceName;
        private final ParseOptions options;
        private final DiagnosticSink sink;
        private boolean inArray;
        private boolean done;

        Records(JsonParser parser, String sourceName, ParseOptions options, DiagnosticSink sink) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.parser = parser;
            this.sourceName = sourceName;
            this.options = options;
            this.sink = sink;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Paper> action) {
            if (done) {
                return false;
            }
            try {
                while (true) {
                    JsonToken t = parser.nextToken();
                    if (t == null) {
                        done = true;
                        return false;
                    }
                    if (t == JsonToken.START_OBJECT) {
                        Optional<Paper> paper = toPaper(readObject(true));
                        if (paper.isPresent()) {
                            action.accept(paper.get());
                            return true;
                        }
                    } else if (t == JsonToken.START_ARRAY && !inArray) {
                        inArray = true;
                    } else if (t == JsonToken.END_ARRAY && inArray) {
                        inArray = false;
                    } else {
                        wrongType("a paper record (a JSON object)", "record", t);
                    }
                }
            } catch (JsonProcessingException e) {
                done = true;
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                String message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
                sink.report(Diagnostic.of(
                        sourceName,
                        position(at),
                        ProblemCode.BAD_JSON,
                        "expected well-formed JSON at " + position(at) + ", found: " + firstLine(message)));
                return false;
            } catch (IOException e) {
                done = true;
                throw new UncheckedIOException(e);
            } catch (PaperFormatException e) {
                done = true;
                throw e;
            }
        }

        void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Reads the object whose START_OBJECT is the current token; a nested "paper" only at the top. */
        private Fields readObject(boolean top) throws IOException {
            Fields f = new Fields(parser.currentTokenLocation());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken v = parser.nextToken();
                switch (name) {
                    case "paper" -> {
                        if (top && v == JsonToken.START_OBJECT) {
                            f.paper = readObject(false);
                        } else if (top && v != JsonToken.VALUE_NULL) {
                            wrongType("an object", name, v);
                        } else {
                            parser.skipChildren();
                        }
                    }
                    case "id" -> f.id = string(name, v);
                    case "title" -> f.title = string(name, v);
                    case "summary" -> f.summary = string(name, v);
                    case "publishedAt" -> {
                        f.publishedAtAt = parser.currentTokenLocation();
                        f.publishedAt = string(name, v);
                    }
                    case "upvotes" -> f.upvotes = count(name, v);
                    case "numComments" -> f.numComments = count(name, v);
                    case "githubStars" -> f.githubStars = count(name, v);
                    case "ai_keywords" -> f.keywords = strings(name, v);
                    case "submittedOnDailyAt" -> {
                        f.listedAtAt = parser.currentTokenLocation();
                        f.listedAt = string(name, v);
                    }
                    case "githubRepo" -> f.githubRepo = string(name, v);
                    case "projectPage" -> f.projectPage = string(name, v);
                    case "authors" -> f.authors = authors(v);
                    case "organization" -> f.organization = organization(v);
                    default -> parser.skipChildren();
                }
            }
            return f;
        }

        private String string(String name, JsonToken v) throws IOException {
            if (v == JsonToken.VALUE_STRING) {
                return parser.getText();
            }
            if (v != JsonToken.VALUE_NULL) {
                wrongType("a string", name, v);
            }
            return null;
        }

        private Integer count(String name, JsonToken v) throws IOException {
            if (v == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() == JsonParser.NumberType.INT
                    && parser.getIntValue() >= 0) {
                return parser.getIntValue();
            }
            if (v != JsonToken.VALUE_NULL) {
                wrongType("a non-negative integer", name, v);
            }
            return null;
        }

        /** An array of strings, folded, blank and non-string elements left out (the latter reported). */
        private List<String> strings(String name, JsonToken v) throws IOException {
            List<String> out = new ArrayList<>();
            if (v == JsonToken.VALUE_NULL) {
                return out;
            }
            if (v != JsonToken.START_ARRAY) {
                wrongType("an array of strings", name, v);
                return out;
            }
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    return out; // only at the end of input, which the next read reports
                }
                if (t == JsonToken.VALUE_STRING) {
                    String s = JsonXmlText.fold(parser.getText());
                    if (!s.isEmpty() && !out.contains(s)) {
                        out.add(s);
                    }
                } else if (t != JsonToken.VALUE_NULL) {
                    wrongType("a string", name + "[]", t);
                }
            }
            return out;
        }

        private List<String> authors(JsonToken v) throws IOException {
            List<String> names = new ArrayList<>();
            if (v == JsonToken.VALUE_NULL) {
                return names;
            }
            if (v != JsonToken.START_ARRAY) {
                wrongType("an array of authors", "authors", v);
                return names;
            }
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    return names; // only at the end of input, which the next read reports
                }
                String name = null;
                if (t == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        JsonToken fv = parser.nextToken();
                        if (field.equals("name")) {
                            name = string("authors[].name", fv);
                        } else {
                            parser.skipChildren();
                        }
                    }
                } else if (t == JsonToken.VALUE_STRING) {
                    name = parser.getText();
                } else if (t != JsonToken.VALUE_NULL) {
                    wrongType("an author object", "authors[]", t);
                }
                // an author without a name is left out rather than counted as a blank
                if (name != null && !JsonXmlText.fold(name).isEmpty()) {
                    names.add(JsonXmlText.fold(name));
                }
            }
            return names;
        }

        private String organization(JsonToken v) throws IOException {
            if (v == JsonToken.VALUE_NULL) {
                return null;
            }
            if (v != JsonToken.START_OBJECT) {
                wrongType("an organization object", "organization", v);
                return null;
            }
            String fullname = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken fv = parser.nextToken();
                if (field.equals("fullname")) {
                    fullname = string("organization.fullname", fv);
                } else {
                    parser.skipChildren();
                }
            }
            return fullname;
        }

        /** Reports a value of the wrong type at the current token and skips it. */
        private void wrongType(String expected, String name, JsonToken found) throws IOException {
            JsonXmlText.wrongType(
                    parser, sink, sourceName, position(parser.currentTokenLocation()), expected, name, found);
        }

        private Optional<Paper> toPaper(Fields outer) {
            Fields item = outer.paper != null ? outer : null;
            Fields p = outer.paper != null ? outer.paper : outer;
            String title = fold(first(item == null ? null : item.title, p.title));
            String summary = fold(first(item == null ? null : item.summary, p.summary));
            if (title == null || summary == null) {
                SourcePosition at = position(outer.start);
                String missing = title == null ? "title" : "summary";
                sink.report(Diagnostic.of(
                        sourceName,
                        at,
                        ProblemCode.MISSING_FIELD,
                        "expected a \"" + missing + "\" in the record starting at " + at + ", found none"));
                return Optional.empty();
            }
            Paper.Builder b = Paper.builder().title(title).abstractText(summary);
            Optional<String> id = Optional.ofNullable(fold(first(p.id, item == null ? null : item.id)));
            id.ifPresent(b::id);
            List<String> authors = p.authors != null ? p.authors : item == null ? null : item.authors;
            if (authors != null && !authors.isEmpty()) {
                b.authors(authors).authorCount(authors.size());
            }
            String published = p.publishedAt;
            if (published != null) {
                Optional<LocalDate> date = JsonXmlText.utcDate(published);
                if (date.isPresent()) {
                    b.date(date.get()).dateText(published);
                } else {
                    SourcePosition at = position(p.publishedAtAt);
                    sink.report(Diagnostic.of(
                            sourceName,
                            at,
                            ProblemCode.BAD_DATE,
                            "expected an ISO-8601 time for \"publishedAt\" at " + at + ", found '" + published + "'",
                            published));
                }
            }
            Integer comments = first(item == null ? null : item.numComments, p.numComments);
            if (comments != null) {
                b.commentCount(comments);
            }
            Integer upvotes = first(p.upvotes, item == null ? null : item.upvotes);
            if (upvotes != null) {
                b.upvotes(upvotes);
            }
            Integer stars = first(p.githubStars, item == null ? null : item.githubStars);
            if (stars != null) {
                b.stars(stars);
            }
            List<String> keywords = p.keywords != null ? p.keywords : item == null ? null : item.keywords;
            if (keywords != null) {
                b.keywords(keywords);
            }
            Fields listed = p.listedAt != null ? p : item != null && item.listedAt != null ? item : null;
            if (listed != null) {
                Optional<LocalDate> day = JsonXmlText.utcDate(listed.listedAt);
                if (day.isPresent()) {
                    b.listedOn(day.get());
                } else {
                    SourcePosition at = position(listed.listedAtAt);
                    sink.report(Diagnostic.of(
                            sourceName,
                            at,
                            ProblemCode.BAD_DATE,
                            "expected an ISO-8601 time for \"submittedOnDailyAt\" at " + at + ", found '"
                                    + listed.listedAt + "'",
                            listed.listedAt));
                }
            }
            String team = fold(first(item == null ? null : item.organization, p.organization));
            if (team != null) {
                b.team(team);
            }
            List<Link> meta = new ArrayList<>();
            String code = fold(first(p.githubRepo, item == null ? null : item.githubRepo));
            if (code != null) {
                meta.add(Link.of(code, LinkKind.CODE));
            }
            String project = fold(first(p.projectPage, item == null ? null : item.projectPage));
            if (project != null) {
                meta.add(Link.of(project, LinkKind.PROJECT_PAGE));
            }
            id.flatMap(JsonXmlText::arxivId)
                    .ifPresent(a -> meta.add(Link.of("https://arxiv.org/abs/" + a, LinkKind.ARXIV)));
            ReaderAnalysis.analyze(b, title, summary, options, meta);
            b.source(Source.of(sourceName, Math.max(1, outer.start.getLineNr()), SourceKind.HF_API));
            return Optional.of(b.build());
        }
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    /** Folded text, or {@code null} when absent or blank. */
    private static String fold(String s) {
        if (s == null) {
            return null;
        }
        String f = JsonXmlText.fold(s);
        return f.isEmpty() ? null : f;
    }

    private static SourcePosition position(JsonLocation at) {
        return JsonXmlText.position(at.getLineNr(), at.getColumnNr(), at.getCharOffset());
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl >= 0 ? message.substring(0, nl) : message;
    }
}
