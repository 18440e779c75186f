package dev.sesref.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reader queries on the real content: the expected page or FAQ must be in the top 3. */
class RelevanceTest {
    static QueryEngine engine;

    @BeforeAll
    static void load() throws Exception {
        engine = SearchTestSite.engine();
    }

    static Stream<SearchTestSite.Query> queries() throws Exception {
        return SearchTestSite.queries().stream();
    }

    @Test
    void thereAreAtLeastFortyQueries() throws Exception {
        assertTrue(SearchTestSite.queries().size() >= 40);
    }

    @Test
    void theLastWordIsAPrefixOnlyWhileItIsBeingTyped() {
        // "veter" is no word of the site, nor one letter from one: only as a prefix does it match.
        List<String> typing =
                engine.search("veter", 5, true).stream().map(QueryEngine.Hit::url).toList();
        assertTrue(
                typing.contains("faq/recruitment-selection/#veterans-preference"),
                typing.toString());
        assertEquals(List.of(), engine.search("veter", 5, false));
        // A space after the word ends it: the same as a submitted query.
        assertEquals(List.of(), engine.search("veter ", 5, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void expectedResultIsInTheTopThree(SearchTestSite.Query q) {
        List<QueryEngine.Hit> top = engine.search(q.text(), 3);
        List<String> accepted = List.of(q.expected().split("\\|"));
        assertTrue(
                top.stream().anyMatch(h -> accepted.stream().anyMatch(a -> h.url().startsWith(a))),
                q.text()
                        + " ("
                        + q.provenance()
                        + "): expected "
                        + q.expected()
                        + " in the top 3, got "
                        + top.stream().map(QueryEngine.Hit::url).toList());
    }
}
