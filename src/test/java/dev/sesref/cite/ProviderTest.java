package dev.sesref.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** URL patterns of each provider; no network. */
class ProviderTest {

    private static final LinkProviders P = LinkProviders.defaults();

    private static Optional<String> url(String provider, String id) {
        Optional<String> u = P.byName(provider).url(Authority.parse(id));
        u.ifPresent(
                s -> {
                    URI uri = URI.create(s);
                    assertEquals("https", uri.getScheme());
                    assertTrue(uri.getHost() != null && !uri.getHost().isEmpty());
                });
        return u;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "uscode-house|usc/5/3132|https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section3132&num=0&edition=prelim",
                "uscode-house|usc/5/3132/a/2|https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section3132&num=0&edition=prelim",
                "uscode-house|usc/5/552a|https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-section552a&num=0&edition=prelim",
                "uscode-house|usc/5/ch31|https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-chapter31&num=0&edition=prelim",
                "uscode-house|usc/5/ch31/subchII|https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-chapter31-subchapter2&num=0&edition=prelim",
                "uscode-house|usc/5/ch73/subchIII|https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title5-chapter73-subchapter3&num=0&edition=prelim",
                "cornell-lii|usc/5/3132|https://www.law.cornell.edu/uscode/text/5/3132",
                "cornell-lii|usc/5/3132/a/2|https://www.law.cornell.edu/uscode/text/5/3132#a_2",
                "cornell-lii|cfr/5/317.903|https://www.law.cornell.edu/cfr/text/5/317.903",
                "cornell-lii|cfr/5/317.903/b|https://www.law.cornell.edu/cfr/text/5/317.903",
                "cornell-lii|cfr/5/317|https://www.law.cornell.edu/cfr/text/5/part-317",
                "cornell-lii|cfr/5/430/C|https://www.law.cornell.edu/cfr/text/5/part-430/subpart-C",
                "ecfr|cfr/5/317.903|https://www.ecfr.gov/current/title-5/section-317.903",
                "ecfr|cfr/5/317.903/b|https://www.ecfr.gov/current/title-5/section-317.903#p-317.903(b)",
                "ecfr|cfr/5/317.903/b/1|https://www.ecfr.gov/current/title-5/section-317.903#p-317.903(b)(1)",
                "ecfr|cfr/5/430/C|https://www.ecfr.gov/current/title-5/part-430/subpart-C",
                "ecfr|cfr/5/317|https://www.ecfr.gov/current/title-5/part-317",
                "govinfo|pl/105/277|https://www.govinfo.gov/link/plaw/105/public/277",
                "govinfo|pl/104/1|https://www.govinfo.gov/link/plaw/104/public/1",
                "govinfo|pl/95/454|https://www.govinfo.gov/link/statute/92/1111",
                "govinfo|stat/92/1111|https://www.govinfo.gov/link/statute/92/1111",
                "govinfo|stat/107/1001|https://www.govinfo.gov/link/statute/107/1001",
                // issue 22: govinfo link service forms (github.com/usgpo/link-service README: fr,
                // cpd/executiveorder)
                "govinfo|fr/90/8481|https://www.govinfo.gov/link/fr/90/8481",
                "govinfo|fr/59/1|https://www.govinfo.gov/link/fr/59/1",
                "govinfo|eo/14171|https://www.govinfo.gov/link/cpd/executiveorder/14171?link-type=html",
                "govinfo|eo/13489|https://www.govinfo.gov/link/cpd/executiveorder/13489?link-type=html"
            })
    void urlPatterns(String provider, String id, String expected) {
        assertEquals(Optional.of(expected), url(provider, id));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "uscode-house|cfr/5/317.903", "uscode-house|pl/95/454", "cornell-lii|usc/5/ch31",
                        "cornell-lii|pl/95/454",
                "cornell-lii|stat/92/1111", "ecfr|usc/5/3132", "ecfr|stat/92/1111",
                        "govinfo|usc/5/3132",
                "govinfo|cfr/5/317.903", "govinfo|pl/103/1", "govinfo|pl/96/1",
                        "govinfo|stat/64/100",
                "govinfo|fr/58/100", "govinfo|eo/13488", "ecfr|fr/90/8481", "uscode-house|eo/14171"
            })
    void noLinkWhereTheProviderHasNoPage(String provider, String id) {
        assertEquals(Optional.empty(), url(provider, id));
    }

    @Test
    void authoritativeFlags() {
        assertTrue(P.byName("uscode-house").authoritative());
        assertTrue(P.byName("ecfr").authoritative());
        assertTrue(P.byName("govinfo").authoritative());
        assertFalse(P.byName("cornell-lii").authoritative());
    }

    @Test
    void everyProviderGivesAValidUriForEverySeedAuthority() {
        List<String> ids =
                List.of(
                        "usc/5/3131",
                        "usc/5/3132",
                        "usc/5/3133",
                        "usc/5/3134",
                        "usc/5/3135",
                        "usc/5/3136",
                        "usc/5/3104",
                        "usc/5/3395",
                        "usc/5/4314",
                        "usc/5/2108/3",
                        "usc/5/5724/a/3",
                        "cfr/5/317.903",
                        "cfr/5/610.408",
                        "pl/95/454",
                        "usc/5/ch31/subchII",
                        "usc/5/ch73/subchIII",
                        "usc/5/3345",
                        "pl/105/277",
                        "usc/42/288-1",
                        "cfr/26/1.61-21",
                        "usc/5/3132/a/2/A/i");
        for (String id : ids) {
            for (String name : P.names()) {
                url(name, id);
            }
            assertTrue(P.url(Authority.parse(id)).isPresent(), "no link at all for " + id);
        }
    }
}
