package dev.paperdex.examples.spark;

import dev.paperdex.Paper;
import dev.paperdex.parser.Diagnostic;
import dev.paperdex.parser.Papers;
import dev.paperdex.parser.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * Divides the input into tasks. A listing page, an API response or an Atom feed is one document:
 * its records can only be found by reading it from the start, so each such file is one split. A
 * file of one record per line (paperdex JSON Lines, or any format whose first line alone reads as
 * one paper) larger than the split size is cut at line boundaries; a compressed file is one split.
 */
final class SplitPlanner {
    /** How much of a file's first line the probe reads. */
    private static final int PROBE = 1 << 16;

    private SplitPlanner() {}

    /** The files of {@code inputs} (files, directories or globs), sorted by path. */
    static List<FileStatus> files(Configuration conf, List<String> inputs) throws IOException {
        List<FileStatus> files = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) {
                throw new IOException("no input at " + input);
            }
            Arrays.sort(matched);
            for (FileStatus s : matched) {
                if (s.isDirectory()) {
                    List<FileStatus> inside = new ArrayList<>();
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(s.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (!hidden(f.getPath())) {
                            inside.add(f);
                        }
                    }
                    inside.sort(Comparator.comparing(f -> f.getPath().toString()));
                    files.addAll(inside);
                } else {
                    files.add(s);
                }
            }
        }
        return files;
    }

    /** The splits of {@code files}, in file order; first lines not yet known for cut files. */
    static List<InputSplit> plan(Configuration conf, List<FileStatus> files, long splitBytes, ParseOptions options)
            throws IOException {
        CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
        List<InputSplit> splits = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileStatus f = files.get(i);
            String path = f.getPath().toString();
            String name = f.getPath().getName();
            long size = f.getLen();
            boolean compressed = codecs.getCodec(f.getPath()) != null;
            if (compressed || size <= splitBytes || !oneRecordPerLine(conf, f.getPath(), name, options)) {
                splits.add(new InputSplit(path, name, i, 0, 0, Long.MAX_VALUE, 1, true));
                continue;
            }
            int k = 0;
            for (long start = 0; start < size; start += splitBytes, k++) {
                long end = Math.min(size, start + splitBytes);
                splits.add(new InputSplit(path, name, i, k, start, end == size ? Long.MAX_VALUE : end, 1, false));
            }
        }
        return splits;
    }

    /** Whether the file's first line, read alone, is exactly one paper and no problem. */
    static boolean oneRecordPerLine(Configuration conf, Path path, String name, ParseOptions options)
            throws IOException {
        byte[] head;
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            head = in.readNBytes(PROBE);
        }
        int newline = -1;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == '\n') {
                newline = i;
                break;
            }
        }
        if (newline < 0) {
            return false;
        }
        String line = new String(head, 0, newline, StandardCharsets.UTF_8);
        List<Diagnostic> problems = new ArrayList<>();
        try (Stream<Paper> papers = Papers.stream(new StringReader(line), name, options, problems::add)) {
            return papers.count() == 1 && problems.isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean hidden(Path p) {
        String n = p.getName();
        return n.startsWith(".") || n.startsWith("_");
    }
}
