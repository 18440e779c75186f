package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.sesref.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the real site twice in separate JVMs with different clocks, time zones, locales and
 * default encodings, and requires byte-identical output.
 */
class DeterminismTest {

    @Test
    void outputDoesNotDependOnTimeZoneLocaleOrEncoding(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        build(
                a,
                "Pacific/Kiritimati",
                "tr_TR.UTF-8",
                List.of(
                        "-Duser.timezone=Pacific/Kiritimati",
                        "-Duser.language=tr",
                        "-Duser.country=TR",
                        "-Dfile.encoding=ISO-8859-1"));
        build(
                b,
                "America/Adak",
                "C",
                List.of("-Duser.timezone=America/Adak", "-Duser.language=en", "-Duser.country=US"));
        Map<String, byte[]> first = Trees.snapshot(a);
        assertFalse(first.isEmpty());
        assertEquals("", Trees.diff(first, Trees.snapshot(b)));
    }

    private static void build(Path out, String tz, String lang, List<String> jvmArgs)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(
                List.of(
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.sesref.cli.Main",
                        "build",
                        "--content",
                        Trees.repo().resolve("content").toString(),
                        "--themes",
                        Trees.repo().resolve("themes").toString(),
                        "--out",
                        out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("TZ", tz);
        pb.environment().put("LANG", lang);
        pb.environment().put("LC_ALL", lang);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), output);
        assertFalse(Files.notExists(out), output);
    }
}
