package dev.sesref.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A build server serving on a background thread of the test's JVM, with a record of what it ran. */
final class RunningServer implements AutoCloseable {
    final Path state;
    final BuildServer server;
    final CompletableFuture<BuildServer.Stop> serving;
    private final List<String[]> ran = new ArrayList<>();

    RunningServer(Path state, Duration idle, Path jar, BuildServer.Runner runner) throws IOException {
        this.state = state;
        server = BuildServer.start(state, Path.of("").toAbsolutePath(), idle, jar, (args, out, err) -> {
            synchronized (ran) {
                ran.add(args);
            }
            return runner.run(args, out, err);
        });
        serving = CompletableFuture.supplyAsync(() -> {
            try {
                return server.serve();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    RunningServer(Path state, BuildServer.Runner runner) throws IOException {
        this(state, Duration.ofMinutes(5), null, runner);
    }

    /** The command lines run so far, arguments joined with '|'. */
    List<String> ran() {
        synchronized (ran) {
            return ran.stream().map(a -> String.join("|", a)).toList();
        }
    }

    /** Why it stopped serving; waits for it. */
    BuildServer.Stop stopped() throws Exception {
        return serving.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        server.close();
        stopped();
    }
}
