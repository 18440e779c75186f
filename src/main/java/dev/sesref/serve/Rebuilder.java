package dev.sesref.serve;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.site.BuildOptions;
import dev.sesref.site.RenderCache;
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
 * rebuilds in memory after a burst of changes settles, and keeps the last good build when one
 * fails.
 */
public final class Rebuilder implements AutoCloseable {
    private static final long QUIET_MS = 25;

    private final BuildOptions options;
    private final AtomicReference<Snapshot> current;
    private final WatchService watcher;
    private final Consumer<Snapshot> onBuild;
    private final Thread thread;
    private final RenderCache cache = new RenderCache();
    private final java.util.concurrent.ExecutorService searchWorker =
            java.util.concurrent.Executors.newSingleThreadExecutor(
                    r -> {
                        Thread t = new Thread(r, "sesref-search");
                        t.setDaemon(true);
                        return t;
                    });
    private volatile boolean running = true;

    /** Builds once (throws if the first build fails), then watches until closed. */
    public Rebuilder(BuildOptions options, Consumer<Snapshot> onBuild)
            throws IOException, BuildFailedException {
        this.options = options;
        this.onBuild = onBuild;
        long start = System.nanoTime();
        SiteOutput first = new SiteBuilder(options, cache, false).render().output();
        this.current = new AtomicReference<>(new Snapshot(first, List.of(), 1, millisSince(start)));
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
                d.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop() {
        warmUp();
        while (running) {
            try {
                WatchKey key = watcher.take();
                drain(key);
                // Editors save in bursts (temp file, rename, touch): wait until the folder is
                // quiet.
                for (WatchKey more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS);
                        more != null;
                        more = watcher.poll(QUIET_MS, TimeUnit.MILLISECONDS)) {
                    drain(more);
                }
                rebuild();
            } catch (InterruptedException | java.nio.file.ClosedWatchServiceException e) {
                return;
            }
        }
    }

    /**
     * One rebuild of the unchanged folders, published nowhere: it runs the rebuild path once so the
     * first real edit does not pay for code the JVM has not compiled yet.
     */
    private void warmUp() {
        try {
            new SiteBuilder(options, cache, true).render();
        } catch (BuildFailedException | RuntimeException e) {
            // a file changed meanwhile; the next event rebuilds and reports
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

    /**
     * Rebuilds now, reusing what the change did not affect; a failure keeps the last good site and
     * records the problems. Browsers are told as soon as the pages are ready; the search index
     * follows on another thread and replaces the previous one's files in the same snapshot when
     * done.
     */
    void rebuild() {
        long start = System.nanoTime();
        Snapshot before = current.get();
        Snapshot next;
        SiteBuilder builder = new SiteBuilder(options, cache, true);
        SiteBuilder.Rendered rendered = null;
        try {
            rendered = builder.render();
            next =
                    new Snapshot(
                            rendered.output(), List.of(), before.version() + 1, millisSince(start));
        } catch (BuildFailedException e) {
            next =
                    new Snapshot(
                            before.site(),
                            e.diagnostics(),
                            before.version() + 1,
                            millisSince(start));
        } catch (RuntimeException e) {
            next =
                    new Snapshot(
                            before.site(),
                            List.of(
                                    Diagnostic.error(
                                            null, 0, 0, "internal error while rebuilding: " + e)),
                            before.version() + 1,
                            millisSince(start));
        }
        current.set(next);
        onBuild.accept(next);
        if (rendered != null) {
            updateSearch(builder, rendered, next.version());
        }
    }

    private void updateSearch(SiteBuilder builder, SiteBuilder.Rendered rendered, long version) {
        searchWorker.submit(
                () -> {
                    if (current.get().version() != version) {
                        return;
                    }
                    try {
                        builder.search(rendered).forEach(rendered.output()::put);
                    } catch (RuntimeException e) {
                        // The pages are served; the previous index stays until a rebuild makes a
                        // new one.
                    }
                });
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() throws IOException {
        running = false;
        searchWorker.shutdownNow();
        watcher.close();
        thread.interrupt();
    }
}
