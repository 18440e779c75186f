package dev.sesref.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import dev.sesref.testing.BrowserUrls;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 21: the URL policy against a browser's reading of a URL ({@link BrowserUrls}, written apart
 * from the policy): every URL the policy lets through must be relative or http, https or mailto to
 * a browser too.
 */
class UrlPolicyFuzzTest {
    private static final Set<String> SAFE = Set.of("http", "https", "mailto");

    @FuzzTest(maxDuration = "10s")
    void acceptedUrlsAreSafeToABrowser(@NotNull String url) {
        if (UrlPolicy.problem(url) == null) {
            String scheme = BrowserUrls.scheme(url);
            assertTrue(
                    scheme == null || SAFE.contains(scheme),
                    "accepted '" + url + "', a browser reads scheme " + scheme);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://example.org/a?b#c | ",
                "HTTP://EXAMPLE.ORG/ | ",
                "mailto:a@example.org | ",
                "/history/#the-1978-law | ",
                "../faq/ | ",
                "#top | ",
                "a/b:c | ",
                "JaVaScRiPt:alert(1) | javascript:",
                "' javascript:alert(1)' | javascript:",
                "data:text/html,x | data:",
                "vbscript:x | vbscript:",
                "file:///etc/passwd | file:",
                "jav ascript:x | jav ascript:",
                "tel:+1555 | tel:"
            })
    void casesFromIssue21(String url, String refusedScheme) {
        String problem = UrlPolicy.problem(url);
        if (refusedScheme == null) {
            assertNull(problem, url);
        } else {
            assertTrue(
                    problem != null && problem.contains("uses the scheme '" + refusedScheme + "'"),
                    url + ": " + problem);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "java\tscript:x",
                "java\nscript:x",
                "\u0001javascript:x",
                "https://x.org/\u007f"
            })
    void controlCharactersAreRefused(String url) {
        String problem = UrlPolicy.problem(url);
        assertTrue(problem != null && problem.contains("control character"), problem);
        assertEquals(-1, problem.indexOf('\t'), "the message shows the character escaped");
    }
}
