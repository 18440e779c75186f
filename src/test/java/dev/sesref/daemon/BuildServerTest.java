package dev.sesref.daemon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.cli.Main;
import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build server and its Java client: what runs, what is refused, and when the server stops. */
class BuildServerTest {
    static final Path HERE = Path.of("").toAbsolutePath();

    @TempDir
    Path tmp;
    RunningServer running;

    @AfterEach
    void stopServer() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    private Path start(Duration idle, Path jar, BuildServer.Runner runner) throws IOException {
        running = new RunningServer(tmp.resolve("servers/state"), idle, jar, runner);
        return running.state;
    }

    private static Cli.Result client(Path state, Path folder, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BuildClient.run(state, folder, List.of(args), out, err);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    @Test
    void buildThroughTheServerEqualsADirectBuild() throws Exception {
        Path state = start(Duration.ofMinutes(5), null, Main::run);
        Path viaServer = tmp.resolve("via-server");
        Path direct = tmp.resolve("direct");
        String[] args = {"build", "--content", Trees.repo().resolve("content").toString(),
            "--themes", Trees.repo().resolve("themes").toString(), "--out", viaServer.toString()};
        for (int i = 0; i < 2; i++) {   // the second build runs in a JVM that has built once already
            Cli.Result r = client(state, HERE, args);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().matches("built \\d+ pages, \\d+ files into .*via-server in \\d+ ms\n"), r.out());
            assertEquals("", r.err());
        }
        Cli.buildRealSite(direct);
        Map<String, byte[]> a = Trees.snapshot(viaServer);
        Map<String, byte[]> b = Trees.snapshot(direct);
        assertEquals(b.keySet(), a.keySet());
        b.forEach((path, bytes) -> assertArrayEquals(bytes, a.get(path), path));
    }

    @Test
    void aFailingBuildReportsItsDiagnosticsAndExitCode() throws Exception {
        Path content = tmp.resolve("content");
        Trees.copy(Trees.testResources().resolve("fixtures/basic/content"), content);
        Files.writeString(content.resolve("broken.md"), "---\ntitle: [unclosed\n---\nText.\n");
        Path state = start(Duration.ofMinutes(5), null, Main::run);
        Cli.Result r = client(state, HERE, "build", "--content", content.toString(), "--themes",
                Trees.testResources().resolve("fixtures/basic/themes").toString(), "--out", tmp.resolve("out").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("broken.md:3:1: error: invalid YAML"), r.err());
        assertTrue(r.err().endsWith("was not changed\n"), r.err());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void streamsEndedAndUnendedLinesAndTheExitCodeComeBackApart() throws Exception {
        Path state = start(Duration.ofMinutes(5), null, (args, out, err) -> {
            out.println("first line");
            err.print("warning without an end");
            out.print("last, " + String.join("|", args) + " é ");
            return 7;
        });
        Cli.Result r = client(state, HERE, "a b", "", "c");
        assertEquals(7, r.exit());
        assertEquals("first line\nlast, a b||c é ", r.out());
        assertEquals("warning without an end", r.err());
    }

    @Test
    void aClientWithoutTheTokenGetsNoAnswerAndRunsNothing() throws Exception {
        Path state = start(Duration.ofMinutes(5), null, (args, out, err) -> 0);
        int port = ServerState.read(state).orElseThrow().port();
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream o = s.getOutputStream();
            o.write(("0123456789abcdef0123456789abcdef\nrun\n" + HERE + "\n1\nbuild\n").getBytes(StandardCharsets.UTF_8));
            o.flush();
            assertEquals(-1, s.getInputStream().read());
        }
        assertEquals(0, client(state, HERE, "build").exit());   // and still serves its own clients
        assertEquals(List.of("build"), running.ran());
    }

    @Test
    void aClientInAnotherFolderIsToldToRunTheCommandItself() throws Exception {
        Path state = start(Duration.ofMinutes(5), null, (args, out, err) -> 0);
        Cli.Result r = client(state, tmp, "build");
        assertEquals(BuildServer.NOT_RUN, r.exit());
        assertTrue(r.err().contains("this build server runs in " + HERE), r.err());
        assertTrue(running.ran().isEmpty());
    }

