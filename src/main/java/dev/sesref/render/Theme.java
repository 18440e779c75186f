package dev.sesref.render;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

/** A FreeMarker theme folder, with the built-in templates of the jar behind it. */
public final class Theme {
    /** Classpath folder of the built-in templates (sitemap, robots, 404) a theme may override by path. */
    public static final String BUILTIN = "/sesref/builtin";
    static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;
    private static final java.util.regex.Pattern LAYOUT_NAME = java.util.regex.Pattern.compile("[a-z0-9-]+");

    private final Path dir;
    private final Path shownDir;
    private final Configuration cfg;
    private final java.util.SortedMap<String, String> templates;

    private Theme(Path dir, Path shownDir, Configuration cfg, java.util.SortedMap<String, String> templates) {
        this.dir = dir;
        this.shownDir = shownDir;
        this.cfg = cfg;
        this.templates = templates;
    }

    /** Opens {@code themesDir/name}; fails with a diagnostic when the folder is missing. */
    public static Theme load(Path themesDir, Path shownThemesDir, String name) throws BuildFailedException {
        Path dir = themesDir.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new BuildFailedException(List.of(Diagnostic.error(shownThemesDir.resolve(name), 0, 0,
                    "theme '" + name + "' not found; create the folder or set 'theme' in site.yml")));
        }
        try {
            Configuration cfg = new Configuration(VERSION);
            TemplateLoader files = new FileTemplateLoader(dir.toFile());
            cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
                files, new ClassTemplateLoader(Theme.class, BUILTIN)}));
            cfg.setRecognizeStandardFileExtensions(true);
            cfg.setDefaultEncoding("UTF-8");
            cfg.setOutputEncoding("UTF-8");
            cfg.setLocale(Locale.US);
            cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
            cfg.setNumberFormat("computer");
            cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            cfg.setLogTemplateExceptions(false);
            cfg.setWrapUncheckedExceptions(true);
            cfg.setFallbackOnNullLoopVariable(false);
            cfg.setAPIBuiltinEnabled(false);
            cfg.setObjectWrapper(new RecordWrapper(VERSION));
            return new Theme(dir, shownThemesDir.resolve(name), cfg, templates(dir));
        } catch (IOException e) {
            throw new BuildFailedException(List.of(Diagnostic.error(shownThemesDir.resolve(name), 0, 0,
                    "cannot open theme: " + e.getMessage())));
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * The text of every template file of the theme (path relative to the theme → text), read when
     * the theme was opened: what a rebuild compares to know which pages a template edit touches.
     */
    public java.util.SortedMap<String, String> templates() {
        return templates;
    }

    private static java.util.SortedMap<String, String> templates(Path dir) throws IOException {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().contains(".ftl"))
                    .toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return java.util.Collections.unmodifiableSortedMap(out);
    }

    /** Whether the theme has {@code layouts/NAME.ftlh}: answered from the templates read when it was opened. */
    public boolean hasLayout(String layout) {
        return LAYOUT_NAME.matcher(layout).matches() && templates.containsKey("layouts/" + layout + ".ftlh");
    }

    /** The layout names this theme offers (files {@code layouts/*.ftlh}, less the shared base). */
    public List<String> layouts() {
        return templates.keySet().stream().filter(k -> k.startsWith("layouts/") && k.endsWith(".ftlh"))
                .map(k -> k.substring("layouts/".length(), k.length() - ".ftlh".length()))
                .filter(n -> !n.contains("/") && !n.equals("base")).sorted().toList();
    }

    /**
     * Renders a template by name (e.g. {@code layouts/article.ftlh}).
     *
     * @throws BuildFailedException with the template's file, line and column when it fails
     */
    public String render(String name, Object model) throws BuildFailedException {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            t.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw fail(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            throw fail(e.getTemplateSourceName(), line == null ? 0 : line, col == null ? 0 : col,
                    "template error: " + summary(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw fail(name, 0, 0, "cannot load template: " + firstLine(e.getMessage()));
        }
    }

    /** Where a template comes from, as shown in diagnostics: the theme file or the built-in one. */
    Path shownPath(String templateName) {
        if (templateName == null) {
            return shownDir;
        }
        if (Files.isRegularFile(dir.resolve(templateName))) {
            return shownDir.resolve(templateName);
        }
        return Path.of("(built-in)" + BUILTIN + "/" + templateName);
    }

    private BuildFailedException fail(String templateName, int line, int col, String message) {
        return new BuildFailedException(List.of(Diagnostic.error(shownPath(templateName), line, col, message)));
    }

    /** FreeMarker's message up to its tips, on one line, without the position it repeats. */
    static String summary(String s) {
        if (s == null) {
            return "unknown problem";
        }
        StringBuilder sb = new StringBuilder();
        for (String line : s.strip().split("\n")) {
            if (line.startsWith("----")) {
                break;
            }
            String l = line.replaceAll("\\s*\\[in template .*?\\]", "").strip();
            if (!l.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : " ").append(l);
            }
        }
        return sb.length() == 0 ? "unknown problem" : sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown problem";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
