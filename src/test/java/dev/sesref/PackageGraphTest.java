package dev.sesref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sesref.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layout is the pipeline: {@code config -> content -> markdown -> cite -> search ->
 * render -> site}, on top of {@code diag} and {@code yaml}, with {@code check}, {@code serve} and
 * {@code cli} beside it. A package may use its own rank and the ranks below it; two packages of one
 * rank may not use each other (that would be a cycle). Any use counts: an import or a qualified
 * name in code.
 */
class PackageGraphTest {
    /** Rank of each package of dev.sesref; a package unknown here is itself a failure. */
    static final Map<String, Integer> RANKS =
            Map.ofEntries(
                    Map.entry("diag", 0),
                    Map.entry("yaml", 1),
                    Map.entry("config", 2),
                    Map.entry("content", 3),
                    Map.entry("markdown", 4),
                    Map.entry("cite", 5),
                    Map.entry("search", 6),
                    Map.entry("render", 7),
                    Map.entry("site", 8),
                    Map.entry("check", 9),
                    Map.entry("serve", 9),
                    Map.entry("cli", 10));

    private static final Pattern USE = Pattern.compile("\\bdev\\.sesref\\.([a-z]+)\\.");
    private static final Pattern PACKAGE =
            Pattern.compile("(?m)^package dev\\.sesref\\.([a-z]+)\\s*;");

    /**
     * Every use that breaks the order, as "file: package uses package (why)"; empty when the graph
     * holds.
     */
    static List<String> violations(Map<String, String> sources) {
        List<String> out = new ArrayList<>();
        sources.forEach(
                (file, text) -> {
                    Matcher p = PACKAGE.matcher(text);
                    if (!p.find()) {
                        out.add(file + ": not in a dev.sesref package");
                        return;
                    }
                    String own = p.group(1);
                    if (!RANKS.containsKey(own)) {
                        out.add(
                                file
                                        + ": package "
                                        + own
                                        + " has no place in the pipeline; add it to PackageGraphTest.RANKS");
                        return;
                    }
                    Matcher m = USE.matcher(text.substring(p.end()));
                    java.util.Set<String> seen = new TreeSet<>();
                    while (m.find()) {
                        String used = m.group(1);
                        if (used.equals(own) || !seen.add(used)) {
                            continue;
                        }
                        Integer rank = RANKS.get(used);
                        if (rank == null) {
                            out.add(file + ": " + own + " uses unknown package " + used);
                        } else if (rank > RANKS.get(own)) {
                            out.add(file + ": " + own + " uses " + used + ", a later stage");
                        } else if (rank.equals(RANKS.get(own))) {
                            out.add(
                                    file
                                            + ": "
                                            + own
                                            + " uses "
                                            + used
                                            + ", a package of the same rank (a cycle)");
                        }
                    }
                });
        return out;
    }

    @Test
    void mainCodeFollowsThePipeline() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        Path root = Trees.repo().resolve("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(root.relativize(f).toString(), Files.readString(f));
            }
        }
        assertEquals(List.of(), violations(sources));
        assertEquals(
                RANKS.keySet(),
                new TreeSet<>(sources.keySet().stream().map(f -> f.split("[/\\\\]")[2]).toList()),
                "every package has a rank, every rank a package");
    }

    @Test
    void theCheckFailsOnALaterStageACycleOrAnUnknownPackage() {
        String cite =
                "package dev.sesref.cite;\nimport dev.sesref.content.Page;\nimport dev.sesref.render.Views;\n"
                        + "class A { dev.sesref.site.SiteBuilder b; }\n";
        String check = "package dev.sesref.check;\nimport dev.sesref.serve.PreviewServer;\n";
        String stray = "package dev.sesref.util;\n";
        assertEquals(
                List.of(
                        "check/B.java: check uses serve, a package of the same rank (a cycle)",
                        "cite/A.java: cite uses render, a later stage",
                        "cite/A.java: cite uses site, a later stage",
                        "util/C.java: package util has no place in the pipeline; add it to PackageGraphTest.RANKS"),
                violations(
                        new TreeMap<>(
                                Map.of(
                                        "cite/A.java",
                                        cite,
                                        "check/B.java",
                                        check,
                                        "util/C.java",
                                        stray))));
    }
}
