package dev.sesref.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The provider registry and its configuration. */
class LinkProvidersTest {

    @Test
    void defaults() {
        LinkProviders p = LinkProviders.defaults();
        assertEquals(List.of("cornell-lii", "ecfr", "govinfo", "uscode-house"), p.names());
        assertEquals("uscode-house", p.primary(CitationKind.USC).name());
        assertEquals("ecfr", p.primary(CitationKind.CFR).name());
        assertEquals("govinfo", p.primary(CitationKind.PUBLIC_LAW).name());
        assertEquals("govinfo", p.primary(CitationKind.STATUTE).name());
        assertEquals("cornell-lii", p.secondary(CitationKind.USC).orElseThrow().name());
        assertEquals("cornell-lii", p.secondary(CitationKind.CFR).orElseThrow().name());
        assertEquals(Optional.empty(), p.secondary(CitationKind.PUBLIC_LAW));
    }

    @Test
    void configureByName() {
        LinkProviders base = LinkProviders.defaults();
        LinkProviders p =
                base.configure(
                        Map.of(CitationKind.USC, "cornell-lii", CitationKind.CFR, "cornell-lii"),
                        Map.of(CitationKind.USC, "uscode-house"));
        assertEquals("cornell-lii", p.primary(CitationKind.USC).name());
        assertEquals("uscode-house", p.secondary(CitationKind.USC).orElseThrow().name());
        assertEquals("cornell-lii", p.primary(CitationKind.CFR).name());
        assertEquals("govinfo", p.primary(CitationKind.STATUTE).name());
        assertEquals(
                "uscode-house",
                base.primary(CitationKind.USC).name(),
                "configure must not change the original");
        assertSame(p.byName("ecfr"), p.byName("ecfr"));
    }

    @Test
    void unknownNameListsTheValidOnes() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                LinkProviders.defaults()
                                        .configure(Map.of(CitationKind.USC, "westlaw"), Map.of()));
        assertTrue(e.getMessage().contains("westlaw"));
        assertTrue(
                e.getMessage().contains("cornell-lii, ecfr, govinfo, uscode-house"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LinkProviders.defaults().byName(null));
    }

    @Test
    void urlFallsBackToTheSecondary() {
        LinkProviders p =
                LinkProviders.defaults()
                        .configure(
                                Map.of(CitationKind.USC, "ecfr"),
                                Map.of(CitationKind.USC, "cornell-lii"));
        assertEquals(
                Optional.of("https://www.law.cornell.edu/uscode/text/5/3132"),
                p.url(Authority.parse("usc/5/3132")));
        assertEquals(Optional.empty(), LinkProviders.defaults().url(Authority.parse("pl/96/1")));
    }
}
