package dev.sesref.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** File-tree helpers for fixture tests: copy, snapshot and compare folders. */
public final class Trees {
    private Trees() {}

    /** The repository root (Maven runs tests there; the property is set by the pom). */
    public static Path repo() {
        return Path.of(System.getProperty("sesref.root", ".")).toAbsolutePath().normalize();
    }

    public static Path testResources() {
        return repo().resolve("src/test/resources");
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every Markdown text a rendering test can compare two renderers on: the site's {@code
     * content/} pages and the Markdown golden inputs, as (path, text) pairs in path order.
     */
    public static java.util.List<Map.Entry<String, String>> markdownInputs() {
        java.util.List<Map.Entry<String, String>> out = new java.util.ArrayList<>();
        for (Path root :
                new Path[] {
                    repo().resolve("content"), testResources().resolve("golden/markdown")
                }) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    out.add(Map.entry(repo().relativize(f).toString(), Files.readString(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * Copies fixture {@code name}'s {@code content/} and {@code themes/} (the repository's themes
     * when the fixture has none) into {@code dir}, for a test to edit.
     */
    public static void copyFixture(String name, Path dir) {
        Path fixture = testResources().resolve("fixtures").resolve(name);
        copy(fixture.resolve("content"), dir.resolve("content"));
        copy(
                Files.isDirectory(fixture.resolve("themes"))
                        ? fixture.resolve("themes")
                        : repo().resolve("themes"),
                dir.resolve("themes"));
    }

    /** Every file below {@code dir} with its bytes, keyed by '/'-separated relative path. */
    public static Map<String, byte[]> snapshot(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A readable list of differences between two snapshots, empty when they are equal. */
    public static String diff(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        StringBuilder sb = new StringBuilder();
        for (String k : expected.keySet()) {
            if (!actual.containsKey(k)) {
                sb.append("missing: ").append(k).append('\n');
            } else if (!java.util.Arrays.equals(expected.get(k), actual.get(k))) {
                sb.append("differs: ")
                        .append(k)
                        .append('\n')
                        .append(firstDifference(expected.get(k), actual.get(k)));
            }
        }
        for (String k : actual.keySet()) {
            if (!expected.containsKey(k)) {
                sb.append("unexpected: ").append(k).append('\n');
            }
        }
        return sb.toString();
    }

    private static String firstDifference(byte[] a, byte[] b) {
        String[] x = new String(a, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        String[] y = new String(b, java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "<end>";
            String r = i < y.length ? y[i] : "<end>";
            if (!l.equals(r)) {
                return "  line " + (i + 1) + "\n  expected: " + l + "\n  actual:   " + r + "\n";
            }
        }
        return "";
    }

    /**
     * True when golden files should be rewritten instead of compared ({@code
     * -Dsesref.updateGolden=true}).
     */
    public static boolean updateGolden() {
        return Boolean.getBoolean("sesref.updateGolden");
    }

    /** Replaces {@code dir} by the files of {@code snapshot} (golden update mode). */
    public static void write(Path dir, Map<String, byte[]> snapshot) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            for (Map.Entry<String, byte[]> e : snapshot.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository theme's markup for citations and tables, as a build uses it. */
    public static dev.sesref.render.ThemeMarkup themeMarkup() {
        try {
            Path themes = repo().resolve("themes");
            return new dev.sesref.render.ThemeMarkup(
                    dev.sesref.render.Theme.load(themes, themes, "default"));
        } catch (dev.sesref.diag.BuildFailedException e) {
            throw new IllegalStateException(e);
        }
    }
}
