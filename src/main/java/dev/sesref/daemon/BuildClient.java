package dev.sesref.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The Java side of a build server's client (the launcher has a shell one): run a command, or stop the server. */
public final class BuildClient {
    private BuildClient() {
    }

    /**
     * Runs a command on the server named by {@code stateFile}, copying its output to {@code out} and
     * {@code err}; returns its exit code, or {@link BuildServer#NOT_RUN} when no server answered.
     */
    public static int run(Path stateFile, Path folder, List<String> args, Writer out, Writer err) {
        Optional<ServerState> state = ServerState.read(stateFile);
        if (state.isEmpty()) {
            return BuildServer.NOT_RUN;
        }
        StringBuilder request = new StringBuilder("run\n").append(folder).append('\n').append(args.size()).append('\n');
        args.forEach(a -> request.append(a).append('\n'));
        return exchange(state.get(), request.toString(), out, err);
    }

    /** Asks the server to stop; the state it stopped, or empty when none answered. */
    public static Optional<ServerState> stop(Path stateFile) {
        Optional<ServerState> state = ServerState.read(stateFile);
        if (state.isEmpty() || exchange(state.get(), "stop\n", Writer.nullWriter(), Writer.nullWriter()) != 0) {
            return Optional.empty();
        }
        return state;
    }

    private static int exchange(ServerState state, String request, Writer out, Writer err) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), state.port())) {
            PrintWriter to = new PrintWriter(new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8));
            to.print(state.token() + "\n" + request);
            to.flush();
            BufferedReader from = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            for (String line = from.readLine(); line != null; line = from.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                String text = line.substring(1);
                switch (line.charAt(0)) {
                    case 'o' -> out.write(text + "\n");
                    case 'O' -> out.write(text);
                    case 'e' -> err.write(text + "\n");
                    case 'E' -> err.write(text);
                    case 'x' -> {
                        out.flush();
                        err.flush();
                        return Integer.parseInt(text);
                    }
                    default -> throw new IOException("not a build server reply: " + line);
                }
            }
            return BuildServer.NOT_RUN;
        } catch (IOException | NumberFormatException e) {
            return BuildServer.NOT_RUN;
        }
    }
}
