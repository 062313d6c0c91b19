package dev.paperdex.examples.cli;

import dev.paperdex.Paper;
import dev.paperdex.examples.progress.Progress;
import dev.paperdex.json.PaperdexJson;
import dev.paperdex.parser.Diagnostic;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.parser.fetch.ArxivFetcher;
import dev.paperdex.parser.fetch.ArxivQuery;
import dev.paperdex.parser.fetch.FetchOptions;
import dev.paperdex.parser.fetch.FetchProgress;
import dev.paperdex.parser.fetch.HfFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code papers fetch hf ...} and {@code papers fetch arxiv ...}: papers from the services'
 * APIs as paperdex JSON Lines, the same lines {@code papers parse} writes.
 */
@Command(
        name = "fetch",
        mixinStandardHelpOptions = true,
        description = "Fetch papers from the Hugging Face or arXiv API and print them as JSON Lines.",
        subcommands = {FetchCommand.Hf.class, FetchCommand.Arxiv.class})
final class FetchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The options both services share. */
    static final class Common {
        @Option(
                names = "--base-url",
                paramLabel = "URL",
                description = "Send requests to URL (a mirror, a test server) instead of the public service.")
        URI baseUrl;

        @Option(
                names = "--cache",
                paramLabel = "DIR",
                description = "Keep response bodies in DIR; a rerun reads what is there instead of fetching it.")
        Path cache;

        @Option(names = "--refresh", description = "Fetch again what is cached (and rewrite the cache).")
        boolean refresh;

        @Option(
                names = "--min-interval-ms",
                paramLabel = "MS",
                description = "Least time between two requests to one host (default: 3000 for arXiv, 500 for"
                        + " Hugging Face).")
        Long minIntervalMs;

        @Option(
                names = "--retries",
                paramLabel = "N",
                defaultValue = "4",
                description = "Retries of a request after a 429, 5xx, connection error or timeout (default 4).")
        int retries;

        @Option(
                names = "--timeout-ms",
                paramLabel = "MS",
                defaultValue = "30000",
                description = "How long to wait for a response (default 30000).")
        long timeoutMs;

        @Option(names = "--page-size", paramLabel = "N", description = "Records asked for per request (default 100).")
        Integer pageSize;

        @Option(
                names = "--strict",
                description = "Stop at the first problem in a response (exit 1) instead of reporting it and going on.")
        boolean strict;

        @Option(
                names = {"-o", "--output"},
                paramLabel = "FILE",
                description = "Write the JSON Lines to FILE instead of standard output.")
        Path output;

        @Option(
                names = "--stats",
                description = "At the end, print the requests sent, responses from the cache and records to"
                        + " standard error.")
        boolean stats;

        @Mixin
        ProgressOptions progress;

        FetchOptions options(AtomicReference<FetchProgress> last, Progress bar) {
            if (retries < 0 || timeoutMs < 1 || (minIntervalMs != null && minIntervalMs < 0)) {
                throw new IllegalArgumentException(
                        "--retries, --timeout-ms and --min-interval-ms must not be negative");
            }
            FetchOptions.Builder b = FetchOptions.builder()
                    .refresh(refresh)
                    .maxRetries(retries)
                    .requestTimeout(Duration.ofMillis(timeoutMs))
                    .parseOptions(ParseOptions.defaults().withStrict(strict))
                    .listener(p -> {
                        last.set(p);
                        bar.update(p.bytes(), p.records());
                    });
            if (baseUrl != null) {
                b.baseUrl(baseUrl);
            }
            if (cache != null) {
                b.cacheDir(cache);
            }
            if (minIntervalMs != null) {
                b.minInterval(Duration.ofMillis(minIntervalMs));
            }
            if (pageSize != null) {
                b.pageSize(pageSize);
            }
            return b.build();
        }

        /** Writes every paper of the stream {@code open} gives as a JSON line, diagnostics to {@code err}. */
        int write(
                CommandLine.Model.CommandSpec spec, BiFunction<FetchOptions, Consumer<Diagnostic>, Stream<Paper>> open)
                throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            AtomicReference<FetchProgress> last = new AtomicReference<>();
            Stream<Paper> stream;
            Progress bar = Progress.startUnsized("fetching", progress.mode(), err);
            try {
                // lazy: nothing is sent yet
                stream = open.apply(options(last, bar), d -> bar.println(err, "warning: " + d));
            } catch (IllegalArgumentException e) {
                bar.close();
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            Writer out = output == null
                    ? spec.commandLine().getOut()
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
            try (Stream<Paper> papers = stream) {
                papers.forEachOrdered(p -> {
                    try {
                        PaperdexJson.writeLine(out, p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                bar.close();
                if (output != null) {
                    out.close();
                } else {
                    out.flush();
                }
                if (stats && last.get() != null) {
                    FetchProgress p = last.get();
                    err.println("fetched " + p.records() + " records: " + p.requests() + " requests, " + p.cached()
                            + " responses from the cache, " + p.bytes() + " bytes received");
                }
                err.flush();
            }
            return 0;
        }
    }

    /** {@code papers fetch hf}. */
    @Command(
            name = "hf",
            mixinStandardHelpOptions = true,
            description = {
                "Fetch from the Hugging Face papers API: the daily list of a day (--date), of every day of a range"
                        + " (--from, --to; resumable with --cache), one paper (--id) or a search (--search).",
                "Example: papers fetch hf --from 2025-01-01 --to 2025-03-31 --cache cache -o q1.jsonl"
            })
    static final class Hf implements Callable<Integer> {
        @ArgGroup(exclusive = true, multiplicity = "1")
        What what;

        @Mixin
        Common common;

        @Spec
        CommandLine.Model.CommandSpec spec;

        /** Exactly one of a day, a range, an id and a search. */
        static final class What {
            @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "One day's list.")
            LocalDate date;

            @ArgGroup(exclusive = false)
            Range range;

            @Option(names = "--id", paramLabel = "ID", required = true, description = "One paper by arXiv id.")
            String id;

            @Option(names = "--search", paramLabel = "QUERY", required = true, description = "The service's search.")
            String search;
        }

        /** A range of days. */
        static final class Range {
            @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "First day of a range.")
            LocalDate from;

            @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "Last day of a range.")
            LocalDate to;
        }

        @Override
        public Integer call() throws IOException {
            return common.write(spec, (options, d) -> {
                HfFetcher hf = HfFetcher.create(options);
                if (what.date != null) {
                    return hf.day(what.date, d);
                }
                if (what.range != null) {
                    return hf.range(what.range.from, what.range.to, d);
                }
                if (what.id != null) {
                    return hf.paper(what.id, d);
                }
                return hf.search(what.search, d);
            });
        }
    }

    /** {@code papers fetch arxiv}. */
    @Command(
            name = "arxiv",
            mixinStandardHelpOptions = true,
            description = {
                "Fetch from the arXiv API (export.arxiv.org/api/query), newest submissions first, paging through"
                        + " the results; at most one request every 3 seconds unless --min-interval-ms says otherwise.",
                "Example: papers fetch arxiv --query 'cat:cs.CL AND ti:reasoning' --max 300 -o reasoning.jsonl"
            })
    static final class Arxiv implements Callable<Integer> {
        @Option(
                names = "--query",
                paramLabel = "Q",
                description = "A search_query in the arXiv API's syntax (cat:cs.CL AND ti:reasoning).")
        String query;

        @Option(names = "--id-list", paramLabel = "ID", split = ",", description = "arXiv ids, comma-separated.")
        List<String> ids;

        @Option(names = "--max", paramLabel = "N", defaultValue = "100", description = "Most results (default 100).")
        int max;

        @Option(names = "--start", paramLabel = "N", defaultValue = "0", description = "First result (default 0).")
        int start;

        @Mixin
        Common common;

        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return common.write(spec, (options, d) -> {
                ArxivQuery.Builder q = ArxivQuery.builder().maxResults(max).start(start);
                if (query != null) {
                    q.searchQuery(query);
                }
                if (ids != null) {
                    q.idList(ids);
                }
                // build() refuses a query with neither a query nor ids, or a bad --max
                return ArxivFetcher.create(options).query(q.build(), d);
            });
        }
    }
}
