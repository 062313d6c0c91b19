package dev.paperdex.examples.spark;

import dev.paperdex.parser.ParseOptions;
import java.io.Serializable;

/**
 * What the job's tasks need to know, sent to each task once.
 *
 * @param year the year of dates written without one, or 0 for the current year
 * @param strict whether the first problem fails the job instead of becoming a diagnostic row
 * @param splitBytes the size above which a file of one record per line is cut
 */
record JobSettings(int year, boolean strict, long splitBytes) implements Serializable {
    ParseOptions parseOptions() {
        ParseOptions o = ParseOptions.defaults().withStrict(strict);
        return year == 0 ? o : o.withYear(year);
    }
}
