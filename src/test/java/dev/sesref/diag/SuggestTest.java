package dev.sesref.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Did you mean" hints: near misses suggested, unrelated words not. */
class SuggestTest {
    private static final List<String> KEYS =
            List.of("title", "description", "updated", "sources", "related", "layout");

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "titel, title",
                "Title, title",
                "descripton, description",
                "update, updated",
                "source, sources",
                "layotu, layout",
                "colour, NULL",
                "x, NULL",
            })
    void suggestsNearMisses(String given, String expected) {
        assertEquals(
                expected == null ? "" : " (did you mean '" + expected + "'?)",
                Suggest.didYouMean(given, KEYS));
    }
}
