package dev.paperdex.examples.spark;

import dev.paperdex.Paper;
import dev.paperdex.Source;
import dev.paperdex.benchmark.Benchmarks;
import dev.paperdex.parser.Diagnostic;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import dev.paperdex.parser.SourcePosition;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;

/**
 * The task of one partition: streams the papers of its splits through {@link Papers#stream} (one
 * reader, so one analyser, per split) and turns each into a row as it comes, so a partition holds
 * one record at a time and nothing but the rows leaves the task.
 */
final class PartitionReader implements FlatMapFunction<Iterator<InputSplit>, Row> {
    private static final long serialVersionUID = 1L;

    private final byte[] conf;
    private final JobSettings settings;

    PartitionReader(byte[] conf, JobSettings settings) {
        this.conf = conf;
        this.settings = settings;
    }

    @Override
    public Iterator<Row> call(Iterator<InputSplit> splits) throws IOException {
        SplitRows rows = new SplitRows(configuration(conf), settings.parseOptions(), splits);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) t -> rows.close());
        }
        return rows;
    }

    /** The rows of a partition's splits, read as they are asked for. */
    private static final class SplitRows implements Iterator<Row> {
        private final Configuration conf;
        private final ParseOptions options;
        private final Iterator<InputSplit> splits;
        private final Benchmarks benchmarks = Benchmarks.standard();
        private final Deque<Row> pending = new ArrayDeque<>();
        private InputSplit split;
        private Stream<Paper> stream;
        private Iterator<Paper> papers;
        private int record;

        SplitRows(Configuration conf, ParseOptions options, Iterator<InputSplit> splits) {
            this.conf = conf;
            this.options = options;
            this.splits = splits;
        }

        @Override
        public boolean hasNext() {
            try {
                while (pending.isEmpty()) {
                    if (papers == null) {
                        if (!splits.hasNext()) {
                            return false;
                        }
                        openNext();
                    } else if (papers.hasNext()) {
                        // diagnostics found on the way to this paper are already pending, before it
                        Paper p = papers.next();
                        pending.add(Rows.parsed(split, record++, shifted(p, split, split.firstLine() - 1), benchmarks));
                    } else {
                        close();
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private void openNext() throws IOException {
            InputSplit s = splits.next();
            int shift = s.firstLine() - 1;
            split = s;
            record = 0;
            stream = Papers.stream(
                    open(conf, s), s.name(), options, d -> pending.add(Rows.parsed(s, record++, shifted(d, shift))));
            papers = stream.iterator();
        }

        void close() {
            if (stream != null) {
                stream.close();
            }
            stream = null;
            papers = null;
        }
    }

    /** Counts the lines each split owns (the first pass over files that are cut). */
    static FlatMapFunction<Iterator<InputSplit>, int[]> lineCounter(byte[] conf) {
        return splits -> {
            Configuration configuration = configuration(conf);
            List<int[]> counts = new ArrayList<>();
            byte[] buffer = new byte[1 << 16];
            while (splits.hasNext()) {
                InputSplit split = splits.next();
                Path path = new Path(split.path());
                try (FSDataInputStream raw = path.getFileSystem(configuration).open(path);
                        SplitLineStream in = SplitLineStream.open(raw, split.start(), split.end())) {
                    while (in.read(buffer, 0, buffer.length) != -1) {
                        // counting only
                    }
                    counts.add(new int[] {split.fileIndex(), split.splitIndex(), Math.toIntExact(in.newlines())});
                }
            }
            return counts.iterator();
        };
    }

    static Reader open(Configuration conf, InputSplit split) throws IOException {
        Path path = new Path(split.path());
        FSDataInputStream raw = path.getFileSystem(conf).open(path);
        InputStream in;
        try {
            CompressionCodec codec = split.whole() ? new CompressionCodecFactory(conf).getCodec(path) : null;
            if (codec != null) {
                in = codec.createInputStream(raw);
            } else if (split.whole()) {
                in = raw;
            } else {
                in = SplitLineStream.open(raw, split.start(), split.end());
            }
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
        return new BufferedReader(
                new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)),
                1 << 16);
    }

    /**
     * A paper read from a cut file, its source line moved to the line in the whole file (when the
     * reader named the file as its source; a paperdex JSON line keeps the source it was written with).
     */
    private static Paper shifted(Paper p, InputSplit split, int shift) {
        if (shift == 0 || p.source().isEmpty() || !p.source().get().name().equals(split.name())) {
            return p;
        }
        Source s = p.source().get();
        return Paper.builder()
                .from(p)
                .source(Source.of(s.name(), s.line() + shift, s.kind()))
                .build();
    }

    /** A diagnostic of a cut file at its line in the whole file. */
    static Diagnostic shifted(Diagnostic d, int shift) {
        if (shift == 0) {
            return d;
        }
        SourcePosition at = d.position();
        SourcePosition moved = SourcePosition.of(at.line() + shift, at.column(), at.offset());
        String message = d.message().replace(at.toString(), moved.toString());
        return d.found().isPresent()
                ? Diagnostic.of(
                        d.sourceName(), moved, d.code(), message, d.found().get())
                : Diagnostic.of(d.sourceName(), moved, d.code(), message);
    }

    static byte[] serialize(Configuration conf) {
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
                conf.write(out);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Configuration configuration(byte[] bytes) throws IOException {
        Configuration c = new Configuration(false);
        c.readFields(new DataInputStream(new ByteArrayInputStream(bytes)));
        return c;
    }
}
