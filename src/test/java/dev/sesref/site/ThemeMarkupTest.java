package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme writes every citation (issue 23): the real site built through a copy of the theme whose
 * citation template is changed shows the change on every citation, and nowhere else.
 */
class ThemeMarkupTest {
    @TempDir Path tmp;

    @Test
    void changedTemplatesChangeEveryCitationAndTable() throws Exception {
        Path themes = tmp.resolve("themes");
        Trees.copy(Trees.repo().resolve("themes"), themes);
        Path template = themes.resolve("default/partials/citation.ftlh");
        Files.writeString(
                template,
                Files.readString(template)
                        .replace("<a class=\"cite\"", "<a class=\"cite\" data-theme=\"changed\""));
        Path table = themes.resolve("default/partials/table.ftlh");
        Files.writeString(
                table,
                Files.readString(table)
                        .replace(
                                "<div class=\"table-scroll\"",
                                "<div data-theme=\"table\" class=\"table-scroll\""));
        Path changed = tmp.resolve("changed");
        Path original = tmp.resolve("original");
        for (Path[] run :
                new Path[][] {{themes, changed}, {Trees.repo().resolve("themes"), original}}) {
            Cli.Result r =
                    Cli.run(
                            "build",
                            "--content",
                            Trees.repo().resolve("content").toString(),
                            "--themes",
                            run[0].toString(),
                            "--out",
                            run[1].toString());
            assertEquals(0, r.exit(), r.err());
        }
        Document withChange = Jsoup.parse(changed.resolve("overview/index.html").toFile(), "UTF-8");
        Document asShipped = Jsoup.parse(original.resolve("overview/index.html").toFile(), "UTF-8");
        int links = asShipped.select("main a.cite").size();
        assertTrue(links > 20, "citation links on the overview: " + links);
        assertEquals(links, withChange.select("main a.cite[data-theme=changed]").size());
        assertEquals(0, withChange.select("main a[data-theme]:not(.cite)").size());
        int tables = asShipped.select("main .prose table").size();
        assertTrue(tables >= 3, "Markdown tables on the overview: " + tables);
        assertEquals(tables, withChange.select("main div[data-theme=table] > table").size());
    }
}
