package dev.paperdex.examples.progress;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * A progress bar on standard error: MiB (KiB under 1 MiB) read of the total, the percentage, the speed, the time
 * left, and the number of records (papers) read with their rate. Built on {@code
 * me.tongfei:progressbar}; a hidden bar costs nothing but a counter.
 *
 * <p>Use: {@code try (Progress p = Progress.start("papers", size, Mode.AUTO, err)) { ... read
 * p.counting(in) ..., p.record() per paper ... }}. In {@link Mode#AUTO} the bar shows only when
 * standard error is a terminal and the input is at least {@link #MIN_BYTES}; {@link Mode#ALWAYS}
 * shows it anyway (for tests, or a terminal this class does not recognise); {@link Mode#NEVER}
 * never. Messages printed through {@link #println} clear the bar's line first.
 */
public final class Progress implements AutoCloseable {
    /** When to show the bar. */
    public enum Mode {
        /** When standard error is a terminal and the input is at least {@link #MIN_BYTES}. */
        AUTO,
        /** Whatever standard error is, and for an input of any size. */
        ALWAYS,
        /** Never. */
        NEVER
    }

    /** Inputs smaller than this (4 MiB) read too fast to need a bar in {@link Mode#AUTO}. */
    public static final long MIN_BYTES = 4L << 20;

    private static final Progress HIDDEN = new Progress(null, null, 0);

    private final ProgressBar bar;
    private final PrintWriter err;
    private final int width;
    private final long startNanos = System.nanoTime();
    private long records;

    private Progress(ProgressBar bar, PrintWriter err, int width) {
        this.bar = bar;
        this.err = err;
        this.width = width;
    }

    /**
     * A bar named {@code task} over {@code totalBytes} (zero or negative when unknown, as for
     * standard input), drawn on {@code err} if {@code mode} says so, else a hidden one.
     */
    public static Progress start(String task, long totalBytes, Mode mode, PrintWriter err) {
        boolean show = switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> totalBytes >= MIN_BYTES && stderrIsTerminal();
        };
        if (!show) {
            return HIDDEN;
        }
        int width = terminalWidth();
        ProgressBar bar = ProgressBar.builder()
                .setTaskName(task)
                .setInitialMax(totalBytes <= 0 ? -1 : totalBytes)
                .setUnit(totalBytes >= 1L << 20 ? "MiB" : "KiB", totalBytes >= 1L << 20 ? 1L << 20 : 1L << 10)
                .showSpeed(new DecimalFormat("0.0"))
                .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setUpdateIntervalMillis(250)
                .setConsumer(new WriterConsumer(err, width - 1))
                .build();
        return new Progress(bar, err, width);
    }

    /**
     * A bar for a stream of unknown size whose bytes come from elsewhere (a fetch from a service):
     * in {@link Mode#AUTO} it shows whenever standard error is a terminal. Feed it with {@link
     * #update}.
     */
    public static Progress startUnsized(String task, Mode mode, PrintWriter err) {
        if (mode == Mode.AUTO && !stderrIsTerminal()) {
            return HIDDEN;
        }
        return start(task, -1, mode == Mode.NEVER ? Mode.NEVER : Mode.ALWAYS, err);
    }

    /** Sets the bytes received and the records read so far (a bar fed by {@link #startUnsized}). */
    public void update(long bytes, long recordsSoFar) {
        if (bar == null) {
            return;
        }
        bar.stepTo(bytes);
        records = recordsSoFar;
        bar.setExtraMessage(recordsText());
    }

    /** A bar that never shows. */
    public static Progress hidden() {
        return HIDDEN;
    }

    /** Whether this bar is drawn. */
    public boolean shown() {
        return bar != null;
    }

    /** {@code in}, counting every byte read from it into the bar; {@code in} itself when hidden. */
    public InputStream counting(InputStream in) {
        return bar == null ? in : new CountingInputStream(in, bar);
    }

    /** Counts one record (paper) read. */
    public void record() {
        if (bar == null) {
            return;
        }
        records++;
        if ((records & 63) == 0) {
            bar.setExtraMessage(recordsText());
        }
    }

    /** Prints a line on the bar's stream (a warning), clearing the bar's line first. */
    public void println(PrintWriter out, String line) {
        if (bar == null) {
            out.println(line);
            return;
        }
        synchronized (err) {
            err.print('\r');
            err.print(" ".repeat(Math.max(0, width - 1)));
            err.print('\r');
            err.flush();
            out.println(line);
            out.flush();
        }
    }

    /** Draws the bar a last time and ends its line. */
    @Override
    public void close() {
        if (bar != null) {
            bar.setExtraMessage(recordsText());
            bar.close();
        }
    }

    private String recordsText() {
        double seconds =
                Math.max(1e-3, Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 1000.0);
        return " " + records + " papers, " + Math.round(records / seconds) + " papers/s";
    }

    /**
     * Whether standard error is a terminal: on Linux, where {@code /proc/self/fd/2} points; elsewhere
     * whether the JVM has a console.
     */
    public static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // fall through to the console
        }
        return System.console() != null;
    }

    /** {@code COLUMNS}, else the width JLine finds for standard error, else 100. */
    static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("[0-9]{1,4}") && Integer.parseInt(columns) >= 40) {
            return Integer.parseInt(columns);
        }
        try (Terminal t = TerminalBuilder.builder()
                .system(true)
                .systemOutput(TerminalBuilder.SystemOutput.SysErr)
                .dumb(true)
                .build()) {
            if (t.getWidth() >= 40) {
                return t.getWidth();
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // no terminal to ask: the default
        }
        return 100;
    }

    /** Draws each rendering over the last one, with a carriage return. */
    private static final class WriterConsumer implements ProgressBarConsumer {
        private final PrintWriter out;
        private final int max;

        WriterConsumer(PrintWriter out, int max) {
            this.out = out;
            this.max = max;
        }

        @Override
        public int getMaxRenderedLength() {
            return max;
        }

        @Override
        public void accept(String rendered) {
            synchronized (out) {
                out.print('\r');
                out.print(rendered);
                out.flush();
            }
        }

        @Override
        public void close() {
            synchronized (out) {
                out.println();
                out.flush();
            }
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        private final ProgressBar bar;

        CountingInputStream(InputStream in, ProgressBar bar) {
            super(in);
            this.bar = bar;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bar.step();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bar.stepBy(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            bar.stepBy(skipped);
            return skipped;
        }
    }
}
