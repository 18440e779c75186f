package dev.sesref.site;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes a rendered site as the offline zip: entries sorted by name, every timestamp set to the
 * content's date, so the same content gives the same bytes; written to a temporary file, then
 * moved. The zip's comment marks it as sesref's, so a later bundle may replace it and nothing else.
 */
public final class BundleWriter {
    /** The comment of every bundle: what {@link #check} recognises. */
    static final String COMMENT = "sesref offline bundle";

    private BundleWriter() {}

    /** Refuses a path the bundle must not be written to (see {@link OutputGuard}). */
    public static void check(Path zip, boolean force) throws BuildFailedException {
        OutputGuard.checkFile(zip, force, isBundle(zip));
    }

    public static void write(
            SiteOutput output, String readme, LocalDate date, Path zip, boolean force)
            throws BuildFailedException {
        Map<String, Object> entries = new TreeMap<>(output.generated());
        entries.put("README.txt", readme.getBytes(StandardCharsets.UTF_8));
        entries.putAll(output.copied());
        Path target = OutputGuard.absolute(zip);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            for (Path stale : OutputWriter.stale(target)) {
                if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(stale);
                }
            }
            tmp = OutputWriter.temporaryFile(target);
            try (OutputStream file = Files.newOutputStream(tmp);
                    ZipOutputStream out = new ZipOutputStream(file)) {
                out.setLevel(Deflater.BEST_COMPRESSION);
                out.setComment(COMMENT);
                for (Map.Entry<String, Object> e : entries.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTimeLocal(date.atStartOfDay());
                    out.putNextEntry(entry);
                    out.write(
                            e.getValue() instanceof byte[] b
                                    ? b
                                    : Files.readAllBytes((Path) e.getValue()));
                    out.closeEntry();
                }
            }
            check(zip, force); // again: the path may have changed while the site was rendered
            Files.move(
                    tmp,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new BuildFailedException(
                    List.of(Diagnostic.error(zip, 0, 0, "cannot write the bundle: " + e)));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is removed by the next bundle
                }
                OutputWriter.release(tmp);
            }
        }
    }

    /**
     * Whether {@code zip} is a regular file that a bundle wrote (a zip with the bundle's comment).
     */
    static boolean isBundle(Path zip) {
        if (!Files.isRegularFile(zip, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            return COMMENT.equals(z.getComment());
        } catch (IOException e) {
            return false;
        }
    }
}
