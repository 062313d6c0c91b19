package dev.paperdex.parser;

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
import java.util.Locale;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads arXiv API responses (Atom 1.0 XML) entry by entry with the JDK's StAX parser.
 *
 * <h2>Input grammar</h2>
 *
 * <pre>
 * document = [ xml-declaration ] ( feed | entry )       no DOCTYPE allowed
 * feed     = &lt;feed xmlns="http://www.w3.org/2005/Atom"&gt; { entry | other } &lt;/feed&gt;
 * entry    = &lt;entry&gt; { id | title | summary | author | published | link
 *                     | arxiv:doi | arxiv:comment | other } &lt;/entry&gt;
 * author   = &lt;author&gt; &lt;name&gt;text&lt;/name&gt; { other } &lt;/author&gt;
 * link     = &lt;link href="..." [rel="..."] [title="..."] [type="..."]/&gt;
 * </pre>
 *
 * <p>{@code other} is any element, skipped with its content. Mapping: {@code <id>} {@code
 * http://arxiv.org/abs/2401.01234v2} gives {@link Paper#id()} {@code 2401.01234}: the version is
 * dropped because the id names the paper, and every version is the same paper for matching and
 * merging; {@code <title>} and {@code <summary>} with white space folded; {@code <author><name>}
 * gives {@link Paper#authors()}; {@code <published>} (the first version's time) gives {@link
 * Paper#date()} as its UTC day and {@link Paper#dateText()} as written.
 *
 * <p>Links: those found in the abstract; then the abstract page ({@code rel="alternate"}) as
 * {@code https://arxiv.org/abs/<id>} and the PDF ({@code title="pdf"}) as {@code
 * https://arxiv.org/pdf/<id>}, both {@link LinkKind#ARXIV} (the PDF is the same arXiv paper, and
 * {@link LinkKind} counts arXiv PDFs as arXiv links) and both without the version, like the id, so
 * they equal the links the Hugging Face reader makes; the DOI ({@code arxiv:doi}, or a {@code
 * title="doi"} link) as {@code https://doi.org/<doi>}, {@link LinkKind#DOI}; other links as
 * written, {@link LinkKind#OTHER}; then links found in {@code arxiv:comment}, without spans (their
 * offsets are not into the abstract). The comment itself is not kept: {@link Paper} has no field
 * for it, and its useful part for this model (project and code links) is kept as links. Categories,
 * {@code arxiv:journal_ref} and {@code <updated>} are not read.
 *
 * <p>Security: the parser does not support DTDs, external entities or entity replacement, and
 * resolves nothing. A document with a {@code <!DOCTYPE>} (entity bombs, external entities) is
 * refused with {@link ProblemCode#FORBIDDEN_DTD} before any entity is expanded or fetched, and
 * gives no records. Malformed XML, or elements nested more than {@value #MAX_DEPTH} deep, gives
 * {@link ProblemCode#BAD_XML} and ends the input; the entries before it are kept. An entry without a title or summary is dropped with {@link
 * ProblemCode#MISSING_FIELD}. Each record's {@link Source} is the input name, the line of {@code
 * <entry>} and {@link SourceKind#ARXIV_ATOM}.
 */
public final class ArxivAtomReader {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String ARXIV = "http://arxiv.org/schemas/atom";
    /** The deepest element nesting accepted; Atom needs four levels, XHTML content a few more. */
    static final int MAX_DEPTH = 100;

    private ArxivAtomReader() {}

    /**
     * Streams the papers of an arXiv Atom response; diagnostics go to {@code diagnostics}, or the
     * first one throws {@link PaperFormatException} when {@link ParseOptions#strict()}. The reader is
     * closed when the stream is.
     */
    public static Stream<Paper> stream(
            Reader in, String sourceName, ParseOptions options, Consumer<? super Diagnostic> diagnostics) {
        return stream(in, sourceName, options, diagnostics, 0);
    }

    /** As {@link #stream}, for input whose first {@code skippedLines} lines were consumed already. */
    static Stream<Paper> stream(
            Reader in,
            String sourceName,
            ParseOptions options,
            Consumer<? super Diagnostic> diagnostics,
            int skippedLines) {
        Entries entries =
                new Entries(in, sourceName, options, new DiagnosticSink(options.strict(), diagnostics), skippedLines);
        return StreamSupport.stream(entries, false).onClose(entries::close);
    }

    /** The longest element text kept (a {@code <summary>}, a {@code <title>}): 64 Ki characters. */
    static final int MAX_TEXT = 1 << 16;

    /** A StAX factory that refuses DTDs and never resolves or fetches anything. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // not coalescing: long text arrives in pieces, so text() can cut it without holding it whole
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // the JDK 24+ default everywhere, so that deep nesting is refused alike on every JDK
        f.setProperty("jdk.xml.maxElementDepth", MAX_DEPTH);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to resolve " + systemId);
        });
        return f;
    }

    /** The fields of one {@code <entry>}. */
    static final class Entry {
        final Location start;
        String id;
        String title;
        String summary;
        String published;
        Location publishedAt;
        String doi;
        String comment;
        final List<String> authors = new ArrayList<>();
        final List<Link> links = new ArrayList<>();

        Entry(Location start) {
            this.start = start;
        }
    }

    /** Walks the event stream entry by entry. */
    static final class Entries extends Spliterators.AbstractSpliterator<Paper> {
        private final Reader in;
        private final String sourceName;
        private final ParseOptions options;
        private final DiagnosticSink sink;
        private final int skippedLines;
        private XMLStreamReader xml;
        private boolean rootSeen;
        private boolean done;

        Entries(Reader in, String sourceName, ParseOptions options, DiagnosticSink sink, int skippedLines) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.in = in;
            this.sourceName = sourceName;
            this.options = options;
            this.sink = sink;
            this.skippedLines = skippedLines;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Paper> action) {
            if (done) {
                return false;
            }
            try {
                if (xml == null) {
                    xml = secureFactory().createXMLStreamReader(in);
                }
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        done = true;
                        SourcePosition at = position(xml.getLocation());
                        sink.report(Diagnostic.of(
                                sourceName,
                                at,
                                ProblemCode.FORBIDDEN_DTD,
                                "expected an Atom document without a DOCTYPE at " + at
                                        + ", found a DTD; refused without expanding or fetching entities",
                                "<!DOCTYPE"));
                        return false;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    boolean isRoot = !rootSeen;
                    rootSeen = true;
                    if (isAtom("entry")) {
                        Optional<Paper> paper = toPaper(readEntry());
                        if (paper.isPresent()) {
                            action.accept(paper.get());
                            return true;
                        }
                    } else if (isRoot && !isAtom("feed")) {
                        done = true;
                        SourcePosition at = position(xml.getLocation());
                        sink.report(Diagnostic.of(
                                sourceName,
                                at,
                                ProblemCode.UNKNOWN_FORMAT,
                                "expected an Atom <feed> or <entry> at " + at + ", found <" + xml.getLocalName() + ">",
                                xml.getLocalName()));
                        return false;
                    } else if (!isRoot) {
                        skipElement();
                    }
                }
                done = true;
                return false;
            } catch (XMLStreamException e) {
                done = true;
                SourcePosition at = e.getLocation() != null
                        ? position(e.getLocation())
                        : xml != null ? position(xml.getLocation()) : JsonXmlText.position(1, 1, 0);
                sink.report(Diagnostic.of(
                        sourceName,
                        at,
                        ProblemCode.BAD_XML,
                        "expected well-formed XML at " + at + ", found: " + message(e)));
                return false;
            } catch (PaperFormatException e) {
                done = true;
                throw e;
            } catch (RuntimeException e) {
                // the JDK's StAX parser fails on some malformed input with an unchecked exception of
                // its own (a MissingResourceException for a message it lacks, found by fuzzing)
                done = true;
                SourcePosition at = xml != null ? position(xml.getLocation()) : JsonXmlText.position(1, 1, 0);
                sink.report(Diagnostic.of(
                        sourceName,
                        at,
                        ProblemCode.BAD_XML,
                        "expected well-formed XML at " + at + ", found input the XML parser failed on ("
                                + e.getClass().getSimpleName() + ")"));
                return false;
            }
        }

        void close() {
            try {
                if (xml != null) {
                    xml.close();
                }
                in.close();
            } catch (XMLStreamException e) {
                throw new UncheckedIOException(new IOException(e));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private boolean isAtom(String local) {
            String ns = xml.getNamespaceURI();
            return local.equals(xml.getLocalName()) && (ns == null || ns.isEmpty() || ns.equals(ATOM));
        }

        private boolean isArxiv(String local) {
            return local.equals(xml.getLocalName()) && ARXIV.equals(xml.getNamespaceURI());
        }

        /** Reads the entry whose start tag is the current event, up to its end tag. */
        private Entry readEntry() throws XMLStreamException {
            Entry e = new Entry(xml.getLocation());
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return e;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (isAtom("id")) {
                    e.id = text();
                } else if (isAtom("title")) {
                    e.title = text();
                } else if (isAtom("summary")) {
                    e.summary = text();
                } else if (isAtom("published")) {
                    e.publishedAt = xml.getLocation();
                    e.published = text();
                } else if (isAtom("author")) {
                    readAuthor(e);
                } else if (isAtom("link")) {
                    readLink(e);
                } else if (isArxiv("doi")) {
                    e.doi = text();
                } else if (isArxiv("comment")) {
                    e.comment = text();
                } else {
                    skipElement();
                }
            }
            return e;
        }

        private void readAuthor(Entry e) throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (isAtom("name")) {
                        String name = JsonXmlText.fold(text());
                        if (!name.isEmpty()) {
                            e.authors.add(name);
                        }
                    } else {
                        skipElement();
                    }
                }
            }
        }

        private void readLink(Entry e) throws XMLStreamException {
            String href = attribute("href");
            String rel = attribute("rel");
            String title = attribute("title");
            skipElement();
            if (href == null || href.isBlank()) {
                return;
            }
            href = href.trim();
            String lowerTitle = title == null ? "" : title.trim().toLowerCase(Locale.ROOT);
            Optional<String> id = Optional.ofNullable(e.id).flatMap(ArxivAtomReader::idOf);
            if (lowerTitle.equals("pdf")) {
                e.links.add(Link.of(id.map(i -> "https://arxiv.org/pdf/" + i).orElse(href), LinkKind.ARXIV));
            } else if (lowerTitle.equals("doi")) {
                e.links.add(Link.of(doiUrl(href), LinkKind.DOI));
            } else if ((rel == null || rel.equals("alternate")) && href.contains("arxiv.org/abs/")) {
                e.links.add(Link.of(id.map(i -> "https://arxiv.org/abs/" + i).orElse(href), LinkKind.ARXIV));
            } else {
                e.links.add(Link.of(href, LinkKind.OTHER));
            }
        }

        private String attribute(String local) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                String ns = xml.getAttributeNamespace(i);
                if (local.equals(xml.getAttributeLocalName(i)) && (ns == null || ns.isEmpty())) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }

        /**
         * The text of the current element and its descendants, cut to {@link #MAX_TEXT} characters
         * (reported as {@link ProblemCode#RECORD_TOO_LARGE}); leaves the reader on its end tag.
         */
        private String text() throws XMLStreamException {
            javax.xml.stream.Location start = xml.getLocation();
            StringBuilder out = new StringBuilder();
            boolean cut = false;
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        int room = MAX_TEXT - out.length();
                        if (xml.getTextLength() > room) {
                            out.append(xml.getTextCharacters(), xml.getTextStart(), Math.max(0, room));
                            cut = true;
                        } else {
                            out.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                        // coalescing off, an undeclared entity surfaces here instead of failing
                        throw new XMLStreamException(
                                "undeclared entity '&" + xml.getLocalName() + ";'", xml.getLocation());
                    default -> {
                        // comments, processing instructions: not text
                    }
                }
            }
            if (cut) {
                SourcePosition at = position(start);
                sink.report(Diagnostic.of(
                        sourceName,
                        at,
                        ProblemCode.RECORD_TOO_LARGE,
                        "expected an element text of at most " + MAX_TEXT + " characters at " + at
                                + ", found a longer one (cut there)"));
            }
            return out.toString();
        }

        /** Skips the current element and its content; leaves the reader on its end tag. */
        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private Optional<Paper> toPaper(Entry e) {
            String title = e.title == null ? "" : JsonXmlText.fold(e.title);
            String summary = e.summary == null ? "" : JsonXmlText.fold(e.summary);
            if (title.isEmpty() || summary.isEmpty()) {
                SourcePosition at = position(e.start);
                String missing = title.isEmpty() ? "title" : "summary";
                sink.report(Diagnostic.of(
                        sourceName,
                        at,
                        ProblemCode.MISSING_FIELD,
                        "expected a <" + missing + "> in the entry at " + at + ", found none"));
                return Optional.empty();
            }
            Paper.Builder b = Paper.builder().title(title).abstractText(summary);
            Optional<String> id = Optional.ofNullable(e.id).flatMap(ArxivAtomReader::idOf);
            id.ifPresent(b::id);
            if (!e.authors.isEmpty()) {
                b.authors(e.authors).authorCount(e.authors.size());
            }
            if (e.published != null && !e.published.isBlank()) {
                String published = e.published.trim();
                Optional<LocalDate> date = JsonXmlText.utcDate(published);
                if (date.isPresent()) {
                    b.date(date.get()).dateText(published);
                } else {
                    SourcePosition at = position(e.publishedAt);
                    sink.report(Diagnostic.of(
                            sourceName,
                            at,
                            ProblemCode.BAD_DATE,
                            "expected an ISO-8601 time in <published> at " + at + ", found '" + published + "'",
                            published));
                }
            }
            List<Link> meta = new ArrayList<>(e.links);
            if (e.doi != null && !e.doi.isBlank()) {
                meta.add(Link.of(doiUrl(e.doi), LinkKind.DOI));
            }
            List<Link> comment = e.comment == null ? List.of() : MergeLinks.findWithoutSpans(e.comment);
            meta.addAll(comment);
            ReaderAnalysis.analyze(b, title, summary, options, meta);
            b.source(Source.of(sourceName, line(e.start), SourceKind.ARXIV_ATOM));
            return Optional.of(b.build());
        }

        private int line(Location at) {
            return Math.max(1, at.getLineNumber()) + skippedLines;
        }

        private SourcePosition position(Location at) {
            return JsonXmlText.position(
                    (long) Math.max(1, at.getLineNumber()) + skippedLines,
                    at.getColumnNumber(),
                    at.getCharacterOffset());
        }
    }

    /** The arXiv id of an Atom {@code <id>}: {@code http://arxiv.org/abs/2401.01234v2} gives {@code 2401.01234}. */
    static Optional<String> idOf(String atomId) {
        String s = atomId.trim();
        int abs = s.indexOf("arxiv.org/abs/");
        if (abs < 0) {
            return Optional.empty();
        }
        return JsonXmlText.arxivId(s.substring(abs + "arxiv.org/abs/".length()));
    }

    /** {@code https://doi.org/<doi>} for a bare DOI or a {@code doi.org}/{@code dx.doi.org} URL. */
    static String doiUrl(String doi) {
        String s = doi.trim();
        for (String prefix :
                List.of("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:")) {
            if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
                s = s.substring(prefix.length());
                break;
            }
        }
        return s.startsWith("10.") ? "https://doi.org/" + s : doi.trim();
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int at = m.indexOf("Message: ");
        if (at >= 0) {
            m = m.substring(at + "Message: ".length());
        }
        return m.strip();
    }
}
