package dev.paperdex.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperdex.LinkKind;
import dev.paperdex.MetricKind;
import dev.paperdex.Paper;
import dev.paperdex.group.Aggregates;
import dev.paperdex.group.GroupKey;
import dev.paperdex.group.GroupRow;
import dev.paperdex.group.GroupTable;
import dev.paperdex.group.Leaderboard;
import dev.paperdex.group.LeaderboardEntry;
import dev.paperdex.group.LeaderboardRow;
import dev.paperdex.group.TimelineStep;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One self-contained HTML page about a set of papers: papers per month, the share releasing code
 * per month, the most reported benchmarks, and the largest leaderboards with their
 * state-of-the-art timelines; each chart followed by its data table. The charts are drawn by
 * Apache ECharts, inlined from its webjar, so the page needs no network.
 *
 * <pre>{@code
 * HtmlReport report = HtmlReport.of(papers, Leaderboard.of(papers));
 * Files.writeString(Path.of("report.html"), report.html());
 * }</pre>
 */
public final class HtmlReport {
    /** The ECharts build inlined into every page. */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final int BENCHMARKS = 15;
    private static final int BOARDS = 4;

    private final List<Chart> charts;
    private final int paperCount;
    private final String excluded;

    /** One chart: its id, title, ECharts option and data table. */
    record Chart(String id, String title, ObjectNode option, List<String> header, List<List<String>> rows) {}

    private HtmlReport(List<Chart> charts, int paperCount, String excluded) {
        this.charts = List.copyOf(charts);
        this.paperCount = paperCount;
        this.excluded = excluded;
    }

    /** The report of {@code papers}, with the largest score boards of {@code board}. */
    public static HtmlReport of(PaperSet papers, Leaderboard board) {
        Objects.requireNonNull(papers, "papers");
        Objects.requireNonNull(board, "board");
        List<Chart> charts = new ArrayList<>();
        charts.addAll(monthCharts(papers));
        charts.add(benchmarkChart(papers));
        int n = 0;
        for (LeaderboardRow row : board.rows()) {
            if (row.kind() != MetricKind.SCORE || n == BOARDS) {
                continue;
            }
            n++;
            charts.add(boardChart(n, row));
            // undated papers have no place on a timeline
            if (!row.timeline().isEmpty()) {
                charts.add(timelineChart(n, row));
            }
        }
        StringBuilder why = new StringBuilder();
        board.excluded()
                .forEach((rule, count) -> why.append(why.length() == 0 ? "" : ", ")
                        .append(rule)
                        .append(' ')
                        .append(count));
        return new HtmlReport(charts, papers.size(), why.toString());
    }

    /** The ids of the charts, in page order. */
    public List<String> chartIds() {
        return charts.stream().map(Chart::id).toList();
    }

    /** The whole page. */
    public String html() {
        return page(charts, "paperdex report", true);
    }

