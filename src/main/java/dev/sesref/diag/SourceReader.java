package dev.sesref.diag;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text files strictly as UTF-8 and turns every failure into a positioned diagnostic. */
public final class SourceReader {
    private SourceReader() {}

    /**
     * Reads a file named on the command line, naming it {@code shown} in diagnostics (files of the
     * content and themes are read through {@link SourceTree}, which confines them).
     *
     * @throws BuildFailedException when the file is not a regular file, is larger than {@link
     *     SourceTree#MAX_TEXT_BYTES}, cannot be read or is not valid UTF-8
     */
    public static SourceFile read(Path file, Path shown) throws BuildFailedException {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw fail(
                        Diagnostic.error(
                                shown,
                                0,
                                0,
                                Files.exists(file)
                                        ? "not a regular file; give a text file"
                                        : "cannot read file: no such file; check that it exists and is readable"));
            }
            try (var in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) SourceTree.MAX_TEXT_BYTES + 1);
            }
        } catch (IOException e) {
            throw fail(
                    Diagnostic.error(
                            shown,
                            0,
                            0,
                            "cannot read file: "
                                    + describe(e)
                                    + "; check that it exists and is readable"));
        }
        if (bytes.length > SourceTree.MAX_TEXT_BYTES) {
            throw fail(
                    Diagnostic.error(
                            shown,
                            0,
                            0,
                            "file is larger than the limit of "
                                    + (SourceTree.MAX_TEXT_BYTES >> 20)
                                    + " MiB"));
        }
        return of(bytes, shown);
    }

    /**
     * A file's bytes, already read, as a source file named {@code shown}; control characters other
     * than tab and line breaks are an error at their position (they have no place in text and could
     * drive a terminal that shows the text).
     */
    public static SourceFile of(byte[] bytes, Path shown) throws BuildFailedException {
        SourceFile file = new SourceFile(shown, normalize(decode(bytes, shown)));
        String text = file.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n')
                    || (c >= 0x7f && c <= 0x9f)
                    || c == '\u2028'
                    || c == '\u2029') {
                // U+0085, U+2028 and U+2029 also break lines for YAML: positions would differ from
                // the editor's.
                throw fail(
                        file.errorAt(
                                i,
                                String.format(
                                        java.util.Locale.ROOT,
                                        "control character U+%04X in the text; remove it (only tabs and line breaks may appear)",
                                        (int) c)));
            }
        }
        return file;
    }

    private static String decode(byte[] bytes, Path shown) throws BuildFailedException {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            SourceFile partial = new SourceFile(shown, before);
            int offset = before.length();
            throw fail(
                    Diagnostic.error(
                            shown,
                            partial.lineOf(offset),
                            partial.columnOf(offset),
                            String.format(
                                    "invalid UTF-8 byte 0x%02X; save the file as UTF-8",
                                    bytes[in.position()] & 0xff)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "NoSuchFileException" -> "no such file";
            case "AccessDeniedException" -> "permission denied";
            case "FileSystemException" -> e.getMessage() == null ? name : e.getMessage();
            default -> e.getMessage() == null ? name : e.getMessage();
        };
    }

    private static BuildFailedException fail(Diagnostic d) {
        return new BuildFailedException(java.util.List.of(d));
    }
}
