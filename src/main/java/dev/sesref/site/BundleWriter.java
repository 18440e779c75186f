package dev.sesref.site;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a rendered site as the offline zip: entries sorted by name, every timestamp set to the
 * content's date, so the same content gives the same bytes; written to a temporary file, then moved.
 */
public final class BundleWriter {
    private BundleWriter() {
    }

    public static void write(SiteOutput output, String readme, LocalDate date, Path zip) throws BuildFailedException {
        Map<String, byte[]> entries = new TreeMap<>(output.generated());
        entries.put("README.txt", readme.getBytes(StandardCharsets.UTF_8));
        Path target = zip.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (OutputStream file = Files.newOutputStream(tmp); ZipOutputStream out = new ZipOutputStream(file)) {
                out.setLevel(Deflater.BEST_COMPRESSION);
                TreeMap<String, Object> all = new TreeMap<>(entries);
                all.putAll(output.copied());
                for (Map.Entry<String, Object> e : all.entrySet()) {
                    ZipEntry entry = new ZipEntry(e.getKey());
                    entry.setTimeLocal(date.atStartOfDay());
                    out.putNextEntry(entry);
                    out.write(e.getValue() instanceof byte[] b ? b : Files.readAllBytes((Path) e.getValue()));
                    out.closeEntry();
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new BuildFailedException(List.of(Diagnostic.error(zip, 0, 0, "cannot write the bundle: " + e)));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless and named as such
                }
            }
        }
    }
}