    /** A page with the one chart {@code id} alone, for a screenshot of it. */
    public String chartPage(String id) {
        Chart c = charts.stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("report has no chart '" + id + "'"));
        return page(List.of(c), c.title(), false);
    }

    private String page(List<Chart> shown, String title, boolean tables) {
        StringBuilder body = new StringBuilder();
        ArrayNode options = PaperdexJson.mapper().createArrayNode();
        for (Chart c : shown) {
            body.append("<section class=\"chart\" id=\"section-")
                    .append(c.id())
                    .append("\">\n<h2>")
                    .append(escape(c.title()))
                    .append("</h2>\n<div class=\"plot\" id=\"")
                    .append(c.id())
                    .append("\"></div>\n");
            if (tables) {
                body.append(table(c));
            }
            body.append("</section>\n");
            ObjectNode o = PaperdexJson.mapper().createObjectNode();
            o.put("id", c.id());
            o.set("option", c.option());
            options.add(o);
        }
        String data;
        try {
            data = PaperdexJson.mapper().writeValueAsString(options).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + STYLE + "</style>\n<script>\n" + echarts() + "\n</script>\n</head>\n"
                + "<body data-papers=\"" + paperCount + "\" data-charts=\"" + shown.size() + "\">\n"
                + (tables
                        ? "<h1>paperdex report</h1>\n<p class=\"lead\">" + paperCount
                                + " papers. Every leaderboard entry is a number the paper reports for its own"
                                + " method, with the sentence that says so."
                                + (excluded.isEmpty()
                                        ? ""
                                        : " Numbers with a benchmark that did not rank, by rule: " + escape(excluded)
                                                + ".")
                                + "</p>\n"
                        : "")
                + body + "<p id=\"status\">loading charts</p>\n<script>\nconst charts = " + data + ";\n" + SCRIPT
                + "</script>\n</body>\n</html>\n";
    }

    private static final String STYLE = """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 24px auto; max-width: 1100px; color: #222; background: #fff; }
            h1 { font-size: 24px; } h2 { font-size: 18px; margin-top: 32px; }
            .plot { width: 1000px; height: 340px; }
            .data-box { max-height: 200px; overflow: auto; display: inline-block; border-bottom: 1px solid #eee; }
            table { border-collapse: collapse; margin: 8px 0 16px; font-size: 12px; }
            th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
            td.num { text-align: right; } caption { text-align: left; color: #555; }
            """;

    private static final String SCRIPT = """
            let drawn = 0;
            for (const c of charts) {
              const el = document.getElementById(c.id);
              const chart = echarts.init(el, null, { renderer: 'svg' });
              c.option.animation = false;
              chart.setOption(c.option);
              el.dataset.drawn = 'true';
              drawn++;
            }
            document.body.dataset.drawn = String(drawn);
            document.getElementById('status').textContent = 'drew ' + drawn + ' charts';
            """;

    private static String table(Chart c) {
        StringBuilder t =
                new StringBuilder("<div class=\"data-box\">\n<table class=\"data\" id=\"table-" + c.id() + "\">\n<tr>");
        for (String h : c.header()) {
            t.append("<th>").append(escape(h)).append("</th>");
        }
        t.append("</tr>\n");
        for (List<String> r : c.rows()) {
            t.append("<tr>");
            for (String cell : r) {
                boolean num = !cell.isEmpty() && cell.matches("[-+~]?[0-9][0-9.,]*\\s*[%x]?");
                t.append(num ? "<td class=\"num\">" : "<td>")
                        .append(escape(cell))
                        .append("</td>");
            }
            t.append("</tr>\n");
        }
        return t.append("</table>\n</div>\n").toString();
    }

    private static List<Chart> monthCharts(PaperSet papers) {
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (Paper p : papers) {
            p.date().ifPresent(d -> {
                long[] c = months.computeIfAbsent(YearMonth.from(d), m -> new long[2]);
                c[0]++;
                if (!p.links(LinkKind.CODE).isEmpty()) {
                    c[1]++;
                }
            });
        }
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<List<String>> countRows = new ArrayList<>();
        List<List<String>> shareRows = new ArrayList<>();
        months.forEach((m, c) -> {
            labels.add(m.toString());
            counts.add((double) c[0]);
            double share = c[0] == 0 ? 0 : 100.0 * c[1] / c[0];
            shares.add(Math.round(share * 10) / 10.0);
            countRows.add(List.of(m.toString(), Long.toString(c[0])));
            shareRows.add(List.of(m.toString(), Long.toString(c[0]), Long.toString(c[1]), percent(share)));
        });
        return List.of(
                new Chart(
                        "papers-per-month",
                        "Papers per month",
                        category(labels, counts, "bar", "papers"),
                        List.of("month", "papers"),
                        countRows),
                new Chart(
                        "code-share-per-month",
                        "Share of papers releasing code, per month",
                        category(labels, shares, "line", "% with a code link"),
                        List.of("month", "papers", "with code", "share"),
                        shareRows));
    }

    private static Chart benchmarkChart(PaperSet papers) {
        GroupTable t = papers.groupBy(GroupKey.BENCHMARK)
                .aggregate(Aggregates.count())
                .filter(r -> r.key().isPresent())
                .sortedByCount();
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (GroupRow r : t.rows().subList(0, Math.min(BENCHMARKS, t.rows().size()))) {
            labels.add(r.keyText());
            counts.add((double) r.count());
            rows.add(List.of(r.keyText(), Long.toString(r.count())));
        }
        ObjectNode option = horizontal(labels, counts, "papers");
        return new Chart(
                "benchmarks", "Most reported benchmarks (papers)", option, List.of("benchmark", "papers"), rows);
    }

    private static Chart boardChart(int n, LeaderboardRow row) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (LeaderboardEntry e : row.entries()) {
            labels.add(e.rank() + ". " + cut(e.title(), 40));
            values.add(e.value());
            rows.add(List.of(
                    Integer.toString(e.rank()),
                    e.text(),
                    e.paperId().orElse(""),
                    e.date().map(Object::toString).orElse(""),
                    e.title(),
                    e.sentence()));
        }
        return new Chart(
                "board-" + n,
                "Leaderboard: " + row.title(),
                horizontal(labels, values, row.metric().orElse(row.name())),
                List.of("rank", "value", "arXiv", "date", "paper", "sentence"),
                rows);
    }

    private static Chart timelineChart(int n, LeaderboardRow row) {
        ObjectNode o = base();
        o.putObject("xAxis").put("type", "time");
        o.putObject("yAxis").put("type", "value").put("scale", true).put("inverse", row.lowerIsBetter());
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "line").put("step", "end").put("name", "state of the art");
        s.putObject("label").put("show", true).put("position", "top");
        ArrayNode data = s.putArray("data");
        List<List<String>> rows = new ArrayList<>();
        for (TimelineStep step : row.timeline()) {
            data.addArray().add(step.date().toString()).add(step.value());
            rows.add(List.of(step.date().toString(), step.text(), step.paperId().orElse(""), step.title()));
        }
        return new Chart(
                "timeline-" + n,
                "State of the art over time: " + row.title(),
                o,
                List.of("date", "best", "arXiv", "paper"),
                rows);
    }

    private static ObjectNode base() {
        ObjectNode o = PaperdexJson.mapper().createObjectNode();
        o.putObject("tooltip").put("trigger", "axis");
        o.putObject("grid")
                .put("left", 60)
                .put("right", 40)
                .put("top", 30)
                .put("bottom", 40)
                .put("containLabel", true);
        return o;
    }

    private static ObjectNode category(List<String> labels, List<Double> values, String type, String name) {
        ObjectNode o = base();
        ArrayNode x = o.putObject("xAxis").put("type", "category").putArray("data");
        labels.forEach(x::add);
        o.putObject("yAxis").put("type", "value").put("name", name);
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", type).put("name", name);
        s.putObject("label").put("show", true).put("position", "top");
        ArrayNode d = s.putArray("data");
        values.forEach(d::add);
        return o;
    }

    private static ObjectNode horizontal(List<String> labels, List<Double> values, String name) {
        ObjectNode o = base();
        o.putObject("xAxis").put("type", "value").put("name", name);
        ObjectNode y = o.putObject("yAxis").put("type", "category").put("inverse", true);
        ArrayNode yd = y.putArray("data");
        labels.forEach(yd::add);
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "bar").put("name", name);
        s.putObject("label").put("show", true).put("position", "right");
        ArrayNode d = s.putArray("data");
        values.forEach(d::add);
        return o;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share);
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static String echarts() {
        try (InputStream in = HtmlReport.class.getResourceAsStream(ECHARTS)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts webjar is not on the class path: " + ECHARTS);
            }
            // a closing script tag inside the library would end the inline script early
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
