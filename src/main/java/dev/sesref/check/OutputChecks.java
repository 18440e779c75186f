package dev.sesref.check;

import dev.sesref.content.Content;
import dev.sesref.content.Page;
import dev.sesref.content.SitePaths;
import dev.sesref.diag.Diagnostic;
import dev.sesref.site.SiteOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks on the rendered pages: pages no link path leads to from the home page (the build itself
 * refuses duplicate ids).
 */
final class OutputChecks {

    void check(Content content, SiteOutput output, Consumer<Diagnostic> sink) {
        Map<String, Document> pages = new TreeMap<>();
        for (Page p : content.pages()) {
            byte[] html = output.generated().get(SitePaths.outputFile(p.url()));
            if (html != null) {
                pages.put(p.url(), Jsoup.parse(new String(html, StandardCharsets.UTF_8)));
            }
        }
        Set<String> reached = reachable(pages);
        for (Page p : content.pages()) {
            if (!reached.contains(p.url())) {
                sink.accept(
                        Diagnostic.warning(
                                p.file(),
                                1,
                                1,
                                "no link leads to "
                                        + p.url()
                                        + " from the home page "
                                        + "or the navigation; link it from a section page or add it to 'nav' in site.yml"));
            }
        }
    }

    /** Site paths reachable from "/" by following the pages' links (navigation included). */
    private static Set<String> reachable(Map<String, Document> pages) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add("/");
        while (!todo.isEmpty()) {
            String url = todo.poll();
            Document doc = pages.get(url);
            if (!seen.add(url) || doc == null) {
                continue;
            }
            for (Element a : doc.select("a[href]")) {
                String target = resolve(url, a.attr("href"));
                if (target != null && pages.containsKey(target) && !seen.contains(target)) {
                    todo.add(target);
                }
            }
        }
        return seen;
    }

    private static String resolve(String from, String href) {
        if (href.isEmpty() || href.startsWith("#") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        try {
            String path = URI.create("http://h" + from).resolve(href.replace(" ", "%20")).getPath();
            path =
                    path.endsWith("index.html")
                            ? path.substring(0, path.length() - "index.html".length())
                            : path;
            return path.endsWith("/") ? path : path + "/";
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