    @Test
    void noServerMeansNotRun() throws Exception {
        Path state = tmp.resolve("nothing-here");
        assertEquals(BuildServer.NOT_RUN, client(state, HERE, "build").exit());
        Files.writeString(state, "not a state file\n");
        assertEquals(BuildServer.NOT_RUN, client(state, HERE, "build").exit());
        // A stale state: the port of a server that has gone.
        Path live = start(Duration.ofMinutes(5), null, (args, out, err) -> 0);
        ServerState old = ServerState.read(live).orElseThrow();
        running.close();
        assertEquals(BuildServer.Stop.CLOSED, running.stopped());
        running = null;
        old.write(state);
        assertEquals(BuildServer.NOT_RUN, client(state, HERE, "build").exit());
    }

    @Test
    void stopEndsServingAndWithdrawsTheState() throws Exception {
        Path state = start(Duration.ofMinutes(5), null, (args, out, err) -> 0);
        long pid = ServerState.read(state).orElseThrow().pid();
        assertEquals(pid, BuildClient.stop(state).orElseThrow().pid());
        assertEquals(BuildServer.Stop.TOLD, running.stopped());
        running.close();
        running = null;
        assertFalse(Files.exists(state));
        assertTrue(BuildClient.stop(state).isEmpty());
    }

    @Test
    void stopsWhenIdleReplacedOrItsJarChanges() throws Exception {
        start(Duration.ofSeconds(1), null, (args, out, err) -> 0);
        assertEquals(BuildServer.Stop.IDLE, running.stopped());
        running.close();

        Path state = start(Duration.ofMinutes(5), null, (args, out, err) -> 0);
        ServerState mine = ServerState.read(state).orElseThrow();
        new ServerState(mine.port(), "f".repeat(32), mine.pid() + 1).write(state);
        assertEquals(BuildServer.Stop.REPLACED, running.stopped());
        running.close();
        assertTrue(Files.exists(state), "a server leaves another server's state alone");

        Path jar = Files.writeString(tmp.resolve("sesref.jar"), "jar");
        start(Duration.ofMinutes(5), jar, (args, out, err) -> 0);
        assertFalse(running.serving.isDone());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertEquals(BuildServer.Stop.JAR_CHANGED, running.stopped());
    }

    @Test
    void refusedClientsDoNotKeepAnIdleServerAlive() throws Exception {
        Path state = start(Duration.ofSeconds(1), null, (args, out, err) -> 0);
        int port = ServerState.read(state).orElseThrow().port();
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!running.serving.isDone() && System.nanoTime() < until) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.getOutputStream().write("not the token\n".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                break;   // stopped listening
            }
            Thread.sleep(200);
        }
        assertTrue(running.serving.isDone(), "still serving after 5 s of refused clients and an idle limit of 1 s");
        assertEquals(BuildServer.Stop.IDLE, running.stopped());
    }

    @Test
    void oversizedOrMalformedRequestsRunNothing() throws Exception {
        Path state = start(Duration.ofMinutes(5), null, (args, out, err) -> 0);
        ServerState s = ServerState.read(state).orElseThrow();
        AtomicInteger answered = new AtomicInteger();
        for (String body : List.of("run\n" + HERE + "\n1001\n", "run\n" + HERE + "\n-1\n", "run\n" + HERE + "\nmany\n",
                "run\n" + HERE + "\n1\n" + "x".repeat(BuildServer.MAX_LINE + 1) + "\n", "walk\n" + HERE + "\n0\n")) {
            try (Socket sock = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
                sock.getOutputStream().write((s.token() + "\n" + body).getBytes(StandardCharsets.UTF_8));
                sock.shutdownOutput();
                byte[] reply = sock.getInputStream().readAllBytes();
                if (reply.length > 0) {
                    answered.incrementAndGet();
                    assertEquals("esesref: unknown request 'walk'\nx" + BuildServer.NOT_RUN + "\n",
                            new String(reply, StandardCharsets.UTF_8));
                }
            }
        }
        try (Socket reset = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
            reset.getOutputStream().write((s.token() + "\nrun\n").getBytes(StandardCharsets.UTF_8));
            reset.setSoLinger(true, 0);   // close with a reset, half-way through the request
        }
        assertEquals(0, client(state, HERE, "build").exit(), "still serving");
        assertEquals(1, answered.get(), "only the unknown verb is answered (not run)");
        assertEquals(List.of("build"), running.ran());
    }

    @Test
    void readLineStopsAtTheEndOfTheRequest() {
        assertThrowsEof(() -> BuildServer.readLine(new ByteArrayInputStream("no end".getBytes(StandardCharsets.UTF_8))));
    }

    private static void assertThrowsEof(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(EOFException.class, e);
    }
}
