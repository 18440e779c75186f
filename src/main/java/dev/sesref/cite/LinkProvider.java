package dev.sesref.cite;

import java.util.Optional;

/** A source of web links for authorities (e.g. uscode.house.gov, eCFR, govinfo, Cornell LII). */
public abstract class LinkProvider {
    private final String name;
    private final boolean authoritative;

    /**
     * @param name the configuration name, e.g. {@code uscode-house}
     * @param authoritative the provider publishes the official text (not a reproduction)
     */
    protected LinkProvider(String name, boolean authoritative) {
        this.name = java.util.Objects.requireNonNull(name, "name");
        this.authoritative = authoritative;
    }

    /** The configuration name, e.g. {@code uscode-house}. */
    public final String name() {
        return name;
    }

    /** True if the provider publishes the official text (as opposed to a reproduction). */
    public final boolean authoritative() {
        return authoritative;
    }

    /** An absolute https URL for {@code a}, or empty if this provider has no page for it. */
    public abstract Optional<String> url(Authority a);
}
