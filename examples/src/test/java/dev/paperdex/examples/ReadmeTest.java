package dev.paperdex.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles and runs every {@code ```java} block of the README, as the README says: a block is its
 * {@code import} lines, then statements; it becomes the body of {@code public static void
 * main(String[] args) throws Exception} of a class of its own (imports at the top), compiled
 * in-process against the test class path (core, parser, Jackson) with {@code -Xlint:all -Werror},
 * and run in a child JVM whose working directory is the repository root, so {@code seeds/...}
 * paths resolve. It must exit 0, print no {@code Optional[...]} or {@code OptionalInt[...]}, and
 * print every line that a {@code // prints: TEXT} comment of the block names (TEXT is matched as a
 * prefix of a line). A block with the line {@value #NOT_RUN} (one that fetches from the network,
 * which tests never reach) is compiled only.
 */
final class ReadmeTest {
    private static final Path ROOT = Path.of(System.getProperty("paperdex.seeds", "seeds"))
            .toAbsolutePath()
            .getParent();
    private static final Pattern BLOCK = Pattern.compile("(?m)^```java\\n(.*?)^```$", Pattern.DOTALL);
    static final String NOT_RUN = "// compiled by the tests, not run: it fetches from the network";
    private static final Pattern PRINTS = Pattern.compile("(?m)^// prints: (.*)$");

    record Block(int number, int line, String code) {
        @Override
        public String toString() {
            return "README.md block " + number + " (line " + line + ")";
        }
    }

    static List<Block> blocks() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        while (m.find()) {
            int line = (int) readme.substring(0, m.start()).lines().count() + 1;
            out.add(new Block(out.size() + 1, line, m.group(1)));
        }
        return out;
    }

    @org.junit.jupiter.api.Test
    void theReadmeHasItsJavaBlocks() throws IOException {
        assertThat(blocks()).hasSize(7);
        assertThat(blocks()).filteredOn(b -> b.code().contains(NOT_RUN)).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("blocks")
    void compilesAndRuns(Block block, @TempDir Path dir) throws Exception {
        String className = "ReadmeBlock" + block.number();
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String l : block.code().split("\n", -1)) {
            (l.startsWith("import ") ? imports : body).append(l).append('\n');
        }
        String source = imports + "\npublic final class " + className + " {\n"
                + "    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n";
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        String classPath = System.getProperty("java.class.path");
        boolean compiled = javac.getTask(
                        errors,
                        null,
                        null,
                        List.of("-proc:none", "-Xlint:all", "-Werror", "-classpath", classPath, "-d", dir.toString()),
                        null,
                        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(file))
                .call();
        assertThat(compiled).as(block + " compiles:\n" + errors + "\n" + source).isTrue();
        if (block.code().contains(NOT_RUN)) {
            return;
        }

        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(launcher.toString(), "-cp", dir + File.pathSeparator + classPath, className)
                .directory(ROOT.toFile())
                .redirectErrorStream(false)
                .start();
        run.getOutputStream().close();
        byte[] err;
        String out;
        try (var stdout = run.getInputStream();
                var stderr = run.getErrorStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            err = stderr.readAllBytes();
        }
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue())
                .as(block + " exits 0; stderr:\n" + new String(err, StandardCharsets.UTF_8))
                .isZero();
        assertThat(out).as(block + " output").doesNotContain("Optional[").doesNotContain("OptionalInt[");
        List<String> lines = out.lines().toList();
        Matcher m = PRINTS.matcher(block.code());
        List<String> expected = new ArrayList<>();
        while (m.find()) {
            expected.add(m.group(1));
        }
        for (String e : expected) {
            assertThat(lines.stream().anyMatch(l -> l.startsWith(e)))
                    .as(block + " prints a line starting with '" + e + "'; it printed:\n" + out)
                    .isTrue();
        }
        try (Stream<String> s = lines.stream()) {
            assertThat(s.count()).as(block + " prints something").isPositive();
        }
    }
}
