package dev.sesref.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sesref.config.SiteConfig;
import dev.sesref.content.Change;
import dev.sesref.content.Content;
import dev.sesref.content.Faq;
import dev.sesref.content.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** schema.org JSON-LD for pages: {@code FAQPage} from the FAQ records, {@code Article} with dates elsewhere. */
final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new ScriptSafe());
    }

    /**
     * Writes {@code <}, {@code >} and {@code &} as Unicode escapes: inside a script element, text such as
     * {@code </script>} or {@code <!--<script>} in a title would otherwise end or swallow the element.
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

    private StructuredData() {
    }

    /** The JSON-LD of a page, safe to print inside a {@code <script>} element. */
    static String forPage(SiteConfig config, Content content, Page page) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        if (page.layout().equals("faq")) {
            data.put("@type", "FAQPage");
            data.put("url", config.absolute(page.url()));
            List<Object> questions = new ArrayList<>();
            for (Faq f : content.faqs()) {
                questions.add(ordered("@type", "Question", "name", f.question(), "url",
                        config.absolute(page.url()) + "#" + f.id(),
                        "acceptedAnswer", ordered("@type", "Answer", "text", f.answer().text().strip())));
            }
            data.put("mainEntity", questions);
        } else {
            data.put("@type", page.url().equals("/") ? "WebSite" : "Article");
            data.put(page.url().equals("/") ? "name" : "headline", page.title());
            data.put("description", page.meta().description());
            data.put("url", config.absolute(page.url()));
            String published = page.meta().changes().stream().map(Change::date).min(Comparator.naturalOrder())
                    .orElse(page.meta().updated()).toString();
            if (!page.url().equals("/")) {
                data.put("datePublished", published);
                data.put("dateModified", page.meta().updated().toString());
            }
            data.put("publisher", ordered("@type", "Organization", "name", config.title(), "url", config.baseUrl()));
        }
        return safe(data);
    }

    /** A map that keeps its keys in the order given (Map.of's order changes from one JVM run to the next). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** JSON that cannot end or alter the script element it is printed in (see {@link ScriptSafe}). */
    static String safe(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
