package dev.sesref.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.content.LinkStyle;
import dev.sesref.site.BuildOptions;
import dev.sesref.testing.Trees;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The live preview: serve, change, reload event, new content; break, problems event, fix; traversal
 * refused.
 */
class PreviewTest {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void reloadsOnChangeAndReportsProblemsUntilFixed(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        Trees.copy(Trees.testResources().resolve("fixtures/basic/content"), content);
        Path themes = Trees.testResources().resolve("fixtures/basic/themes");
        BuildOptions options =
                new BuildOptions(
                        content, themes, tmp.resolve("unused"), null, LinkStyle.DIRECTORY, false);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        PreviewServer[] holder = new PreviewServer[1];
        try (Rebuilder rebuilder = new Rebuilder(options, s -> holder[0].publish(s));
                PreviewServer server = new PreviewServer("127.0.0.1", 0, rebuilder.current())) {
            holder[0] = server;
            String base = "http://127.0.0.1:" + server.port();
            HttpResponse<String> page = get(base + "/about/");
            assertEquals(200, page.statusCode());
            assertTrue(
                    page.body().contains("We are") && page.body().contains(LiveScript.TAG),
                    page.body());
            assertTrue(
                    page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            listen(server.port(), events);
            assertEquals(": connected", events.poll(10, TimeUnit.SECONDS));

            assertEquals(
                    404,
                    get(base + "/search/l-ze.json").statusCode(),
                    "no word starts with 'ze' yet");
            edit(content.resolve("about.md"), "We are", "We really are zephyrine");
            assertTrue(waitFor(events, "event: reload"), "no reload event");
            assertTrue(get(base + "/about/").body().contains("We really are"));
            // The search index follows the reload on another thread.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!get(base + "/search/l-ze.json").body().contains("zephyrine")
                    && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertTrue(
                    get(base + "/search/l-ze.json").body().contains("zephyrine"),
                    "search index not refreshed");

            edit(content.resolve("about.md"), "title: About", "title: [About");
            assertTrue(waitFor(events, "event: problems"), "no problems event");
            assertTrue(
                    get(base + "/about/").body().contains("We really are"),
                    "last good build still served");

            edit(content.resolve("about.md"), "title: [About", "title: About");
            assertTrue(waitFor(events, "event: reload"), "no reload after the fix");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/../pom.xml",
        "/%2e%2e/pom.xml",
        "/guide/%2E%2E/%2E%2E/pom.xml",
        "/..%5c..%5cpom.xml",
        "/a%00b"
    })
    void refusesPathsOutsideTheSite(String path) {
        assertNull(SafePath.of(path), path);
    }

    @Test
    void traversalOverTheWireIsRefused(@TempDir Path tmp) throws Exception {
        BuildOptions options =
                new BuildOptions(
                        Trees.testResources().resolve("fixtures/basic/content"),
                        Trees.testResources().resolve("fixtures/basic/themes"),
                        tmp,
                        null,
                        LinkStyle.DIRECTORY,
                        false);
        try (Rebuilder rebuilder = new Rebuilder(options, s -> {});
                PreviewServer server = new PreviewServer("127.0.0.1", 0, rebuilder.current());
                Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream()
                    .write(
                            ("GET /../../pom.xml HTTP/1.1\r\nHost: 127.0.0.1:"
                                            + server.port()
                                            + "\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
            String status =
                    new BufferedReader(
                                    new InputStreamReader(
                                            socket.getInputStream(), StandardCharsets.US_ASCII))
                            .readLine();
            assertTrue(
                    status.contains(" 403 ")
                            || status.contains(" 400 ")
                            || status.contains(" 404 "),
                    status);
        }
    }

    /**
     * Issue 21, item 6: a page of another site made to resolve here (DNS rebinding) reads nothing.
     */
    @Test
    void answersOnlyItsOwnHostNames(@TempDir Path tmp) throws Exception {
        BuildOptions options =
                new BuildOptions(
                        Trees.testResources().resolve("fixtures/basic/content"),
                        Trees.testResources().resolve("fixtures/basic/themes"),
                        tmp,
                        null,
                        LinkStyle.DIRECTORY,
                        false);
        try (Rebuilder rebuilder = new Rebuilder(options, s -> {});
                PreviewServer server = new PreviewServer("127.0.0.1", 0, rebuilder.current())) {
            int port = server.port();
            for (String host :
                    new String[] {
                        "127.0.0.1:" + port,
                        "localhost:" + port,
                        "LOCALHOST:" + port,
                        "[::1]:" + port,
                        "192.168.1.20:" + port
                    }) {
                assertTrue(rawGet(port, "/about/", host).startsWith("HTTP/1.1 200 "), host);
            }
            for (String host :
                    new String[] {
                        "evil.example:" + port,
                        "127.0.0.1.nip.io:" + port,
                        "127.0.0.1:1",
                        "localhost",
                        "",
                        "127.0.0.1:" + port + ".evil.example"
                    }) {
                String response = rawGet(port, "/about/", host);
                assertTrue(
                        response.startsWith("HTTP/1.1 421 "),
                        host + ": " + response.lines().findFirst().orElse(""));
                assertTrue(!response.contains("Fixture Site"), host);
                assertTrue(
                        rawGet(port, LiveScript.EVENTS, host).startsWith("HTTP/1.1 421 "),
                        "events for " + host);
            }
        }
    }

    /**
     * Issue 21, item 2: a file turned into a link to outside the content after a build is not
     * served.
     */
    @Test
    void doesNotServeALinkPutInPlaceOfAFile(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        Trees.copy(Trees.testResources().resolve("fixtures/basic/content"), content);
        Files.writeString(tmp.resolve("secret.txt"), "TOP-SECRET\n");
        BuildOptions options =
                new BuildOptions(
                        content,
                        Trees.testResources().resolve("fixtures/basic/themes"),
                        tmp.resolve("unused"),
                        null,
                        LinkStyle.DIRECTORY,
                        false);
        try (Rebuilder rebuilder = new Rebuilder(options, s -> {});
                PreviewServer server = new PreviewServer("127.0.0.1", 0, rebuilder.current())) {
            String url = "http://127.0.0.1:" + server.port() + "/files/note.txt";
            assertEquals(200, get(url).statusCode());
            Path note = rebuilder.current().get().site().copied().get("files/note.txt");
            Files.delete(note);
            Files.createSymbolicLink(note, tmp.resolve("secret.txt"));
            HttpResponse<String> r = get(url);
            assertTrue(!r.body().contains("TOP-SECRET"), r.body());
        }
    }

    /** The first line and body of a GET sent with exactly the given Host header ("" sends none). */
    private static String rawGet(int port, String path, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            String header = host.isEmpty() ? "" : "Host: " + host + "\r\n";
            socket.getOutputStream()
                    .write(
                            ("GET " + path + " HTTP/1.1\r\n" + header + "Connection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
            byte[] head = socket.getInputStream().readNBytes(4096);
            return new String(head, StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void listen(int port, BlockingQueue<String> events) {
        Thread t =
                new Thread(
                        () -> {
                            try {
                                HttpResponse<java.util.stream.Stream<String>> r =
                                        http.send(
                                                HttpRequest.newBuilder(
                                                                URI.create(
                                                                        "http://127.0.0.1:"
                                                                                + port
                                                                                + LiveScript
                                                                                        .EVENTS))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofLines());
                                r.body()
                                        .filter(l -> !l.isEmpty() && !l.startsWith("data:"))
                                        .forEach(events::add);
                            } catch (Exception e) {
                                events.add("error: " + e);
                            }
                        });
        t.setDaemon(true);
        t.start();
    }

    private static boolean waitFor(BlockingQueue<String> events, String wanted)
            throws InterruptedException {
        for (String e = events.poll(15, TimeUnit.SECONDS);
                e != null;
                e = events.poll(15, TimeUnit.SECONDS)) {
            if (e.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static void edit(Path file, String from, String to) throws Exception {
        Files.writeString(file, Files.readString(file).replace(from, to));
    }
}
