package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import dev.paperdex.Link;
import dev.paperdex.LinkKind;
import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.SourceKind;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

final class ArxivAtomReaderTest {
    static final Paper RDD = Paper.builder()
            .id("2510.14968")
            .title("RDD: Retrieval-Based Demonstration Decomposer for Planner Alignment in Long-Horizon Tasks")
            .abstractText(
                    "To tackle long-horizon tasks, recent hierarchical vision-language-action (VLAs) frameworks employ vision-language model (VLM)-based planners to decompose complex manipulation tasks into simpler sub-tasks that low-level visuomotor policies can easily handle. Typically, the VLM planner is finetuned to learn to decompose a target task. This finetuning requires target task demonstrations segmented into sub-tasks by either human annotation or heuristic rules. However, the heuristic subtasks can deviate significantly from the training data of the visuomotor policy, which degrades task performance. To address these issues, we propose a Retrieval-based Demonstration Decomposer (RDD) that automatically decomposes demonstrations into sub-tasks by aligning the visual features of the decomposed sub-task intervals with those from the training data of the low-level visuomotor policies. Our method outperforms the state-of-the-art sub-task decomposer on both simulation and real-world tasks, demonstrating robustness across diverse settings. Code and more results are available at rdd-neurips.github.io.")
            .addAuthors("Mingxuan Yan", "Yuping Wang", "Zechun Liu", "Jiachen Li")
            .authorCount(4)
            .date(LocalDate.of(2025, 10, 16))
            .dateText("2025-10-16T17:59:37Z")
            .addLinks(Link.of("https://arxiv.org/abs/2510.14968", LinkKind.ARXIV))
            .addLinks(Link.of("https://arxiv.org/pdf/2510.14968", LinkKind.ARXIV))
            .source(Source.of("query-cat-cs-RO.xml", 10, SourceKind.ARXIV_ATOM))
            .build();

    static final Paper FLOW_FIELDS = Paper.builder()
            .id("2510.14827")
            .title("Neural Implicit Flow Fields for Spatio-Temporal Motion Mapping")
            .abstractText(
                    "Safe and efficient robot operation in complex human environments can benefit from good models of site-specific motion patterns. Maps of Dynamics (MoDs) provide such models by encoding statistical motion patterns in a map, but existing representations use discrete spatial sampling and typically require costly offline construction. We propose a continuous spatio-temporal MoD representation based on implicit neural functions that directly map coordinates to the parameters of a Semi-Wrapped Gaussian Mixture Model. This removes the need for discretization and imputation for unevenly sampled regions, enabling smooth generalization across both space and time. Evaluated on a large public dataset with long-term real-world people tracking data, our method achieves better accuracy of motion representation and smoother velocity distributions in sparse regions while still being computationally efficient, compared to available baselines. The proposed approach demonstrates a powerful and efficient way of modeling complex human motion patterns.")
            .addAuthors(
                    "Yufei Zhu",
                    "Shih-Min Yang",
                    "Andrey Rudenko",
                    "Tomasz P. Kucner",
                    "Achim J. Lilienthal",
                    "Martin Magnusson")
            .authorCount(6)
            .date(LocalDate.of(2025, 10, 16))
            .dateText("2025-10-16T16:04:01Z")
            .addLinks(Link.of("https://arxiv.org/abs/2510.14827", LinkKind.ARXIV))
            .addLinks(Link.of("https://arxiv.org/pdf/2510.14827", LinkKind.ARXIV))
            .source(Source.of("query-cat-cs-RO.xml", 56, SourceKind.ARXIV_ATOM))
            .build();

    static final Paper INELASTIC = Paper.builder()
            .id("1601.00001")
            .title("Inelastic effects in molecular transport junctions: The probe technique at high bias")
            .abstractText(
                    "We extend the Landauer-B\\\"uttiker probe formalism for conductances to the high bias regime, and study the effects of environmentally-induced elastic and inelastic scattering on charge current in single molecule junctions, focusing on high-bias effects. The probe technique phenomenologically incorporates incoherent elastic and inelastic effects to the fully coherent case, mimicking a rich physical environment at trivial cost. We further identify environmentally-induced mechanisms which generate an asymmetry in the current, manifested as a weak diode behavior. This rectifying behavior, found in two types of molecular junction models, is absent in the coherent-elastic limit, and is only active in the case with incoherent-inelastic scattering. Our work illustrates that in the low bias - linear response regime, the commonly used \"dephasing probe\" (mimicking only elastic decoherence effects) operates nearly indistinguishably from a \"voltage probe\" (admitting inelastic-dissipative effects). However, these probes realize fundamentally distinct $I$-$V$ characteristics at high biases, reflecting the central roles of dissipation and inelastic scattering processes on molecular electronic transport far-from-equilibrium.")
            .addAuthors("Michael Kilgour", "Dvira Segal")
            .authorCount(2)
            .date(LocalDate.of(2015, 12, 26))
            .dateText("2015-12-26T21:19:45Z")
            .addLinks(Link.of("https://doi.org/10.1063/1.4944470", LinkKind.DOI))
            .addLinks(Link.of("https://arxiv.org/abs/1601.00001", LinkKind.ARXIV))
            .addLinks(Link.of("https://arxiv.org/pdf/1601.00001", LinkKind.ARXIV))
            .source(Source.of("id_list-1601.00001.xml", 10, SourceKind.ARXIV_ATOM))
            .build();

