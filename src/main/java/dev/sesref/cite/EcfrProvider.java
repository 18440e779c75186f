package dev.sesref.cite;

import java.util.Optional;

/**
 * Links CFR sections, parts and subparts to the current eCFR (authoritative for currency; the
 * annual edition on govinfo is the official legal edition). Paragraph paths become eCFR paragraph
 * fragments, parentheses as written: {@code section-317.903#p-317.903(b)(1)}.
 */
public final class EcfrProvider extends LinkProvider {

    /** The configuration name. */
    public static final String NAME = "ecfr";

    public EcfrProvider() {
        super(NAME, true);
    }

    private static final String BASE = "https://www.ecfr.gov/current/title-";

    @Override
    public Optional<String> url(Authority a) {
        if (a.kind() != CitationKind.CFR) {
            return Optional.empty();
        }
        String path =
                switch (a.level()) {
                    case SECTION -> "/section-" + a.number() + fragment(a);
                    case PART -> "/part-" + a.number();
                    case SUBPART ->
                            "/part-" + a.number() + "/subpart-" + a.subdivision().orElseThrow();
                    default -> null;
                };
        return path == null ? Optional.empty() : Urls.checked(BASE + a.title() + path);
    }

    /** eCFR keeps point-in-time text from this date on. */
    public static final java.time.LocalDate FIRST_POINT_IN_TIME =
            java.time.LocalDate.of(2017, 1, 3);

    /**
     * The eCFR text of a CFR section, part or subpart as it stood on {@code date} (eCFR's
     * point-in-time view, {@code https://www.ecfr.gov/on/2026-12-07/title-5/section-317.502});
     * empty before eCFR's first point in time or for other kinds.
     */
    public static Optional<String> urlOn(Authority a, java.time.LocalDate date) {
        if (date.isBefore(FIRST_POINT_IN_TIME)) {
            return Optional.empty();
        }
        return new EcfrProvider()
                .url(a)
                .flatMap(u -> Urls.checked(u.replace("/current/", "/on/" + date + "/")));
    }

    private static String fragment(Authority a) {
        if (a.paragraphs().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("#p-").append(a.number());
        a.paragraphs().forEach(p -> sb.append('(').append(p).append(')'));
        return sb.toString();
    }
}
