package dev.sesref.cite;

import java.util.Optional;

/** A source of web links for authorities (e.g. uscode.house.gov, eCFR, govinfo, Cornell LII). */
public interface LinkProvider {

    /** The configuration name, e.g. {@code uscode-house}. */
    String name();

    /** True if the provider publishes the official text (as opposed to a reproduction). */
    boolean authoritative();

    /** An absolute https URL for {@code a}, or empty if this provider has no page for it. */
    Optional<String> url(Authority a);
}
