package dev.sesref.cite;

import java.util.Optional;

/**
 * Links U.S. Code sections and CFR sections, parts and subparts to the Legal Information Institute
 * at Cornell (not authoritative). U.S. Code paragraph paths become fragments ({@code #a_2}); U.S.
 * Code chapters have no link (LII chapter URLs need the title's part and subpart, which ids do not
 * carry); CFR paragraphs link to their section.
 */
public final class CornellLiiProvider extends LinkProvider {

    /** The configuration name. */
    public static final String NAME = "cornell-lii";

    public CornellLiiProvider() {
        super(NAME, false);
    }

    private static final String BASE = "https://www.law.cornell.edu/";

    @Override
    public Optional<String> url(Authority a) {
        if (a.kind() == CitationKind.USC && a.level() == Authority.Level.SECTION) {
            String fragment =
                    a.paragraphs().isEmpty() ? "" : "#" + String.join("_", a.paragraphs());
            return Urls.checked(BASE + "uscode/text/" + a.title() + "/" + a.number() + fragment);
        }
        if (a.kind() != CitationKind.CFR) {
            return Optional.empty();
        }
        String path =
                switch (a.level()) {
                    case SECTION -> a.number();
                    case PART -> "part-" + a.number();
                    case SUBPART ->
                            "part-" + a.number() + "/subpart-" + a.subdivision().orElseThrow();
                    default -> null;
                };
        return path == null
                ? Optional.empty()
                : Urls.checked(BASE + "cfr/text/" + a.title() + "/" + path);
    }
}
