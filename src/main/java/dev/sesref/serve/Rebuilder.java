package dev.sesref.serve;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.site.BuildOptions;
import dev.sesref.site.SiteBuilder;
import dev.sesref.site.SiteOutput;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the content and theme folders (recursively, registering new folders as they appear),
 * rebuilds in memory after a burst of changes settles, and keeps the last good build when one fails.
 */
public final class Rebuilder implements AutoCloseable {
    private static final long QUIET_MS = 40;

    private final BuildOptions options;
    private final AtomicReference<Snapshot> current;
    private final WatchService watcher;
    private final Consumer<Snapshot> onBuild;
    private final Thread thread;
    private volatile boolean running = true;

    /** Builds once (throws if the first build fails), then watches until closed. */
    public Rebuilder(BuildOptions options, Consumer<Snapshot> onBuild) throws IOException, BuildFailedException {
        this.options = options;
        this.onBuild = onBuild;
        SiteOutput first = new SiteBuilder(options).render().output();
        this.current = new AtomicReference<>(new Snapshot(first, List.of(), 1));
        this.watcher = FileSystems.getDefault().newWatchService();
        register(options.contentDir());
        register(options.themesDir());
        this.thread = new Thread(this::loop, "sesref-watch");
        thread.setDaemon(true);
        thread.start();
    }

    public AtomicReference<Snapshot> current() {
        return current;
    }

    private void register(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                WatchKey key = watcher.take();
                drain(key);
                // Editors save in bursts (temp file, rename, touch): wait until the folder is quiet.
                for (WatchKey more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS); more != null;
                     more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) {
                    drain(more);
                }
                rebuild();
            } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                return;
            }
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                try {
                    register(dir.resolve(name));
                } catch (IOException e) {
                    // the folder went away again; the next event will tell
                }
            }
        }
        key.reset();
    }

    /** Rebuilds now; a failure keeps the last good site and records the problems. */
    void rebuild() {
        Snapshot before = current.get();
        Snapshot next;
        try {
            next = new Snapshot(new SiteBuilder(options).render().output(), List.of(), before.version() + 1);
        } catch (BuildFailedException e) {
            next = new Snapshot(before.site(), e.diagnostics(), before.version() + 1);
        } catch (RuntimeException e) {
            next = new Snapshot(before.site(), List.of(Diagnostic.error(null, 0, 0, "internal error while rebuilding: " + e)),
                    before.version() + 1);
        }
        current.set(next);
        onBuild.accept(next);
    }

    @Override
    public void close() throws IOException {
        running = false;
        watcher.close();
        thread.interrupt();
    }
}
