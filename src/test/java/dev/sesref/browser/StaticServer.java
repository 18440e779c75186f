package dev.sesref.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A minimal static file server on 127.0.0.1 for browser tests (serves a built site folder). */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES =
            Map.of(
                    "html",
                    "text/html; charset=utf-8",
                    "css",
                    "text/css; charset=utf-8",
                    "js",
                    "text/javascript; charset=utf-8",
                    "svg",
                    "image/svg+xml",
                    "xml",
                    "application/xml",
                    "txt",
                    "text/plain; charset=utf-8",
                    "json",
                    "application/json");
    private final HttpServer server;

    public StaticServer(Path root) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/",
                exchange -> {
                    String path =
                            URI.create(exchange.getRequestURI().getPath()).normalize().getPath();
                    Path file = root.resolve(path.substring(1)).normalize();
                    if (Files.isDirectory(file)) {
                        file = file.resolve("index.html");
                    }
                    int status = 200;
                    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                        file = root.resolve("404.html");
                        status = 404;
                    }
                    byte[] body = Files.readAllBytes(file);
                    String name = file.getFileName().toString();
                    exchange.getResponseHeaders()
                            .set(
                                    "Content-Type",
                                    TYPES.getOrDefault(
                                            name.substring(name.lastIndexOf('.') + 1),
                                            "application/octet-stream"));
                    exchange.sendResponseHeaders(status, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
