package dev.sesref.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every citation of the site, by authority: the data of the citations index page, a function of the
 * rendered pages' citations.
 */
public final class CitationIndex {
    /**
     * Where an authority is cited: a page, the citation's anchor on it, the part of the page it is
     * in ({@link CitationUse#section}), and the provision's text as of the page's review date where
     * a provider keeps it (else null).
     */
    public record Use(
            String pageUrl,
            String pageTitle,
            String anchor,
            String section,
            CitationCatalog.ProviderLink asOf,
            java.time.LocalDate reviewed) {}

    /** One authority (section, part, chapter or law) with its heading, links and uses. */
    public record Entry(
            String anchor,
            String label,
            String heading,
            boolean verified,
            List<CitationCatalog.ProviderLink> links,
            List<Use> uses) {}

    /**
     * The authorities of one title of the Code or the CFR, or of the Public Laws or the Statutes at
     * Large.
     */
    public record Group(String title, List<Entry> entries) {}

    /** An authority cited on one page and how many times; {@code asOf} as in {@link Use}. */
    public record PageEntry(
            String id,
            String label,
            String heading,
            boolean verified,
            String url,
            int count,
            String anchor,
            CitationCatalog.ProviderLink asOf) {}

    private final CitationCatalog catalog;
    private final Map<String, CitedPage> pages = new TreeMap<>();

    /** The index of every page's citations, made once the pages have been rendered. */
    public CitationIndex(CitationCatalog catalog, java.util.Collection<CitedPage> pages) {
        this.catalog = catalog;
        pages.forEach(p -> this.pages.put(p.url(), p));
    }

    /**
     * Every page's citations by page path and title, as values (what the index page is made from).
     */
    public Map<String, List<Object>> uses() {
        Map<String, List<Object>> out = new TreeMap<>();
        pages.forEach((url, p) -> out.put(url, List.of(p.title(), p.count(), p.uses())));
        return out;
    }

    /** The index anchor of an authority, e.g. {@code usc-5-3132}. */
    public static String anchor(Authority a) {
        return a.section().id().replace('/', '-');
    }

    /** Every cited authority, grouped and sorted numerically, each with its uses in page order. */
    public List<Group> groups() {
        Map<Authority, java.util.Set<Use>> uses = new java.util.HashMap<>();
        pages.values().stream()
                .sorted(Comparator.comparing(CitedPage::url))
                .forEach(
                        p -> {
                            for (CitationUse u : p.uses()) {
                                uses.computeIfAbsent(
                                                u.authority().section(),
                                                k -> new java.util.LinkedHashSet<>())
                                        .add(
                                                new Use(
                                                        p.url(),
                                                        p.title(),
                                                        u.anchor(),
                                                        u.section(),
                                                        catalog.asOf(
                                                                        u.authority().section(),
                                                                        p.reviewed())
                                                                .orElse(null),
                                                        p.reviewed()));
                            }
                        });
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        uses.keySet().stream()
                .map(a -> Map.entry(a.sortKey() + "\u0000" + a, a))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .forEach(
                        a ->
                                groups.computeIfAbsent(groupTitle(a), k -> new ArrayList<>())
                                        .add(entry(a, new ArrayList<>(uses.get(a)))));
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    /** The authorities one page cites, sorted numerically, with the number of citations of each. */
    public static List<PageEntry> summary(CitationCatalog catalog, CitedPage page) {
        Map<Authority, Integer> counts = new TreeMap<>();
        Map<Authority, java.util.Set<String>> anchors = new TreeMap<>();
        for (CitationUse u : page.uses()) {
            if (anchors.computeIfAbsent(u.authority().section(), k -> new java.util.HashSet<>())
                    .add(u.anchor())) {
                counts.merge(u.authority().section(), 1, Integer::sum);
            }
        }
        List<PageEntry> out = new ArrayList<>();
        counts.forEach(
                (a, n) ->
                        out.add(
                                new PageEntry(
                                        a.id(),
                                        a.label(),
                                        catalog.info(a).map(AuthorityInfo::heading).orElse(""),
                                        catalog.info(a).map(AuthorityInfo::verified).orElse(false),
                                        catalog.url(a).orElse(""),
                                        n,
                                        anchor(a),
                                        catalog.asOf(a, page.reviewed()).orElse(null))));
        return out;
    }

    public int total() {
        return pages.values().stream().mapToInt(CitedPage::count).sum();
    }

    private Entry entry(Authority a, List<Use> list) {
        var info = catalog.info(a);
        return new Entry(
                anchor(a),
                a.label(),
                info.map(AuthorityInfo::heading).orElse(""),
                info.map(AuthorityInfo::verified).orElse(false),
                catalog.links(a),
                List.copyOf(list));
    }

    private static String groupTitle(Authority a) {
        return switch (a.kind()) {
            case USC -> "Title " + a.title() + ", United States Code";
            case CFR -> "Title " + a.title() + ", Code of Federal Regulations";
            case PUBLIC_LAW -> "Public Laws";
            case STATUTE -> "Statutes at Large";
            case FEDERAL_REGISTER -> "Federal Register";
            case EXECUTIVE_ORDER -> "Executive orders";
        };
    }
}
