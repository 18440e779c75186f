package dev.sesref.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where a build server listens and the secret a client must send: one line {@code PORT TOKEN PID} in a
 * file only its owner can read, so that a shell client can read it with {@code read -r port token pid}.
 */
public record ServerState(int port, String token, long pid) {
    public ServerState {
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (!token.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("token must be 32 hex digits");
        }
    }

    String line() {
        return port + " " + token + " " + pid + "\n";
    }

    /** Writes the file whole (a client never reads half of it), readable by its owner only. */
    void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve(file.getFileName() + "." + pid + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(tmp, line(), StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The state in {@code file}, or empty when there is none or it is not a state file. */
    public static Optional<ServerState> read(Path file) {
        try {
            String[] f = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            return Optional.of(new ServerState(Integer.parseInt(f[0]), f[1], Long.parseLong(f[2])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