    private static final String ENTRY =
            "<entry><id>http://arxiv.org/abs/2401.00001v1</id><title>T</title>" + "<summary>S</summary></entry>";

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @TempDir
    Path dir;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY secret \"FETCHED\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static ParseResult sample(String file) {
        return Samples.read(ArxivAtomReader::stream, Samples.text("samples/arxiv/" + file), file, Samples.noMetrics());
    }

    private static ParseResult xml(String text) {
        return Samples.read(ArxivAtomReader::stream, text, "t.xml", Samples.noMetrics());
    }

    private static String feed(String entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n" + entries
                + "\n</feed>\n";
    }

    private static ParseOptions strict() {
        return Samples.noMetrics().withStrict(true);
    }

    @Test
    void readsAQueryResponseWithComments() {
        ParseResult r = sample("query-cat-cs-RO.xml");

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).hasSize(2);
        Paper rdd = r.papers().get(0);
        // links found in the comment (rdd-neurips.github.io) come after these, without spans
        assertThat(rdd.links().subList(0, 2)).containsExactlyElementsOf(RDD.links());
        assertThat(rdd.links()).allSatisfy(l -> assertThat(l.span()).isEmpty());
        assertThat(Paper.builder().from(rdd).links(RDD.links()).build()).isEqualTo(RDD);
        assertThat(r.papers().get(1)).isEqualTo(FLOW_FIELDS);
    }

    @Test
    void readsAnIdListResponseWithDoiAndJournalRef() {
        ParseResult r = sample("id_list-1601.00001.xml");

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers()).containsExactly(INELASTIC);
    }

    @Test
    void dropsTheVersionFromIds() {
        assertThat(ArxivAtomReader.idOf("http://arxiv.org/abs/2401.01234v2")).hasValue("2401.01234");
        assertThat(ArxivAtomReader.idOf("https://arxiv.org/abs/hep-th/9901001v3"))
                .hasValue("hep-th/9901001");
        assertThat(ArxivAtomReader.idOf("http://arxiv.org/abs/2401.01234")).hasValue("2401.01234");
        assertThat(ArxivAtomReader.idOf("http://arxiv.org/api/errors#incorrect_id_format_for_1234"))
                .isEmpty();
    }

    @Test
    void readsABareEntryDocumentWithSkippedLinesCounted() {
        ParseResult r = Samples.read(
                (in, name, options, d) -> ArxivAtomReader.stream(in, name, options, d, 2),
                "<entry xmlns=\"http://www.w3.org/2005/Atom\">\n<title>T</title><summary>S</summary></entry>",
                "e.xml",
                Samples.noMetrics());

        assertThat(r.papers())
                .containsExactly(Paper.builder()
                        .title("T")
                        .abstractText("S")
                        .source(Source.of("e.xml", 3, SourceKind.ARXIV_ATOM))
                        .build());
    }

    @Test
    void keepsOtherLinksAsOther() {
        ParseResult r = xml(feed("<entry><title>T</title><summary>S</summary>"
                + "<link href=\"https://example.org/x\" rel=\"related\"/></entry>"));

        assertThat(r.papers().get(0).links()).containsExactly(Link.of("https://example.org/x", LinkKind.OTHER));
    }

    @Test
    @Timeout(10)
    void refusesABillionLaughsBombWithoutExpandingIt() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n <!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
            }
            dtd.append("\">\n");
        }
        dtd.append("]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&lol9;</title>"
                + "<summary>&lol9;</summary></entry></feed>\n");

        ParseResult r = xml(dtd.toString());

        assertThat(r.papers()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.FORBIDDEN_DTD);
        assertThat(r.diagnostics().get(0).position().line()).isBetween(2, 13);
    }

    @Test
    void refusesAnExternalFileEntityWithoutReadingIt() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&xxe;</title><summary>&xxe;</summary>"
                + "</entry></feed>";

        ParseResult r = xml(text);

        assertThat(r.papers()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.FORBIDDEN_DTD);
        assertThat(r.diagnostics().toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void refusesAnExternalHttpEntityWithoutFetchingIt() {
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [ <!ENTITY xxe SYSTEM \"" + url("/entity") + "\"> ]>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>&xxe;</title><summary>S</summary>"
                + "</entry></feed>";

        ParseResult r = xml(text);

        assertThat(r.papers()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.FORBIDDEN_DTD);
        assertThat(requests).hasValue(0);
    }

    @Test
    void refusesAnExternalDtdAndParameterEntitiesWithoutFetchingThem() {
        String external = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed SYSTEM \"" + url("/evil.dtd") + "\">\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">" + ENTRY + "</feed>";
        String parameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [ <!ENTITY % p SYSTEM \"" + url("/p.dtd")
                + "\"> %p; ]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">" + ENTRY + "</feed>";

        ParseResult r1 = xml(external);
        ParseResult r2 = xml(parameter);

        assertThat(r1.papers()).isEmpty();
        assertThat(r2.papers()).isEmpty();
        assertThat(r1.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.FORBIDDEN_DTD);
        assertThat(r2.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.FORBIDDEN_DTD);
        assertThat(requests).hasValue(0);
    }

    @Test
    void strictModeThrowsForbiddenDtdWithPosition() {
        String text = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [ <!ENTITY a \"b\"> ]>\n<feed/>";

        assertThatThrownBy(() -> Samples.read(ArxivAtomReader::stream, text, "t.xml", strict()))
                .isInstanceOfSatisfying(PaperFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.FORBIDDEN_DTD);
                    assertThat(e.position().line()).isEqualTo(2);
                });
    }

    @Test
    void reportsAnUndeclaredEntityAsBadXmlWithoutExpandingIt() {
        ParseResult r = xml(feed(ENTRY + "\n<entry><title>&bomb;</title><summary>S</summary></entry>"));

        assertThat(r.papers()).extracting(Paper::title).containsExactly("T");
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, d -> d.position().line())
                .containsExactly(tuple(ProblemCode.BAD_XML, 4));
    }

    @Test
    void readsPredefinedAndCharacterEntities() {
        ParseResult r = xml(
                feed("<entry><title>A &amp; B &lt;C&gt; &#233;</title><summary><![CDATA[x < y]]></summary></entry>"));

        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.papers())
                .extracting(Paper::title, Paper::abstractText)
                .containsExactly(tuple("A & B <C> \u00e9", "x < y"));
    }

    @Test
    void keepsTheEntriesBeforeTruncatedXml() {
        String text = Samples.text("samples/arxiv/query-cat-cs-RO.xml");
        String cut = text.substring(0, text.indexOf("Neural Implicit"));

        ParseResult r = Samples.read(ArxivAtomReader::stream, cut, "cut.xml", Samples.noMetrics());

        assertThat(r.papers()).extracting(p -> p.id().orElseThrow()).containsExactly("2510.14968");
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.BAD_XML);
        assertThat(r.diagnostics().get(0).position().line()).isEqualTo(60);
    }

    @Test
    void strictModeThrowsBadXmlWithPosition() {
        assertThatThrownBy(() ->
                        Samples.read(ArxivAtomReader::stream, feed("<entry><title>T</tit></entry>"), "t.xml", strict()))
                .isInstanceOfSatisfying(PaperFormatException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.BAD_XML);
                    assertThat(e.position().line()).isEqualTo(3);
                });
    }

    @Test
    void dropsAnEntryWithoutSummary() {
        ParseResult r = xml(feed("<entry><title>No abstract</title></entry>\n" + ENTRY));

        assertThat(r.papers()).extracting(Paper::title).containsExactly("T");
        assertThat(r.diagnostics())
                .extracting(Diagnostic::code, d -> d.position().line())
                .containsExactly(tuple(ProblemCode.MISSING_FIELD, 3));
    }

    @Test
    void keepsAnEntryWithAnUnreadableDateWithoutTheDate() {
        ParseResult r = xml(feed("<entry><title>T</title><summary>S</summary><published>soon</published></entry>"));

        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.BAD_DATE);
        assertThat(r.papers()).hasSize(1);
        assertThat(r.papers().get(0).date()).isEmpty();
    }

    @Test
    void reportsADocumentThatIsNotAtom() {
        ParseResult r = xml("<rss version=\"2.0\"><channel><item><title>T</title></item></channel></rss>");

        assertThat(r.papers()).isEmpty();
        assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.UNKNOWN_FORMAT);
    }

    @Test
    void readsManyEntriesQuickly() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            many.append("<entry><id>http://arxiv.org/abs/2401.")
                    .append(String.format("%05d", i))
                    .append("v1</id><title>T")
                    .append(i)
                    .append("</title><summary>S</summary></entry>\n");
        }
        long start = System.nanoTime();
        ParseResult r = xml(feed(many.toString()));

        assertThat(r.papers()).hasSize(20_000);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void skipsNestedUnknownElementsAndRefusesNestingDeeperThanTheLimit() {
        String ok = "<x>".repeat(95) + "</x>".repeat(95);
        String deep = "<x>".repeat(50_000) + "</x>".repeat(50_000);

        ParseResult shallow = xml(feed(ENTRY + ok + ENTRY.replace("<title>T", "<title>U")));
        ParseResult tooDeep = xml(feed(ENTRY + deep + ENTRY.replace("<title>T", "<title>U")));

        assertThat(shallow.diagnostics()).isEmpty();
        assertThat(shallow.papers()).extracting(Paper::title).containsExactly("T", "U");
        assertThat(tooDeep.papers()).extracting(Paper::title).containsExactly("T");
        assertThat(tooDeep.diagnostics()).extracting(Diagnostic::code).containsExactly(ProblemCode.BAD_XML);
        assertThat(tooDeep.diagnostics().get(0).message()).contains("maxElementDepth");
    }
}
