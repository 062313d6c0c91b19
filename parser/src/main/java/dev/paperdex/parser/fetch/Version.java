package dev.paperdex.parser.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The project version, read once from the filtered {@code version.properties}. */
final class Version {
    static final String VERSION = load();

    private Version() {}

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource leaves the version unknown; the User-Agent still names paperdex
        }
        String v = p.getProperty("version", "unknown");
        return v.startsWith("$") ? "unknown" : v;
    }
}
