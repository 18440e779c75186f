package dev.sesref.render;

import dev.sesref.config.NavItem;
import java.util.List;

/** The parts every template call shares: the site view and the navigation as seen from one page. */
final class Frame {
    private final RenderSetup setup;
    private final Views.SiteView site;

    Frame(RenderSetup setup) {
        this.setup = setup;
        var c = setup.config();
        this.site =
                new Views.SiteView(
                        c.title(),
                        c.tagline(),
                        c.description(),
                        c.baseUrl(),
                        c.language(),
                        c.repository());
    }

    Views.SiteView site() {
        return site;
    }

    TemplateRoot root(Views.PageView view, Links links) {
        List<Views.NavLink> nav =
                setup.config().nav().stream()
                        .map(
                                (NavItem n) ->
                                        new Views.NavLink(
                                                n.title(),
                                                links.href(n.path()),
                                                current(view.url(), n.path())))
                        .toList();
        return new TemplateRoot(site, view, nav, links);
    }

    private static String current(String url, String navPath) {
        if (url.equals(navPath)) {
            return "page";
        }
        return !navPath.equals("/") && url.startsWith(navPath) ? "true" : "";
    }
}
