package dev.sesref.render;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.SourceTree;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TimeZone;
import java.util.TreeMap;

/** A FreeMarker theme folder, with the built-in templates of the jar behind it. */
public final class Theme {
    /**
     * Classpath folder of the built-in templates (sitemap, robots, 404) a theme may override by
     * path.
     */
    public static final String BUILTIN = "/sesref/builtin";

    static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;
    private static final java.util.regex.Pattern LAYOUT_NAME =
            java.util.regex.Pattern.compile("[a-z0-9-]+");
    private static final String STATIC = "static/";

    private final Path dir;
    private final Path shownDir;
    private final Configuration cfg;
    private final SortedMap<String, String> templates;
    private final SortedMap<String, Path> statics;

    private Theme(
            Path dir,
            Path shownDir,
            Configuration cfg,
            SortedMap<String, String> templates,
            SortedMap<String, Path> statics) {
        this.dir = dir;
        this.shownDir = shownDir;
        this.cfg = cfg;
        this.templates = templates;
        this.statics = statics;
    }

    /**
     * Opens {@code themesDir/name}, reading every template and listing the static files (confined
     * to the themes folder, see {@link SourceTree}); fails with diagnostics when the folder is
     * missing or holds what cannot be read.
     */
    public static Theme load(Path themesDir, Path shownThemesDir, String name)
            throws BuildFailedException {
        SourceTree tree =
                SourceTree.open(
                        themesDir,
                        shownThemesDir,
                        "themes folder not found; pass --themes DIR or run from the project folder");
        Path dir = themesDir.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new BuildFailedException(
                    List.of(
                            Diagnostic.error(
                                    shownThemesDir.resolve(name),
                                    0,
                                    0,
                                    "theme '"
                                            + name
                                            + "' not found; create the folder or set 'theme' in site.yml")));
        }
        List<Diagnostic> problems = new ArrayList<>();
        SortedMap<String, String> templates = new TreeMap<>();
        SortedMap<String, Path> statics = new TreeMap<>();
        for (String rel : tree.list(name, problems)) {
            String inTheme = rel.substring(name.length() + 1);
            try {
                if (inTheme.startsWith(STATIC)) {
                    statics.put(inTheme.substring(STATIC.length()), tree.check(rel));
                } else if (inTheme.contains(".ftl")) {
                    templates.put(inTheme, tree.readText(rel).text());
                }
            } catch (BuildFailedException e) {
                problems.addAll(e.diagnostics());
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailedException(problems);
        }
        StringTemplateLoader own = new StringTemplateLoader();
        templates.forEach(own::putTemplate);
        Configuration cfg = new Configuration(VERSION);
        cfg.setTemplateLoader(
                new MultiTemplateLoader(
                        new TemplateLoader[] {own, new ClassTemplateLoader(Theme.class, BUILTIN)}));
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
        // FreeMarker reads record components as properties (page.title) from 2.3.33 on.
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
        Theme theme =
                new Theme(
                        dir,
                        shownThemesDir.resolve(name),
                        cfg,
                        Collections.unmodifiableSortedMap(templates),
                        Collections.unmodifiableSortedMap(statics));
        theme.parseAll();
        return theme;
    }

    /**
     * Parses every template once, so that a syntax error is reported at its own file and position,
     * once, rather than at each template that imports it.
     */
    private void parseAll() throws BuildFailedException {
        List<Diagnostic> problems = new ArrayList<>();
        for (String name : templates.keySet()) {
            try {
                cfg.getTemplate(name);
            } catch (ParseException e) {
                problems.add(syntaxError(e));
            } catch (IOException e) {
                problems.add(
                        Diagnostic.error(
                                shownPath(name),
                                0,
                                0,
                                "cannot load template: " + firstLine(e.getMessage())));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailedException(problems);
        }
    }

    private Diagnostic syntaxError(ParseException e) {
        return Diagnostic.error(
                shownPath(e.getTemplateName()),
                e.getLineNumber(),
                e.getColumnNumber(),
                "template syntax error: " + firstLine(e.getEditorMessage()));
    }

    public Path dir() {
        return dir;
    }

    /**
     * The text of every template file of the theme (path relative to the theme → text), read when
     * the theme was opened: what a rebuild compares to know which pages a template edit touches,
     * and the only templates FreeMarker is given.
     */
    public SortedMap<String, String> templates() {
        return templates;
    }

    /** The files of the theme's {@code static/} folder: output path → the checked file to copy. */
    public SortedMap<String, Path> statics() {
        return statics;
    }

    /**
     * Whether the theme has {@code layouts/NAME.ftlh}: answered from the templates read when it was
     * opened.
     */
    public boolean hasLayout(String layout) {
        return LAYOUT_NAME.matcher(layout).matches()
                && templates.containsKey("layouts/" + layout + ".ftlh");
    }

    /** The layout names this theme offers (files {@code layouts/*.ftlh}, less the shared base). */
    public List<String> layouts() {
        return templates.keySet().stream()
                .filter(k -> k.startsWith("layouts/") && k.endsWith(".ftlh"))
                .map(k -> k.substring("layouts/".length(), k.length() - ".ftlh".length()))
                .filter(n -> !n.contains("/") && !n.equals("base"))
                .sorted()
                .toList();
    }

    /**
     * Renders a template by name (e.g. {@code layouts/article.ftlh}).
     *
     * @throws BuildFailedException with the template's file, line and column when it fails
     */
    public String render(String name, Object model) throws BuildFailedException {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out =
                    new StringWriter(); // also one citation at a time: no large buffer up front
            t.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw new BuildFailedException(List.of(syntaxError(e)));
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            throw fail(
                    e.getTemplateSourceName(),
                    line == null ? 0 : line,
                    col == null ? 0 : col,
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
        if (templates.containsKey(templateName)) {
            return shownDir.resolve(templateName);
        }
        return Path.of("(built-in)" + BUILTIN + "/" + templateName);
    }

    private BuildFailedException fail(String templateName, int line, int col, String message) {
        return new BuildFailedException(
                List.of(Diagnostic.error(shownPath(templateName), line, col, message)));
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
