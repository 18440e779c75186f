package dev.sesref.config;

import java.util.List;
import java.util.Objects;

/**
 * The site configuration from {@code content/site.yml}, after command-line overrides: the one place
 * every setting lives.
 *
 * @param baseUrl absolute URL of the hosted site, always ending in '/'
 * @param editUrl pattern of an "edit this page" link, {@code {path}} replaced by the
 *     content-relative file path
 * @param reviewMonths age in months after which {@code check} asks for a page to be reviewed
 */
public record SiteConfig(
        String title,
        String tagline,
        String description,
        String baseUrl,
        String language,
        String theme,
        String editUrl,
        String repository,
        List<NavItem> nav,
        CitationSettings citations,
        int reviewMonths) {
    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(theme, "theme");
        tagline = tagline == null ? "" : tagline;
        description = description == null ? "" : description;
        language = language == null ? "en" : language;
        editUrl = editUrl == null ? "" : editUrl;
        repository = repository == null ? "" : repository;
        nav = List.copyOf(nav);
        citations = citations == null ? CitationSettings.DEFAULTS : citations;
        if (reviewMonths < 1) {
            throw new IllegalArgumentException("reviewMonths must be at least 1");
        }
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    /** The same configuration served from another base URL (the {@code --base-url} override). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(
                title,
                tagline,
                description,
                url,
                language,
                theme,
                editUrl,
                repository,
                nav,
                citations,
                reviewMonths);
    }

    /** The path part of the base URL, e.g. {@code /ses/} for {@code https://example.org/ses/}. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    /** Absolute URL of a site path such as {@code /overview/}. */
    public String absolute(String sitePath) {
        return baseUrl + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
    }
}
