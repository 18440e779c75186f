package dev.sesref.config;

import java.util.Objects;

/** One entry of the site's main navigation: a label and the URL path it opens. */
public record NavItem(String title, String path) {
    public NavItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("nav path must start with '/': " + path);
        }
    }
}
