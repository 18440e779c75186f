package dev.sesref.cli;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.DiagnosticPrinter;
import dev.sesref.serve.PreviewServer;
import dev.sesref.serve.Rebuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sesref serve}: live preview on 127.0.0.1, rebuilt and reloaded on every change. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Preview the site on http://127.0.0.1:PORT/, rebuilding and reloading the browser on every change.")
final class ServeCommand implements Callable<Integer> {
    @Mixin SiteOptions site;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--open", description = "open the preview in the default browser")
    boolean open;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicReference<PreviewServer> server = new AtomicReference<>();
        try (Rebuilder rebuilder =
                        new Rebuilder(
                                site.toBuildOptions(Path.of("site"), false),
                                s -> {
                                    if (s.problems().isEmpty()) {
                                        out.println(
                                                "rebuilt ("
                                                        + s.version()
                                                        + ") in "
                                                        + s.millis()
                                                        + " ms; browsers reload");
                                    } else {
                                        new DiagnosticPrinter().print(s.problems(), err);
                                        err.println("still serving the last good build");
                                    }
                                    out.flush();
                                    if (server.get() != null) {
                                        server.get().publish(s);
                                    }
                                });
                PreviewServer preview = new PreviewServer(host, port, rebuilder.current())) {
            server.set(preview);
            String url = "http://" + host + ":" + preview.port() + "/";
            out.println("serving " + url + " (Ctrl-C to stop)");
            out.flush();
            if (open && java.awt.Desktop.isDesktopSupported()) {
                java.awt.Desktop.getDesktop().browse(java.net.URI.create(url));
            }
            Thread.currentThread().join();
            return ExitCodes.OK;
        } catch (BuildFailedException e) {
            Reporter.report(e.diagnostics(), err);
            err.println("the site does not build; fix the problems above and run serve again");
            return ExitCodes.ERRORS;
        }
    }
}
