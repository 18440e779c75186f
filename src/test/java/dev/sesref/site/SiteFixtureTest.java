package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-site fixtures: each folder under {@code fixtures/} holds {@code content/}, optionally
 * {@code themes/}, and {@code expected/}, the exact site the build must produce. Regenerate with
 * {@code mvn test -Dsesref.updateGolden=true} and review the diff.
 */
class SiteFixtureTest {

    static Stream<String> fixtures() throws Exception {
        try (Stream<Path> s = Files.list(Trees.testResources().resolve("fixtures"))) {
            return s
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void buildsExactlyTheExpectedSite(String name, @TempDir Path tmp) {
        Path fixture = Trees.testResources().resolve("fixtures").resolve(name);
        Path themes =
                Files.isDirectory(fixture.resolve("themes"))
                        ? fixture.resolve("themes")
                        : Trees.repo().resolve("themes");
        Path out = tmp.resolve("out");
        Cli.Result r =
                Cli.run(
                        "build",
                        "--content",
                        fixture.resolve("content").toString(),
                        "--themes",
                        themes.toString(),
                        "--out",
                        out.toString());
        assertEquals(0, r.exit(), r.err());
        Map<String, byte[]> actual = Trees.snapshot(out);
        Path expected = fixture.resolve("expected");
        if (Trees.updateGolden()) {
            Trees.write(expected, actual);
        }
        assertTrue(
                Files.isDirectory(expected),
                "no expected/ folder: run with -Dsesref.updateGolden=true once");
        assertEquals("", Trees.diff(Trees.snapshot(expected), actual), "fixture " + name);
    }
}
