package dev.sesref.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A build server: runs the commands the launcher sends it in one warm JVM, so that repeated builds skip
 * the JVM's start-up and warm-up. Listens on the loopback address only and runs nothing for a client
 * that does not send the token of its state file (which only its owner can read).
 *
 * <p>Request, one item per line: token, {@code run} or {@code stop}, the client's folder, the number
 * of arguments, the arguments. Reply: see {@link Frames}.
 */
public final class BuildServer implements Closeable {
    /** Runs one command line and returns its exit code (the shape of {@code Main.run}). */
    @FunctionalInterface
    public interface Runner {
        int run(String[] args, PrintWriter out, PrintWriter err);
    }

    /** Why a server stopped serving. */
    public enum Stop { TOLD, IDLE, REPLACED, JAR_CHANGED, CLOSED }

    /** The exit code that tells a client nothing ran, so it should run the command itself. */
    public static final int NOT_RUN = 125;
    static final int MAX_LINE = 65_536;
    static final int MAX_ARGS = 1_000;
    private static final int POLL_MILLIS = 500;
    private static final int REQUEST_MILLIS = 10_000;

    private final ServerSocket socket;
    private final ServerState state;
    private final Path stateFile;
    private final Path folder;
    private final Duration idle;
    private final FileStamp jar;
    private final Runner runner;

    private BuildServer(ServerSocket socket, ServerState state, Path stateFile, Path folder, Duration idle,
                        FileStamp jar, Runner runner) {
        this.socket = socket;
        this.state = state;
        this.stateFile = stateFile;
        this.folder = folder;
        this.idle = idle;
        this.jar = jar;
        this.runner = runner;
    }

    /**
     * Listens on a free loopback port and publishes it in {@code stateFile}.
     *
     * @param folder the folder relative paths are resolved against (this JVM's working folder)
     * @param jar    the jar this server runs: it stops when the jar changes (null: no such check)
     */
    public static BuildServer start(Path stateFile, Path folder, Duration idle, Path jar, Runner runner)
            throws IOException {
        ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        try {
            socket.setSoTimeout(POLL_MILLIS);
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            ServerState state = new ServerState(socket.getLocalPort(), HexFormat.of().formatHex(secret),
                    ProcessHandle.current().pid());
            state.write(stateFile);
            return new BuildServer(socket, state, stateFile, folder.toAbsolutePath().normalize(), idle,
                    jar == null ? null : FileStamp.of(jar), runner);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    public ServerState state() {
        return state;
    }

    /** Serves requests, one at a time, until told to stop, idle too long, replaced, or its jar changed. */
    public Stop serve() throws IOException {
        long last = System.nanoTime();
        while (true) {
            Optional<Stop> stop = shouldStop(last);
            if (stop.isPresent()) {
                return stop.get();
            }
            try (Socket client = socket.accept()) {
                Handled h = handle(client);
                if (h == Handled.STOP) {
                    return Stop.TOLD;
                }
                if (h == Handled.RAN) {
                    // A build can leave a big heap behind; give it back while the server waits.
                    System.gc();
                    last = System.nanoTime();
                }
            } catch (SocketTimeoutException e) {
                continue;
            } catch (SocketException e) {
                if (socket.isClosed()) {
                    return Stop.CLOSED;
                }
                throw e;
            }
        }
    }

    private Optional<Stop> shouldStop(long lastRequest) {
        if (System.nanoTime() - lastRequest > idle.toNanos()) {
            return Optional.of(Stop.IDLE);
        }
        if (!ServerState.read(stateFile).equals(Optional.of(state))) {
            return Optional.of(Stop.REPLACED);
        }
        if (jar != null && !jar.equals(FileStamp.of(jar.path()))) {
            return Optional.of(Stop.JAR_CHANGED);
        }
        return Optional.empty();
    }

    /** What became of one connection: only a command that ran counts as activity (for the idle time). */
    private enum Handled { STOP, RAN, REFUSED }

    /** One request as read from a client that sent the right token. */
    private record Request(String verb, Path folder, String[] args) {
    }

    /** Answers one client. A client without the right token, or that sends nonsense, gets no answer. */
    private Handled handle(Socket client) throws IOException {
        client.setSoTimeout(REQUEST_MILLIS);
        Frames frames = new Frames(new BufferedWriter(new OutputStreamWriter(client.getOutputStream(),
                StandardCharsets.UTF_8)));
        Request r;
        try {
            r = read(new BufferedInputStream(client.getInputStream()));
        } catch (IOException | IllegalArgumentException e) {
            return Handled.REFUSED;   // hung up, stalled or sent nonsense: nothing ran, nothing to say
        }
        if (r == null) {
            return Handled.REFUSED;
        }
        if (r.verb().equals("stop")) {
            frames.exit(0);
            return Handled.STOP;
        }
        String refusal = !r.verb().equals("run") ? "unknown request '" + r.verb() + "'"
                : !r.folder().toAbsolutePath().normalize().equals(folder)
                ? "this build server runs in " + folder + ", not " + r.folder() : null;
        if (refusal != null) {
            PrintWriter err = new PrintWriter(frames.stream('e'));
            err.println("sesref: " + refusal);
            err.close();
            frames.exit(NOT_RUN);
            return Handled.REFUSED;
        }
        client.setSoTimeout(0);
        run(r.args(), frames);
        return Handled.RAN;
    }

    /** The request, or null when the token is wrong; {@code stop} carries no folder or arguments. */
    private Request read(InputStream in) throws IOException {
        if (!MessageDigest.isEqual(readLine(in).getBytes(StandardCharsets.UTF_8),
                state.token().getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        String verb = readLine(in);
        if (verb.equals("stop")) {
            return new Request(verb, folder, new String[0]);
        }
        Path from = Path.of(readLine(in));   // an impossible path: IllegalArgumentException
        return new Request(verb, from, readArgs(in));
    }

    private void run(String[] args, Frames frames) {
        PrintWriter out = new PrintWriter(frames.stream('o'), true);
        PrintWriter err = new PrintWriter(frames.stream('e'), true);
        int code = runner.run(args, out, err);
        out.close();
        err.close();
        frames.exit(code);
    }

    private static String[] readArgs(InputStream in) throws IOException {
        int n = Integer.parseInt(readLine(in));
        if (n < 0 || n > MAX_ARGS) {
            throw new IllegalArgumentException("argument count out of range: " + n);
        }
        String[] args = new String[n];
        for (int i = 0; i < n; i++) {
            args[i] = readLine(in);
        }
        return args;
    }

    /** One UTF-8 line without its end; fails on a line longer than {@link #MAX_LINE} bytes. */
    static String readLine(InputStream in) throws IOException {
        byte[] buf = new byte[128];
        int len = 0;
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("request ended early");
            }
            if (len == MAX_LINE) {
                throw new IllegalArgumentException("request line too long");
            }
            if (len == buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.min(MAX_LINE, buf.length * 2));
            }
            buf[len++] = (byte) b;
        }
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }

    /** Stops listening and withdraws the state file if it is still this server's. */
    @Override
    public void close() throws IOException {
        socket.close();
        if (ServerState.read(stateFile).equals(Optional.of(state))) {
            Files.deleteIfExists(stateFile);
        }
    }

    /** A file's identity for "has it changed": modification time and size. */
    record FileStamp(Path path, long modified, long size) {
        static FileStamp of(Path p) {
            try {
                return new FileStamp(p, Files.getLastModifiedTime(p).toMillis(), Files.size(p));
            } catch (IOException e) {
                return new FileStamp(p, -1, -1);
            }
        }
    }
}
