package dev.paperdex.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Paper;
import dev.paperdex.examples.cli.PapersCli;
import dev.paperdex.group.Leaderboard;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.query.PaperSet;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the seeds opened in a real browser: headless Chromium runs the page's scripts, the
 * DOM then holds one drawn SVG chart per chart and the seeds' counts in the tables, and a
 * screenshot is not blank. Needs Chromium ({@code .ci/run} installs it).
 */
final class HtmlReportInChromiumTest {
    static final Path SEEDS = Path.of(System.getProperty("paperdex.seeds", "seeds"));
    static final String SEED0 = SEEDS.resolve("000_ac4d8aa2034e5b5f.txt").toString();
    static final String SEED3 = SEEDS.resolve("003_94c5f68b1bf7e18c.txt").toString();

    static Chromium chromium;
    static PaperSet papers;
    static HtmlReport report;

    @BeforeAll
    static void setUp() throws IOException {
        chromium = Chromium.find()
                .orElseThrow(() -> new AssertionError(
                        "headless Chromium is needed (apt-get install chromium, or set PAPERDEX_CHROMIUM)"));
        List<Paper> all = new ArrayList<>();
        for (String f : List.of(SEED0, SEED3)) {
            all.addAll(Papers.read(Path.of(f), ParseOptions.defaults().withYear(2025))
                    .papers());
        }
        papers = PaperSet.of(all);
        report = HtmlReport.of(papers, Leaderboard.of(papers));
    }

    @Test
    void chromiumDrawsEveryChartAndTheTablesHoldTheSeedsCounts(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        Files.writeString(html, report.html(), StandardCharsets.UTF_8);
        String dom = chromium.dumpDom(html);
        int charts = report.chartIds().size();
        assertThat(attribute(dom, "body", "data-drawn")).isEqualTo(Integer.toString(charts));
        assertThat(dom).contains("<p id=\"status\">drew " + charts + " charts</p>");
        for (String id : report.chartIds()) {
            assertThat(dom).as(id).containsPattern("<div class=\"plot\" id=\"" + id + "\"[^>]*data-drawn=\"true\"");
        }
        assertThat(count(dom, "<svg")).isGreaterThanOrEqualTo(charts);
        // the seeds: 148 distinct papers, 53 dated in 26 months (the second seed is undated)
        assertThat(attribute(dom, "body", "data-papers")).isEqualTo("148");
        String months = table(dom, "papers-per-month");
        assertThat(count(months, "<tr>")).isEqualTo(1 + 26);
        assertThat(sumColumn(months, 1)).isEqualTo(53);
        assertThat(months).contains("<td>2025-06</td><td class=\"num\">");
        String benchmarks = table(dom, "benchmarks");
        assertThat(count(benchmarks, "<tr>")).isEqualTo(1 + 15);
        assertThat(report.chartIds()).startsWith("papers-per-month", "code-share-per-month", "benchmarks", "board-1");
        assertThat(count(table(dom, "board-1"), "<tr>"))
                .isEqualTo(1 + Leaderboard.of(papers).rows().get(0).entries().size());
    }

    @Test
    void aScreenshotOfTheReportIsNotBlank(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");
        Files.writeString(html, report.html(), StandardCharsets.UTF_8);
        Path png = dir.resolve("report.png");
        chromium.screenshot(html, png, 1200, 1600);
        assertNotBlank(png);
    }

    @Test
    void papersReportWritesEachChartAsAPng(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("r.html");
        Path pngs = dir.resolve("png");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PapersCli.run(
                new String[] {"report", "--year", "2025", "-o", html.toString(), "--png", pngs.toString(), SEED0},
                new PrintWriter(out),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(pngs.resolve("papers-per-month.png")).isRegularFile();
        try (var files = Files.list(pngs)) {
            List<Path> all = files.sorted().toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(4);
            for (Path p : all) {
                assertNotBlank(p);
            }
        }
    }

    /** At least 2% of the pixels are not the background and there are many colours (text, bars). */
    private static void assertNotBlank(Path png) throws IOException {
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).as(png.toString()).isNotNull();
        int background = img.getRGB(img.getWidth() - 1, img.getHeight() - 1);
        long other = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    other++;
                }
            }
        }
        long sampled = (long) ((img.getWidth() + 1) / 2) * ((img.getHeight() + 1) / 2);
        assertThat(other * 50).as(png + " non-background pixels").isGreaterThan(sampled);
        assertThat(colours.size()).as(png + " colours").isGreaterThan(20);
    }

    private static String attribute(String dom, String tag, String name) {
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*\\b" + name + "=\"([^\"]*)\"")
                .matcher(dom);
        assertThat(m.find()).as(tag + " " + name).isTrue();
        return m.group(1);
    }

    private static String table(String dom, String id) {
        int start = dom.indexOf("<table class=\"data\" id=\"table-" + id + "\">");
        assertThat(start).as("table " + id).isNotNegative();
        return dom.substring(start, dom.indexOf("</table>", start));
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static long sumColumn(String table, int column) {
        long sum = 0;
        for (String row : table.split("<tr>")) {
            List<String> cells = new ArrayList<>();
            Matcher m = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
            while (m.find()) {
                cells.add(m.group(1));
            }
            if (cells.size() > column) {
                sum += Long.parseLong(cells.get(column));
            }
        }
        return sum;
    }
}
