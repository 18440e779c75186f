package dev.sesref.config;

import java.util.Objects;

/**
 * Which link provider serves each kind of citation ({@code citations:} in site.yml), by provider
 * name.
 *
 * @param line the line of the {@code citations:} block in site.yml, for diagnostics (0 when
 *     defaulted)
 */
public record CitationSettings(String usc, String cfr, String publicLaw, String statute, int line) {
    public static final CitationSettings DEFAULTS =
            new CitationSettings("uscode-house", "ecfr", "govinfo", "govinfo", 0);

    public CitationSettings {
        Objects.requireNonNull(usc, "usc");
        Objects.requireNonNull(cfr, "cfr");
        Objects.requireNonNull(publicLaw, "publicLaw");
        Objects.requireNonNull(statute, "statute");
    }
}
