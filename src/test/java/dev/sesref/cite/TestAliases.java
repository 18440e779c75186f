package dev.sesref.cite;

import java.util.List;

/**
 * The alias table used by the tests; mirrors data/citation-aliases.yml (checked by DataFilesTest).
 */
final class TestAliases {

    static final List<ActAlias> ALL =
            List.of(
                    ActAlias.of("Civil Service Reform Act of 1978", "pl/95/454", "stat/92/1111"),
                    ActAlias.of(
                            "Title IV of the Civil Service Reform Act of 1978",
                            "pl/95/454",
                            "usc/5/ch31/subchII"),
                    ActAlias.of(
                            "Title IV of the Civil Service Reform Act",
                            "pl/95/454",
                            "usc/5/ch31/subchII"),
                    ActAlias.of("Title IV of the CSRA", "pl/95/454", "usc/5/ch31/subchII"),
                    ActAlias.of("Hatch Act", "usc/5/ch73/subchIII"),
                    ActAlias.of(
                            "Hatch Act Reform Amendments of 1993", "pl/103/94", "stat/107/1001"),
                    ActAlias.of("Federal Vacancies Reform Act of 1998", "usc/5/3345", "pl/105/277"),
                    ActAlias.of("Federal Vacancies Reform Act", "usc/5/3345", "pl/105/277"),
                    ActAlias.of("Vacancies Reform Act", "usc/5/3345", "pl/105/277"));

    static final CitationScanner SCANNER = new CitationScanner(ALL);

    private TestAliases() {}
}
