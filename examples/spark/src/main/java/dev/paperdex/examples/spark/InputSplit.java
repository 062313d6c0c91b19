package dev.paperdex.examples.spark;

import java.io.Serializable;

/**
 * One task's share of the input: a whole file, or, for a file of one record per line, the lines
 * that start in {@code [start, end)}.
 *
 * @param path the file, as a Hadoop path string ({@code file:}, {@code hdfs:}, {@code s3a:})
 * @param name the source name the readers see: the file name, as {@code Papers.stream(Path)} uses
 * @param fileIndex the file's place in the sorted input, for the order of records
 * @param splitIndex the split's place in its file
 * @param start the first byte
 * @param end the byte after the last line start this split owns; {@link Long#MAX_VALUE} for all
 * @param firstLine the 1-based line number of the split's first line
 * @param whole whether the split is the whole file (then the file may be compressed)
 */
record InputSplit(
        String path, String name, int fileIndex, int splitIndex, long start, long end, int firstLine, boolean whole)
        implements Serializable {
    InputSplit withFirstLine(int line) {
        return new InputSplit(path, name, fileIndex, splitIndex, start, end, line, whole);
    }
}
