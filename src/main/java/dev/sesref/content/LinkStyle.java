package dev.sesref.content;

/**
 * How links to a page's folder are written: hosted sites use clean URLs, {@code file://} needs
 * index.html.
 */
public enum LinkStyle {
    /** {@code ../history/}: for a web server that maps a folder to its index.html. */
    DIRECTORY,
    /** {@code ../history/index.html}: for browsing files directly (the offline bundle). */
    INDEX_FILE
}
