package dev.sesref.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sesref.diag.DiagnosticPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Serves the latest good build from memory on one address, injects the live-reload script into
 * pages, refuses paths outside the site, and pushes reload or problem events to open browsers.
 */
public final class PreviewServer implements AutoCloseable {
    private static final Map<String, String> TYPES =
            Map.ofEntries(
                    Map.entry("html", "text/html; charset=utf-8"),
                    Map.entry("css", "text/css; charset=utf-8"),
                    Map.entry("js", "text/javascript; charset=utf-8"),
                    Map.entry("json", "application/json"),
                    Map.entry("xml", "application/xml; charset=utf-8"),
                    Map.entry("svg", "image/svg+xml"),
                    Map.entry("txt", "text/plain; charset=utf-8"),
                    Map.entry("png", "image/png"),
                    Map.entry("jpg", "image/jpeg"),
                    Map.entry("pdf", "application/pdf"));

    private final HttpServer server;
    private final AtomicReference<Snapshot> current;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final String host;

    public PreviewServer(String host, int port, AtomicReference<Snapshot> current)
            throws IOException {
        this.current = current;
        this.host = host;
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.setExecutor(
                Executors.newCachedThreadPool(
                        r -> {
                            Thread t = new Thread(r, "sesref-serve");
                            t.setDaemon(true);
                            return t;
                        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page that a new build is ready, or what is wrong with the last attempt. */
    public void publish(Snapshot s) {
        String event =
                s.problems().isEmpty()
                        ? "event: reload\ndata: " + s.version() + "\n\n"
                        : "event: problems\n" + dataLines(problemText(s)) + "\n";
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out);
            }
        }
    }

    static String problemText(Snapshot s) {
        DiagnosticPrinter printer = new DiagnosticPrinter();
        StringBuilder sb = new StringBuilder();
        s.problems().forEach(d -> sb.append(printer.format(d)).append('\n'));
        return sb.toString();
    }

    private static String dataLines(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            sb.append("data: ").append(line).append('\n');
        }
        return sb.toString();
    }

    private void handle(HttpExchange ex) throws IOException {
        if (!HostCheck.allowed(ex.getRequestHeaders().getFirst("Host"), host, port())) {
            // A page of another site whose name was made to resolve here (DNS rebinding) gets
            // nothing.
            send(
                    ex,
                    421,
                    "text/plain; charset=utf-8",
                    ("refused: this preview answers requests for http://"
                                    + host
                                    + ":"
                                    + port()
                                    + "/ only\n")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String raw = ex.getRequestURI().getRawPath();
        if (raw.equals(LiveScript.EVENTS)) {
            events(ex);
            return;
        }
        if (raw.equals(LiveScript.PATH)) {
            send(
                    ex,
                    200,
                    "text/javascript; charset=utf-8",
                    LiveScript.SOURCE.getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = SafePath.of(raw);
        if (path == null) {
            send(
                    ex,
                    403,
                    "text/plain; charset=utf-8",
                    "refused: not a path inside the site\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        serveFile(ex, path);
    }

    private void serveFile(HttpExchange ex, String path) throws IOException {
        var site = current.get().site();
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        byte[] body = site.generated().get(file);
        if (body == null && site.copied().containsKey(file)) {
            // The build checked this path (a file inside the content or theme); a link put there
            // since is not followed.
            try (InputStream in =
                    Files.newInputStream(site.copied().get(file), LinkOption.NOFOLLOW_LINKS)) {
                body = in.readAllBytes();
            } catch (IOException e) {
                body = null;
            }
        }
        if (body == null && site.generated().containsKey(file + "/index.html")) {
            ex.getResponseHeaders().set("Location", "/" + file + "/");
            send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        int status = body == null ? 404 : 200;
        if (body == null) {
            file = "404.html";
            body =
                    site.generated()
                            .getOrDefault(file, "not found\n".getBytes(StandardCharsets.UTF_8));
        }
        String ext = file.substring(file.lastIndexOf('.') + 1);
        if (ext.equals("html")) {
            body =
                    new String(body, StandardCharsets.UTF_8)
                            .replace("</body>", LiveScript.TAG + "</body>")
                            .getBytes(StandardCharsets.UTF_8);
        }
        send(ex, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
    }

    private void events(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(200, 0);
        OutputStream out = ex.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
        Snapshot s = current.get();
        if (!s.problems().isEmpty()) {
            out.write(
                    ("event: problems\n" + dataLines(problemText(s)) + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        listeners.forEach(
                o -> {
                    try {
                        o.close();
                    } catch (IOException ignored) {
                        // the browser went away already
                    }
                });
        server.stop(0);
    }
}
