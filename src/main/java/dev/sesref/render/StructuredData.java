package dev.sesref.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sesref.config.SiteConfig;
import dev.sesref.content.Change;
import dev.sesref.content.Page;
import java.util.Comparator;

/**
 * schema.org JSON-LD for pages: {@code WebSite} for the home page, {@code Article} with dates for
 * every other page. The FAQ has no {@code FAQPage} markup: search engines show FAQ rich results
 * only for government and health sites now, and it repeated every answer (17 KB of the FAQ's 51 KB
 * gzipped).
 */
final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    /**
     * Writes {@code <}, {@code >} and {@code &} as Unicode escapes: inside a script element, text
     * such as {@code </script>} or {@code <!--<script>} in a title would otherwise end or swallow
     * the element.
     */
    private static final class ScriptSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

        ScriptSafe() {
            escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
            escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private StructuredData() {}

    private static final String CONTEXT = "https://schema.org";

    /** schema.org Article (or WebSite for the home page, which has a name and no dates). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({
        "@context",
        "@type",
        "name",
        "headline",
        "description",
        "url",
        "datePublished",
        "dateModified",
        "publisher"
    })
    record Article(
            @JsonProperty("@context") String context,
            @JsonProperty("@type") String type,
            String name,
            String headline,
            String description,
            String url,
            String datePublished,
            String dateModified,
            Organization publisher) {}

    @JsonPropertyOrder({"@type", "name", "url"})
    record Organization(@JsonProperty("@type") String type, String name, String url) {}

    /** The JSON-LD of a page, safe to print inside a {@code <script>} element. */
    static String forPage(SiteConfig config, Page page) {
        String url = config.absolute(page.url());
        Organization publisher = new Organization("Organization", config.title(), config.baseUrl());
        if (page.url().equals("/")) {
            return safe(
                    new Article(
                            CONTEXT,
                            "WebSite",
                            page.title(),
                            null,
                            page.meta().description(),
                            url,
                            null,
                            null,
                            publisher));
        }
        String published =
                page.meta().changes().stream()
                        .map(Change::date)
                        .min(Comparator.naturalOrder())
                        .orElse(page.meta().updated())
                        .toString();
        return safe(
                new Article(
                        CONTEXT,
                        "Article",
                        null,
                        page.title(),
                        page.meta().description(),
                        url,
                        published,
                        page.meta().updated().toString(),
                        publisher));
    }

    /**
     * JSON that cannot end or alter the script element it is printed in (see {@link ScriptSafe}).
     */
    static String safe(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
