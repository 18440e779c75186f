package dev.sesref.config;

import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.SourceFile;
import dev.sesref.diag.SourceTree;
import dev.sesref.yaml.YamlFields;
import dev.sesref.yaml.YamlNode;
import dev.sesref.yaml.YamlReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and validates {@code site.yml}. */
public final class ConfigLoader {
    public static final String FILE_NAME = "site.yml";
    private static final Set<String> KEYS =
            Set.of(
                    "title",
                    "tagline",
                    "description",
                    "baseUrl",
                    "language",
                    "theme",
                    "editUrl",
                    "repository",
                    "nav",
                    "citations",
                    "reviewMonths");
    private static final Set<String> CITATION_KEYS = Set.of("usc", "cfr", "publicLaw", "statute");
    private static final Set<String> NAV_KEYS = Set.of("title", "path");

    private ConfigLoader() {}

    /**
     * Loads {@code site.yml} from the content directory.
     *
     * @param shownContentDir how the content directory is named in diagnostics
     * @param baseUrlOverride the {@code --base-url} value, or null
     */
    public static SiteConfig load(Path contentDir, Path shownContentDir, String baseUrlOverride)
            throws BuildFailedException {
        SourceTree tree =
                SourceTree.open(
                        contentDir,
                        shownContentDir,
                        "content directory not found; pass --content DIR or run from the project folder");
        if (!tree.exists(FILE_NAME)) {
            throw new BuildFailedException(
                    List.of(
                            Diagnostic.error(
                                    tree.shown(FILE_NAME),
                                    0,
                                    0,
                                    "site.yml not found; every content folder needs one (title, baseUrl, nav...): see README, Configuration")));
        }
        SourceFile file = tree.readText(FILE_NAME);
        YamlNode root = YamlReader.parse(file.path(), file.text(), 0);
        List<Diagnostic> problems = new ArrayList<>();
        Optional<YamlFields> fields = YamlFields.of(file.path(), root, FILE_NAME, KEYS, problems);
        if (fields.isEmpty()) {
            throw new BuildFailedException(problems);
        }
        YamlFields f = fields.get();
        String title = f.requiredString("title");
        String baseUrl = f.requiredString("baseUrl");
        if (baseUrlOverride != null) {
            baseUrl = baseUrlOverride;
            checkBaseUrl(baseUrl, Path.of("--base-url"), 0, 0, problems);
        } else if (baseUrl != null) {
            int[] at = f.position("baseUrl");
            checkBaseUrl(baseUrl, file.path(), at[0], at[1], problems);
        }
        List<NavItem> nav = f.list("nav", n -> navItem(file.path(), n, problems));
        String theme = f.string("theme").orElse("default");
        if (!theme.matches("[A-Za-z0-9_-]+")) {
            f.error(
                    "theme",
                    "theme must be a folder name under themes/ (letters, digits, '-', '_'), not '"
                            + theme
                            + "'");
        }
        CitationSettings citations =
                f.node("citations")
                        .flatMap(
                                n ->
                                        YamlFields.of(
                                                file.path(),
                                                n,
                                                "citations",
                                                CITATION_KEYS,
                                                problems))
                        .map(
                                c ->
                                        new CitationSettings(
                                                c.string("usc")
                                                        .orElse(CitationSettings.DEFAULTS.usc()),
                                                c.string("cfr")
                                                        .orElse(CitationSettings.DEFAULTS.cfr()),
                                                c.string("publicLaw")
                                                        .orElse(
                                                                CitationSettings.DEFAULTS
                                                                        .publicLaw()),
                                                c.string("statute")
                                                        .orElse(
                                                                CitationSettings.DEFAULTS
                                                                        .statute()),
                                                c.position("usc")[0]))
                        .orElse(CitationSettings.DEFAULTS);
        int reviewMonths = f.integer("reviewMonths", 1, 1200).orElse(24);
        String editUrl = absoluteUrl(f, "editUrl");
        String repository = absoluteUrl(f, "repository");
        if (!problems.isEmpty()) {
            throw new BuildFailedException(problems);
        }
        return new SiteConfig(
                title,
                f.string("tagline").orElse(""),
                f.string("description").orElse(""),
                baseUrl,
                f.string("language").orElse("en"),
                theme,
                editUrl,
                repository,
                nav,
                citations,
                reviewMonths);
    }

    /** An optional setting that must be an absolute http(s) URL; empty when absent or refused. */
    private static String absoluteUrl(YamlFields f, String key) {
        String url = f.string(key).orElse("");
        String problem = url.isEmpty() ? null : UrlPolicy.absoluteProblem(url);
        if (problem != null) {
            f.error(key, key + ": " + problem);
            return "";
        }
        return url;
    }

    private static Optional<NavItem> navItem(Path path, YamlNode node, List<Diagnostic> problems) {
        return YamlFields.of(path, node, "a nav entry", NAV_KEYS, problems)
                .flatMap(
                        f -> {
                            String title = f.requiredString("title");
                            String target = f.requiredString("path");
                            if (target != null
                                    && (!target.startsWith("/")
                                            || target.startsWith("//")
                                            || UrlPolicy.problem(target) != null)) {
                                f.error(
                                        "path",
                                        "nav path must be a site path starting with '/', e.g. /overview/, not '"
                                                + target.replaceAll("\\p{Cntrl}", "?")
                                                + "'");
                                return Optional.empty();
                            }
                            return title == null || target == null
                                    ? Optional.empty()
                                    : Optional.of(new NavItem(title, target));
                        });
    }

    private static void checkBaseUrl(
            String url, Path path, int line, int col, List<Diagnostic> problems) {
        String problem = UrlPolicy.absoluteProblem(url);
        if (problem != null) {
            problems.add(Diagnostic.error(path, line, col, "base URL: " + problem));
            return;
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))
                    || uri.getHost() == null) {
                problems.add(
                        Diagnostic.error(
                                path,
                                line,
                                col,
                                "base URL must be an absolute http(s) URL such as https://example.org/ses/, not '"
                                        + url
                                        + "'"));
            }
        } catch (URISyntaxException e) {
            problems.add(
                    Diagnostic.error(
                            path, line, col, "base URL is not a valid URL: " + e.getReason()));
        }
    }
}
