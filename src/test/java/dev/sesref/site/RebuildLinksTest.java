package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.content.LinkStyle;
import dev.sesref.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into an existing output folder links the files it would write unchanged to the last
 * build's (same inode, same timestamp) and writes the others anew; the result equals a build into a
 * new folder.
 */
class RebuildLinksTest {
    @TempDir Path tmp;
    Path content;
    Path themes;
    Path out;

    @BeforeEach
    void copyFixture() {
        content = tmp.resolve("content");
        out = tmp.resolve("out");
        themes = tmp.resolve("themes");
        Trees.copyFixture("basic", tmp);
    }

    private void build(Path into) throws Exception {
        new SiteBuilder(new BuildOptions(content, themes, into, null, LinkStyle.DIRECTORY, true))
                .build();
    }

    /** Inode of every file below {@code dir}, by relative path. */
    private static Map<String, Object> inodes(Path dir) throws Exception {
        Map<String, Object> m = new TreeMap<>();
        for (String rel : Trees.snapshot(dir).keySet()) {
            m.put(rel, Files.getAttribute(dir.resolve(rel), "unix:ino", LinkOption.NOFOLLOW_LINKS));
        }
        return m;
    }

    @Test
    void unchangedFilesAreLinkedChangedOnesWritten() throws Exception {
        build(out);
        Map<String, byte[]> before = Trees.snapshot(out);
        Map<String, Object> inodesBefore = inodes(out);
        Path page = content.resolve("about.md");
        // Same lengths: a file whose size did not change must still be compared byte for byte,
        // whether
        // rendered (the page) or copied (the theme's style sheet).
        Files.writeString(
                page,
                Files.readString(page).replace("Second, with", "Second, WITH"),
                StandardCharsets.UTF_8);
        Path css = themes.resolve("mini/static/style.css");
        Files.writeString(
                css, Files.readString(css).replace("serif", "Serif"), StandardCharsets.UTF_8);

        build(out);
        build(tmp.resolve("fresh"));
        Map<String, byte[]> after = Trees.snapshot(out);
        Map<String, byte[]> fresh = Trees.snapshot(tmp.resolve("fresh"));
        assertEquals(fresh.keySet(), after.keySet());
        fresh.forEach((rel, bytes) -> assertArrayEquals(bytes, after.get(rel), rel));

        Map<String, Object> inodesAfter = inodes(out);
        int linked = 0;
        int written = 0;
        for (String rel : after.keySet()) {
            boolean same =
                    before.containsKey(rel)
                            && java.util.Arrays.equals(before.get(rel), after.get(rel));
            if (same && inodesBefore.get(rel).equals(inodesAfter.get(rel))) {
                linked++;
            } else {
                assertFalse(same, rel + " is unchanged but was written anew");
                assertNotEquals(
                        inodesBefore.get(rel),
                        inodesAfter.get(rel),
                        rel + " changed but kept its inode");
                written++;
            }
        }
        assertEquals(before.get("about/index.html").length, after.get("about/index.html").length);
        assertNotEquals(inodesBefore.get("about/index.html"), inodesAfter.get("about/index.html"));
        assertNotEquals(inodesBefore.get("style.css"), inodesAfter.get("style.css"));
        assertTrue(linked > written, "linked " + linked + ", written " + written);
    }

    @Test
    void aSymbolicLinkInTheLastBuildIsNotFollowed() throws Exception {
        build(out);
        Path index = out.resolve("about/index.html");
        byte[] bytes = Files.readAllBytes(index);
        Path elsewhere = Files.write(tmp.resolve("elsewhere.html"), bytes);
        Files.delete(index);
        Files.createSymbolicLink(index, elsewhere);

        build(out);
        assertTrue(Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS));
        assertArrayEquals(bytes, Files.readAllBytes(index));
        assertNotEquals(
                Files.getAttribute(elsewhere, "unix:ino"), Files.getAttribute(index, "unix:ino"));
        assertEquals(1, (int) Files.getAttribute(elsewhere, "unix:nlink"));
    }
}
