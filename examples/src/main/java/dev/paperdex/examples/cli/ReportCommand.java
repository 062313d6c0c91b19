package dev.paperdex.examples.cli;

import dev.paperdex.examples.report.Chromium;
import dev.paperdex.examples.report.HtmlReport;
import dev.paperdex.query.PaperSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code papers report}: one self-contained HTML page of charts and their tables. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write one self-contained HTML file (no network needed) with charts and their data tables: papers per"
                    + " month, share releasing code per month, most reported benchmarks, the largest leaderboards"
                    + " and their state-of-the-art timelines.",
            "--png DIR also writes each chart as a PNG, rendered by headless Chromium."
        })
final class ReportCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    BoardOptions board;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            defaultValue = "report.html",
            description = "The HTML file to write (default report.html).")
    Path output;

    @Option(names = "--png", paramLabel = "DIR", description = "Also write each chart as DIR/<chart>.png.")
    Path png;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PaperSet papers = QueryCommand.PaperSets.read(input, err);
        HtmlReport report = HtmlReport.of(papers, board.board(papers));
        Files.writeString(output, report.html(), StandardCharsets.UTF_8);
        out.println("wrote " + output + " (" + report.chartIds().size() + " charts, " + papers.size() + " papers)");
        if (png != null) {
            Optional<Chromium> chromium = Chromium.find();
            if (chromium.isEmpty()) {
                err.println("error: --png needs chromium (or $PAPERDEX_CHROMIUM) to render the charts");
                err.flush();
                return 1;
            }
            Files.createDirectories(png);
            for (String id : report.chartIds()) {
                Path page = Files.createTempFile("paperdex-" + id, ".html");
                try {
                    Files.writeString(page, report.chartPage(id), StandardCharsets.UTF_8);
                    Path file = png.resolve(id + ".png");
                    chromium.get().screenshot(page, file, 1060, 460);
                    out.println("wrote " + file);
                } finally {
                    Files.deleteIfExists(page);
                }
            }
        }
        return 0;
    }
}
