package dev.sesref.cite;

import java.util.Optional;

/**
 * Links U.S. Code sections, chapters and subchapters to the Office of the Law Revision Counsel's
 * site, uscode.house.gov (authoritative). Paragraph paths link to their section (the site has no
 * documented paragraph anchors). Subchapter numerals are written in Arabic digits in granule ids
 * ({@code USC-prelim-title5-chapter31-subchapter2}).
 */
public final class UscodeHouseProvider extends LinkProvider {

    /** The configuration name. */
    public static final String NAME = "uscode-house";

    public UscodeHouseProvider() {
        super(NAME, true);
    }

    private static final String BASE =
            "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title";

    @Override
    public Optional<String> url(Authority a) {
        if (a.kind() != CitationKind.USC) {
            return Optional.empty();
        }
        String granule =
                switch (a.level()) {
                    case SECTION -> "-section" + a.number();
                    case CHAPTER -> "-chapter" + a.number();
                    case SUBCHAPTER ->
                            "-chapter"
                                    + a.number()
                                    + "-subchapter"
                                    + Roman.toInt(a.subdivision().orElseThrow());
                    default -> null;
                };
        if (granule == null) {
            return Optional.empty();
        }
        return Urls.checked(BASE + a.title() + granule + "&num=0&edition=prelim");
    }
}
