package dev.sesref.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.config.CitationSettings;
import dev.sesref.content.Content;
import dev.sesref.content.ContentLoader;
import dev.sesref.diag.Diagnostic;
import dev.sesref.testing.Trees;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every citation the seed documents make resolves, with the real catalog of content/data: the right
 * canonical ids, an official link of the documented pattern, and a catalogued heading.
 */
class SeedCitationsTest {
    static CitationCatalog catalog;

    @BeforeAll
    static void load() throws Exception {
        Content content =
                new ContentLoader(Trees.repo().resolve("content"), Path.of("content")).load();
        List<Diagnostic> problems = new ArrayList<>();
        catalog =
                CitationCatalog.load(
                        content, CitationSettings.DEFAULTS, Path.of("content"), problems);
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "5 U.S.C. §§ 3131–3136|usc/5/3131 usc/5/3132 usc/5/3133 usc/5/3134 usc/5/3135 usc/5/3136|seed 000 roles page",
                "5 U.S.C. § 3134|usc/5/3134|seed 000 roles page",
                "5 USC 3132|usc/5/3132|seed 002 OPM FAQ",
                "5 USC 3104|usc/5/3104|seed 002 OPM FAQ",
                "5 U.S.C. § 3395|usc/5/3395|seed 000 roles page",
                "5 U.S.C. § 4314|usc/5/4314|seed 000 roles page",
                "5 USC 2108(3)|usc/5/2108/3|seed 002 OPM FAQ",
                "5 U.S.C. 5724(a)(3)|usc/5/5724/a/3|seed 002 OPM FAQ",
                "5 CFR 317.903|cfr/5/317.903|seed 002 OPM FAQ",
                "5 CFR 610.408|cfr/5/610.408|seed 002 OPM FAQ",
                "P.L. 95-454|pl/95/454|seed 002 OPM history page",
                "Civil Service Reform Act of 1978|pl/95/454 stat/92/1111|seeds 000, 001, 002, 004",
                "Hatch Act|usc/5/ch73/subchIII|seed 002 OPM FAQ",
            })
    void resolves(String written, String ids, String provenance) {
        ScanResult r = catalog.scan("As cited: " + written + ".");
        assertEquals(1, r.matches().size(), provenance);
        List<Authority> targets =
                r.matches().get(0).refs().stream().map(CitationRef::authority).distinct().toList();
        assertEquals(
                ids, String.join(" ", targets.stream().map(Authority::id).toList()), provenance);
        for (Authority a : targets) {
            String url = catalog.url(a).orElseThrow(() -> new AssertionError("no link for " + a));
            assertTrue(URI.create(url).isAbsolute() && url.startsWith("https://"), url);
            assertTrue(
                    url.startsWith(
                                    "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-")
                            || url.startsWith("https://www.ecfr.gov/current/title-5/")
                            || url.startsWith("https://www.govinfo.gov/link/statute/"),
                    url);
            assertTrue(catalog.info(a).isPresent(), a + " is not in authorities.yml");
        }
    }
}
