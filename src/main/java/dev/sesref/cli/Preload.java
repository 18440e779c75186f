package dev.sesref.cli;

import java.util.List;
import java.util.Set;

/**
 * Initialises the libraries a build uses on a second thread while the main thread reads the command
 * line: in a fresh JVM both are mostly class loading and static set-up, and picocli's runs alone.
 * The command waits for it before it runs ({@link #await}), so no class is ever being initialised
 * by both threads at once: two threads initialising classes whose set-up needs each other deadlock.
 */
// Kept on a measurement near the bar (issue 23): without it the 5,000-page build took 4.8% and 9.9%
// longer in two side-by-side rounds, the real site 0.6%; bench/README "Speed code must pay".
final class Preload {
    /** Commands that build a site, the only ones that wait on these classes. */
    private static final Set<String> BUILDING = Set.of("build", "check", "serve", "bundle");

    /**
     * Classes whose static set-up a build pays for, the costliest in profiles of a fresh build of
     * the project's site (about 0.1 s of its main thread), in the order the build first needs them.
     */
    static final List<String> CLASSES =
            List.of(
                    "java.nio.file.TempFileHelper", // seeds a SecureRandom
                    "dev.sesref.yaml.YamlReader",
                    "org.yaml.snakeyaml.scanner.ScannerImpl",
                    "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
                    "dev.sesref.render.Theme",
                    "freemarker.template.DefaultObjectWrapper",
                    "freemarker.template.Configuration",
                    "freemarker.core.BuiltIn",
                    "freemarker.core.Environment",
                    "dev.sesref.cite.UscParser",
                    "com.vladsch.flexmark.parser.Parser",
                    "com.vladsch.flexmark.parser.internal.DocumentParser",
                    "com.vladsch.flexmark.ast.util.Parsing",
                    "com.vladsch.flexmark.ext.tables.TablesExtension",
                    "com.vladsch.flexmark.html.HtmlRenderer",
                    "dev.sesref.render.StructuredData", // Jackson's ObjectMapper and its date
                    // format
                    "dev.sesref.search.SearchAnalyzer",
                    "org.apache.lucene.analysis.standard.StandardTokenizerImpl",
                    "org.apache.lucene.util.ArrayUtil");

    private final Thread thread;

    private Preload(Thread thread) {
        this.thread = thread;
    }

    /** Starts the second thread when the command line names a building command; returns at once. */
    static Preload start(String[] args) {
        if (!wanted(args)) {
            return new Preload(null);
        }
        Thread t = new Thread(Preload::load, "sesref-preload");
        t.setDaemon(true);
        t.start();
        return new Preload(t);
    }

    /** Returns once the second thread is done (at once when there is none). */
    void await() {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean wanted(String[] args) {
        return args.length > 0 && BUILDING.contains(args[0]);
    }

    private static void load() {
        ClassLoader loader = Preload.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Only a head start: the build loads the class itself and reports what goes wrong
                // then.
            }
        }
    }
}
