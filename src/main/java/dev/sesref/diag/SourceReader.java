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
    private SourceReader() {
    }

    /**
     * Reads {@code file}, naming it {@code shown} in diagnostics.
     *
     * @throws BuildFailedException when the file cannot be read or is not valid UTF-8
     */
    public static SourceFile read(Path file, Path shown) throws BuildFailedException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw fail(Diagnostic.error(shown, 0, 0, "cannot read file: " + describe(e)
                    + "; check that it exists and is readable"));
        }
        return of(bytes, shown);
    }

    /** A file's bytes, already read, as a source file named {@code shown}. */
    public static SourceFile of(byte[] bytes, Path shown) throws BuildFailedException {
        return new SourceFile(shown, normalize(decode(bytes, shown)));
    }

    private static String decode(byte[] bytes, Path shown) throws BuildFailedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
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
            throw fail(Diagnostic.error(shown, partial.lineOf(offset), partial.columnOf(offset),
                    String.format("invalid UTF-8 byte 0x%02X; save the file as UTF-8", bytes[in.position()] & 0xff)));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    private static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String describe(IOException e) {
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
