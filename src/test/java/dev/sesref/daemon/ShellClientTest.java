package dev.sesref.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's shell client (src/main/sh/server-client.sh) against a real server, run by bash. */
class ShellClientTest {
    static final Path CLIENT = Trees.repo().resolve("src/main/sh/server-client.sh");

    @TempDir
    Path tmp;
    RunningServer running;

    record Run(int exit, String out, String err) {
    }

    @AfterEach
    void stopServer() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    private Path start(BuildServer.Runner runner) throws IOException {
        running = new RunningServer(tmp.resolve("state"), runner);
        return running.state;
    }

    /** Runs a shell function of the client in bash, in {@code dir}. */
    private static Run bash(Path dir, String function, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", ". \"$0\"; " + function + " \"$@\"", CLIENT.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
    }

    private static Path here() {
        return Path.of("").toAbsolutePath();
    }

    @Test
    void printsEachStreamWhereTheCommandPrintedItAndReturnsItsExitCode() throws Exception {
        Path state = start((args, out, err) -> {
            out.println("out 1");
            err.println("err 1  with  spaces\\n and a backslash");
            out.print("out, unended: " + String.join("|", args));
            err.print("err, unended");
            return 3;
        });
        Run r = bash(here(), "sesref_server_run", state.toString(), "build", "two words", "", "é", "-n", "*");
        assertEquals(3, r.exit(), r.err());
        assertEquals("out 1\nout, unended: build|two words||é|-n|*", r.out());
        assertEquals("err 1  with  spaces\\n and a backslash\nerr, unended", r.err());
    }

    @Test
    void returns125WhenNothingRan() throws Exception {
        Path state = start((args, out, err) -> 0);
        assertEquals(125, bash(here(), "sesref_server_run", state.toString(), "build", "a\nb").exit(),
                "an argument with a line break cannot be sent");
        assertEquals(125, bash(tmp, "sesref_server_run", state.toString(), "build").exit(), "another folder");
        assertEquals(125, bash(here(), "sesref_server_run", tmp.resolve("none").toString(), "build").exit(), "no state");
        Files.writeString(tmp.resolve("garbage"), "port token pid\n");
        assertEquals(125, bash(here(), "sesref_server_run", tmp.resolve("garbage").toString(), "build").exit());
        assertTrue(running.ran().isEmpty(), running.ran().toString());
        ServerState s = ServerState.read(state).orElseThrow();
        running.close();
        running = null;
        s.write(state);   // a state whose server has gone
        Run r = bash(here(), "sesref_server_run", state.toString(), "build");
        assertEquals(125, r.exit());
        assertEquals("", r.out() + r.err());
    }

    @Test
    void startsAServerInTheBackgroundThatBuildsAndStops() throws Exception {
        Path state = tmp.resolve("servers/one");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Run started = bash(here(), "sesref_server_start", state.toString(), java, "-cp",
                System.getProperty("java.class.path"), "dev.sesref.cli.Main");
        assertEquals(0, started.exit(), started.err() + Files.readString(Path.of(state + ".log")));
        long pid = ServerState.read(state).orElseThrow().pid();
        try {
            buildStopAndCheck(state, pid);
        } finally {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);   // a failed test leaves no server behind
        }
    }

    private void buildStopAndCheck(Path state, long pid) throws Exception {
        Path out = tmp.resolve("site");
        Run build = bash(here(), "sesref_server_run", state.toString(), "build", "--content",
                Trees.testResources().resolve("fixtures/basic/content").toString(), "--themes",
                Trees.testResources().resolve("fixtures/basic/themes").toString(), "--out", out.toString());
        assertEquals(0, build.exit(), build.err());
        assertTrue(build.out().startsWith("built 4 pages"), build.out());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        Run serve = bash(here(), "sesref_server_run", state.toString(), "serve");
        assertEquals(125, serve.exit(), "the server runs only build and check");
        assertTrue(serve.err().contains("runs only build and check"), serve.err());
        assertEquals(pid, BuildClient.stop(state).orElseThrow().pid());
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        assertTrue(Files.notExists(state));
    }
}
