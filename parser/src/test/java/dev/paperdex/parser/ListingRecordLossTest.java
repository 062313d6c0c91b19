package dev.paperdex.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdex.Paper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Garbage inserted at random lines of a seed (1,000 insertions of each kind into each seed, eight
 * per read, each in a different card) costs at most the cards it lands in: every other card of the clean read comes out of the damaged read unchanged (apart from its line
 * number), in order, and per insertion at most two records come out that the clean read does
 * not have (the damaged card, and a record made of the garbage and a piece of that card).
 */
final class ListingRecordLossTest {
    private static final int INSERTIONS = 1000;
    private static final int PER_READ = 8;
    private static final ParseOptions OPTIONS =
            ParseOptions.builder().year(2025).analyze(false).build();

    enum Garbage {
        ONE_LINE_TEXT("lorem ipsum dolor sit amet"),
        SENTENCE("This line does not belong here."),
        CONTROL_CHARACTERS("\u0001\u0002\u0007\u001b[31m\u0000\u007f"),
        INVALID_UTF8(null),
        LINE_300K("word ".repeat(60_000)),
        JSON_FRAGMENT("{\"title\": \"x\", \"abstract\": \"y\", \"authors\": [1, 2]}"),
        XML_FRAGMENT("<entry><title>x</title><summary>y</summary></entry>"),
        CR_ONLY("\r"),
        BULLET("• 3 authors"),
        LONE_BULLET("•"),
        DOT("·"),
        DATE("Jun 5, 2024");

        private final String text;

        Garbage(String text) {
            this.text = text;
        }

        byte[] bytes() {
            return this == INVALID_UTF8
                    ? new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', (byte) 0xC3, '(', ' ', (byte) 0xE2, (byte) 0x82}
                    : text.getBytes(StandardCharsets.UTF_8);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String seed : List.of("000_ac4d8aa2034e5b5f.txt", "003_94c5f68b1bf7e18c.txt")) {
            for (Garbage g : Garbage.values()) {
                cases.add(Arguments.of(seed, g));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("cases")
    void losesAtMostTheCardsTheGarbageLandsIn(String seed, Garbage garbage) throws IOException {
        byte[] clean = Files.readAllBytes(ListingParserTest.SEEDS.resolve(seed));
        List<byte[]> lines = splitLines(clean);
        ParseResult cleanRead = read(clean);
        List<Paper> original = cleanRead.papers();
        assertThat(cleanRead.diagnostics()).isEmpty();
        assertThat(original).hasSizeGreaterThan(50);
        int[] titleLines =
                original.stream().mapToInt(p -> p.source().orElseThrow().line()).toArray();

        Random random = new Random(seed.hashCode() * 31L + garbage.ordinal());
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < INSERTIONS; n += PER_READ) {
            // PER_READ insertions per read, each in a different card, so that they cannot interact
            TreeMap<Integer, Boolean> at = new TreeMap<>(); // before 0-based line -> blank line after
            Set<Integer> landed = new HashSet<>();
            while (at.size() < PER_READ) {
                int line = random.nextInt(lines.size() + 1);
                int card = cardOf(titleLines, line);
                if (!landed.contains(card) && !landed.contains(card - 1) && !landed.contains(card + 1)) {
                    landed.add(card);
                    at.put(line, random.nextBoolean());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(clean.length + PER_READ * 300_100);
            for (int i = 0; i <= lines.size(); i++) {
                Boolean blankAfter = at.get(i);
                if (blankAfter != null) {
                    out.writeBytes(garbage.bytes());
                    out.write('\n');
                    if (blankAfter) {
                        out.write('\n');
                    }
                }
                if (i < lines.size()) {
                    out.writeBytes(lines.get(i));
                }
            }
            List<Paper> damaged = read(out.toByteArray()).papers();
            String problem = compare(original, damaged, landed);
            if (problem != null) {
                failures.add("insertions before lines " + at + " (0-based, true: blank line after): " + problem);
            }
        }
        assertThat(failures).as("%s in %s", garbage, seed).isEmpty();
    }

    /** The card whose lines (its title to the line before the next title) end just before 0-based {@code line}; -1 before the first. */
    private static int cardOf(int[] titleLines, int line) {
        int card = -1;
        for (int k = 0; k < titleLines.length && titleLines[k] <= line; k++) {
            card = k;
        }
        return card;
    }

    /**
     * Null when {@code damaged} holds every original card but the {@code landed} ones, in order,
     * and at most two more records per landed card.
     */
    private static String compare(List<Paper> original, List<Paper> damaged, Set<Integer> landed) {
        List<Paper> expected = new ArrayList<>();
        Set<Paper> spared = new HashSet<>();
        for (int k = 0; k < original.size(); k++) {
            if (landed.contains(k)) {
                spared.add(withoutSource(original.get(k)));
            } else {
                expected.add(withoutSource(original.get(k)));
            }
        }
        int j = 0;
        int extra = 0;
        for (Paper d : damaged) {
            Paper p = withoutSource(d);
            if (j < expected.size() && p.equals(expected.get(j))) {
                j++;
            } else if (!spared.contains(p)) {
                extra++;
            }
        }
        if (j < expected.size()) {
            return "card '" + expected.get(j).title() + "' lost or changed (landed in cards " + landed + ")";
        }
        if (extra > 2 * landed.size()) {
            return extra + " records that are not cards of the clean read";
        }
        return null;
    }

    private static Paper withoutSource(Paper p) {
        return Paper.builder().from(p).source(java.util.Optional.empty()).build();
    }

    /** The lines of {@code bytes}, each with its line feed. */
    private static List<byte[]> splitLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i + 1));
                start = i + 1;
            }
        }
        if (start < bytes.length) {
            lines.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
        }
        return lines;
    }

    private static ParseResult read(byte[] bytes) {
        return HostileInputFuzzTest.readListingBytes(bytes, OPTIONS);
    }
}
