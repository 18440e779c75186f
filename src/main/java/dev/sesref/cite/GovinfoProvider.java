package dev.sesref.cite;

import java.util.Optional;

/**
 * Links Public Laws and Statutes at Large pages through govinfo's link service (authoritative).
 *
 * <p>Public Laws from the 104th Congress on: {@code
 * https://www.govinfo.gov/link/plaw/104/public/1}. Earlier Public Laws have no govinfo plaw page;
 * they link to their Statutes at Large page when {@link Authority#statutesAtLarge()} knows it (P.L.
 * 95-454 = 92 Stat. 1111), else no link. Statutes at Large: {@code
 * https://www.govinfo.gov/link/statute/92/1111}, volumes 65 (1951) on, the volumes govinfo holds.
 * Federal Register pages: {@code https://www.govinfo.gov/link/fr/90/8481}, volumes 59 (1994) on
 * (the default link type, PDF, holds every document on the page). Executive orders: {@code
 * https://www.govinfo.gov/link/cpd/executiveorder/14171?link-type=html} in the Daily Compilation of
 * Presidential Documents, which starts on January 20, 2009 (Executive Order 13489). The forms are
 * those of govinfo's link service documentation (github.com/usgpo/link-service, README).
 */
public final class GovinfoProvider extends LinkProvider {

    /** The configuration name. */
    public static final String NAME = "govinfo";

    public GovinfoProvider() {
        super(NAME, true);
    }

    /** The first Congress whose Public Laws govinfo publishes. */
    public static final int FIRST_PLAW_CONGRESS = 104;

    /** The first Statutes at Large volume govinfo publishes. */
    public static final int FIRST_STATUTE_VOLUME = 65;

    /** The first Federal Register volume govinfo publishes (1994). */
    public static final int FIRST_FR_VOLUME = 59;

    /**
     * The first executive order in the Daily Compilation of Presidential Documents (January 20,
     * 2009).
     */
    public static final int FIRST_CPD_ORDER = 13489;

    private static final String BASE = "https://www.govinfo.gov/link/";

    @Override
    public Optional<String> url(Authority a) {
        return switch (a.kind()) {
            case PUBLIC_LAW ->
                    a.title() >= FIRST_PLAW_CONGRESS
                            ? Urls.checked(BASE + "plaw/" + a.title() + "/public/" + a.number())
                            : a.statutesAtLarge().flatMap(this::url);
            case STATUTE ->
                    a.title() >= FIRST_STATUTE_VOLUME
                            ? Urls.checked(BASE + "statute/" + a.title() + "/" + a.number())
                            : Optional.empty();
            case FEDERAL_REGISTER ->
                    a.title() >= FIRST_FR_VOLUME
                            ? Urls.checked(BASE + "fr/" + a.title() + "/" + a.number())
                            : Optional.empty();
            case EXECUTIVE_ORDER ->
                    Integer.parseInt(a.number()) >= FIRST_CPD_ORDER
                            ? Urls.checked(
                                    BASE + "cpd/executiveorder/" + a.number() + "?link-type=html")
                            : Optional.empty();
            default -> Optional.empty();
        };
    }
}
