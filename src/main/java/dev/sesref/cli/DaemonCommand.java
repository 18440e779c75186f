package dev.sesref.cli;

import dev.sesref.daemon.BuildClient;
import dev.sesref.daemon.BuildServer;
import dev.sesref.daemon.ServerState;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sesref daemon}: the build server the launcher starts so that later builds and checks in the
 * same folder skip JVM start-up; {@code --stop} stops it.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = {"Run a build server: the launcher (./sesref) sends it the build and check commands run in this "
                + "folder, which then skip the JVM's start-up. It stops after --idle seconds without a command, "
                + "or when the jar is rebuilt.", "The launcher starts it itself; SESREF_DAEMON=0 turns it off."})
final class DaemonCommand implements Callable<Integer> {
    /** The commands a server runs: those that only read their folders and write whole output folders. */
    static final Set<String> SERVED = Set.of("build", "check");

    @Option(names = "--state", required = true, paramLabel = "FILE",
            description = "file where the server publishes its port (the launcher picks one per folder)")
    Path state;

    @Option(names = "--idle", defaultValue = "900", paramLabel = "SECONDS",
            description = "stop after this many seconds without a command (default: ${DEFAULT-VALUE})")
    long idleSeconds;

    @Option(names = "--stop", description = "stop the server of --state instead of starting one")
    boolean stop;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (stop) {
            Optional<ServerState> stopped = BuildClient.stop(state);
            out.println(stopped.map(s -> "stopped the build server (pid " + s.pid() + ")")
                    .orElse("no build server is running for " + state));
            return ExitCodes.OK;
        }
        if (idleSeconds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--idle must be at least 1 second");
        }
        try (BuildServer server = BuildServer.start(state, Path.of(""), Duration.ofSeconds(idleSeconds), ownJar(),
                DaemonCommand::serve)) {
            out.println("build server on 127.0.0.1:" + server.state().port() + " (pid " + server.state().pid() + ")");
            out.flush();
            BuildServer.Stop why = server.serve();
            out.println("build server stopped: " + why.name().toLowerCase(java.util.Locale.ROOT));
        }
        return ExitCodes.OK;
    }

    private static int serve(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || !SERVED.contains(args[0])) {
            err.println("sesref: the build server runs only " + String.join(" and ", SERVED.stream().sorted().toList()));
            return BuildServer.NOT_RUN;
        }
        return Main.run(args, out, err);
    }

    /** The jar this JVM runs from, or null when it runs from a classes folder (tests). */
    private static Path ownJar() {
        try {
            Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
