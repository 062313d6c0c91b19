package dev.paperdex.analysis;

import dev.paperdex.Paper;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Analysis on several cores with the order kept: a bounded pipeline in which the thread that
 * consumes the result also reads the source (one reader), a window of records ahead of it is
 * analysed by {@code threads} workers, and results come out in source order. What the source does
 * as it is read (a parser reporting diagnostics, or throwing in strict mode) happens on the
 * consumer's thread in source order, and an exception from the source comes out after the records
 * before it, so the output equals the one-thread output record for record.
 *
 * <pre>{@code
 * try (Stream<Paper> analysed = ParallelAnalysis.analyze(unanalysedPapers, 2)) {
 *     analysed.forEach(...);   // the papers in order, each analysed
 * }
 * }</pre>
 */
public final class ParallelAnalysis {
    private ParallelAnalysis() {}

    /** The records in flight per worker: enough to keep workers busy, small enough for flat memory. */
    private static final int WINDOW_PER_THREAD = 16;

    /**
     * The papers of {@code papers} in order, each one that is not {@link Paper#analyzed()} replaced by
     * {@link Paper#withAnalysis()}, analysed on {@code threads} worker threads (1: on the caller's
     * thread, as {@code papers.map(...)} would). Close the result to close {@code papers} and stop the
     * workers.
     */
    public static Stream<Paper> analyze(Stream<Paper> papers, int threads) {
        return mapOrdered(papers, p -> p.analyzed() ? p : p.withAnalysis(), threads);
    }

    /**
     * {@code source.map(f)} with {@code f} applied on {@code threads} worker threads, in source order,
     * at most {@code 16 * threads} records ahead of the consumer. {@code f} must be thread-safe. With
     * one thread this is {@code source.map(f)}. Closing the result closes {@code source} and stops the
     * workers; the workers are daemon threads, so an unclosed stream does not keep the JVM alive.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1
     */
    public static <T, R> Stream<R> mapOrdered(Stream<T> source, Function<? super T, ? extends R> f, int threads) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(f, "f");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, found " + threads);
        }
        if (threads == 1) {
            return source.map(f);
        }
        Window<T, R> window = new Window<>(source.iterator(), f, threads);
        return StreamSupport.stream(window, false).onClose(window::close).onClose(source::close);
    }

    /** The records read ahead, as futures in source order. */
    private static final class Window<T, R> extends Spliterators.AbstractSpliterator<R> {
        private static final AtomicInteger POOLS = new AtomicInteger();

        private final Iterator<T> source;
        private final Function<? super T, ? extends R> f;
        private final ExecutorService workers;
        private final int size;
        private final ArrayDeque<Future<? extends R>> ahead = new ArrayDeque<>();
        /** What the source threw while reading ahead: thrown once the records before it are out. */
        private RuntimeException sourceFailure;

        private boolean sourceDone;

        Window(Iterator<T> source, Function<? super T, ? extends R> f, int threads) {
            super(Long.MAX_VALUE, Spliterator.ORDERED);
            this.source = source;
            this.f = f;
            this.size = threads * WINDOW_PER_THREAD;
            int pool = POOLS.incrementAndGet();
            AtomicInteger n = new AtomicInteger();
            ThreadFactory factory = r -> {
                Thread t = new Thread(r, "paperdex-analysis-" + pool + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            ThreadPoolExecutor executor =
                    new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
            // idle workers end by themselves, so a stream left unclosed leaves no threads behind
            executor.allowCoreThreadTimeOut(true);
            this.workers = executor;
        }

        @Override
        public boolean tryAdvance(Consumer<? super R> action) {
            fill();
            Future<? extends R> head = ahead.poll();
            if (head == null) {
                workers.shutdown();
                if (sourceFailure != null) {
                    RuntimeException e = sourceFailure;
                    sourceFailure = null;
                    throw e;
                }
                return false;
            }
            action.accept(result(head));
            return true;
        }

        private void fill() {
            while (!sourceDone && ahead.size() < size) {
                try {
                    if (!source.hasNext()) {
                        sourceDone = true;
                        return;
                    }
                    T next = source.next();
                    ahead.add(workers.submit(() -> f.apply(next)));
                } catch (RuntimeException e) {
                    sourceDone = true;
                    sourceFailure = e;
                }
            }
        }

        private R result(Future<? extends R> head) {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return head.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } catch (ExecutionException e) {
                close();
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (CancellationException e) {
                throw new IllegalStateException("the analysis was stopped: the stream is closed", e);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        void close() {
            ahead.forEach(future -> future.cancel(true));
            ahead.clear();
            workers.shutdownNow();
        }
    }
}
