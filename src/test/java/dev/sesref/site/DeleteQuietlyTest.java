package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting a replaced or abandoned output folder removes the whole tree, from both cores, and never
 * what a symbolic link in it (or the folder itself, when it is a link) points to.
 */
class DeleteQuietlyTest {
    @TempDir Path tmp;
    Path outside;

    @BeforeEach
    void outsideFolder() throws Exception {
        outside = Files.createDirectories(tmp.resolve("outside/keep"));
        Files.writeString(outside.resolve("precious.txt"), "not the build's");
    }

    /** A site-shaped tree: files at the top, in sections, in page folders, and a search folder. */
    private Path tree() throws Exception {
        Path site = Files.createDirectories(tmp.resolve(".site.old-1"));
        Files.writeString(site.resolve("index.html"), "home");
        for (int s = 0; s < 4; s++) {
            for (int p = 0; p < 5; p++) {
                Path page = Files.createDirectories(site.resolve("section-" + s + "/page-" + p));
                Files.writeString(page.resolve("index.html"), "page " + s + "/" + p);
            }
        }
        Path search = Files.createDirectories(site.resolve("search"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(search.resolve("f-" + i + ".json"), "[]");
        }
        Files.createDirectories(site.resolve("empty/deeper"));
        return site;
    }

    @Test
    void deletesTheWholeTree() throws Exception {
        Path site = tree();
        OutputWriter.deleteQuietly(site);
        assertFalse(Files.exists(site, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isDirectory(tmp.resolve("outside")), "siblings stay");
    }

    @Test
    void linksInsideGoAsLinks() throws Exception {
        Path site = tree();
        Files.createSymbolicLink(site.resolve("linked-folder"), outside);
        Files.createSymbolicLink(
                site.resolve("section-1/linked-file"), outside.resolve("precious.txt"));
        OutputWriter.deleteQuietly(site);
        assertFalse(Files.exists(site, LinkOption.NOFOLLOW_LINKS));
        assertEquals("not the build's", Files.readString(outside.resolve("precious.txt")));
    }

    @Test
    void aFolderThatIsALinkGoesAsALink() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve(".site.old-2"), outside);
        OutputWriter.deleteQuietly(link);
        assertFalse(Files.exists(link, LinkOption.NOFOLLOW_LINKS));
        assertEquals("not the build's", Files.readString(outside.resolve("precious.txt")));
    }

    @Test
    void aMissingFolderIsNoError() {
        assertDoesNotThrow(() -> OutputWriter.deleteQuietly(tmp.resolve("never-made")));
    }
}
