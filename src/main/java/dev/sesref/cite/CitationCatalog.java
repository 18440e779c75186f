package dev.sesref.cite;

import dev.sesref.config.CitationSettings;
import dev.sesref.content.AliasNote;
import dev.sesref.content.AuthorityNote;
import dev.sesref.content.Content;
import dev.sesref.content.LegalChange;
import dev.sesref.content.Ref;
import dev.sesref.diag.Diagnostic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the site knows about citations: the scanner (with the named-act aliases), the link
 * providers chosen in site.yml, the official headings of {@code data/authorities.yml} and the
 * registry of legal changes ({@code data/changes.yml}) joined with the provisions each one affects.
 */
public final class CitationCatalog {
    /**
     * One link to an authority's text; {@code provider} is the site's name for readers (e.g.
     * "eCFR").
     */
    public record ProviderLink(String provider, String url, boolean authoritative) {}

    private static final Map<String, String> DISPLAY =
            Map.of(
                    "uscode-house",
                    "uscode.house.gov",
                    "ecfr",
                    "eCFR",
                    "govinfo",
                    "govinfo.gov",
                    "cornell-lii",
                    "Cornell LII");

    /** A registered legal change and the catalogued provisions it affects. */
    public record Registered(LegalChange change, List<Authority> affects) {
        public Registered {
            affects = List.copyOf(affects);
        }
    }

    private final CitationScanner scanner;
    private final LinkProviders providers;
    private final Map<String, AuthorityInfo> infos;
    private final List<Registered> changes;

    private CitationCatalog(
            CitationScanner scanner,
            LinkProviders providers,
            Map<String, AuthorityInfo> infos,
            List<Registered> changes) {
        this.scanner = scanner;
        this.providers = providers;
        this.infos = Map.copyOf(infos);
        this.changes =
                changes.stream()
                        .sorted(
                                java.util.Comparator.comparing((Registered r) -> r.change().date())
                                        .reversed()
                                        .thenComparing(r -> r.change().id()))
                        .toList();
    }

    /** Builds the catalog, reporting bad ids in the data files and unknown provider names. */
    public static CitationCatalog load(
            Content content,
            CitationSettings settings,
            Path shownContentDir,
            List<Diagnostic> sink) {
        Path authoritiesFile = shownContentDir.resolve("data/authorities.yml");
        Path aliasesFile = shownContentDir.resolve("data/citation-aliases.yml");
        Map<String, AuthorityInfo> infos = new HashMap<>();
        for (AuthorityNote n : content.authorities()) {
            parse(n.id(), authoritiesFile, sink)
                    .ifPresent(
                            a ->
                                    infos.put(
                                            a.id(),
                                            new AuthorityInfo(a.id(), n.heading(), n.verified())));
        }
        List<ActAlias> aliases = new ArrayList<>();
        for (AliasNote n : content.aliases()) {
            List<Authority> targets =
                    n.targets().stream()
                            .map(r -> parse(r, aliasesFile, sink))
                            .flatMap(Optional::stream)
                            .toList();
            if (targets.size() == n.targets().size()) {
                aliases.add(new ActAlias(n.name(), targets));
            }
        }
        List<Registered> changes = new ArrayList<>();
        Path changesFile = shownContentDir.resolve("data/changes.yml");
        for (LegalChange c : content.legalChanges()) {
            List<Authority> affects = new ArrayList<>();
            for (Ref r : c.affects()) {
                parse(r, changesFile, sink)
                        .ifPresent(
                                a -> {
                                    if (infos.containsKey(a.id())) {
                                        affects.add(a);
                                    } else {
                                        sink.add(
                                                Diagnostic.error(
                                                        changesFile,
                                                        r.line(),
                                                        r.column(),
                                                        "change '"
                                                                + c.id()
                                                                + "' affects '"
                                                                + a.id()
                                                                + "', which data/authorities.yml does not list; add it there with its official "
                                                                + "heading, or correct the id"));
                                    }
                                });
            }
            changes.add(new Registered(c, affects));
        }
        return new CitationCatalog(
                new CitationScanner(aliases),
                providers(settings, shownContentDir, sink),
                infos,
                changes);
    }

    /** The registry of legal changes, newest first (then by id). */
    public List<Registered> changes() {
        return changes;
    }

    /**
     * The registered changes that took effect after {@code reviewed} and affect a provision among
     * {@code cited} (the same provision, one inside it, or one containing it), newest first, each
     * with only the provisions it affects that are cited.
     */
    public List<Registered> changesAfter(LocalDate reviewed, Collection<Authority> cited) {
        List<Registered> out = new ArrayList<>();
        for (Registered r : changes) {
            if (r.change().date().isAfter(reviewed)) {
                List<Authority> hit =
                        r.affects().stream()
                                .filter(a -> cited.stream().anyMatch(a::overlaps))
                                .toList();
                if (!hit.isEmpty()) {
                    out.add(new Registered(r.change(), hit));
                }
            }
        }
        return out;
    }

    /** eCFR's text of a CFR provision as it stood on {@code date}, when eCFR has it. */
    public Optional<ProviderLink> asOf(Authority a, LocalDate date) {
        return date == null
                ? Optional.empty()
                : EcfrProvider.urlOn(a, date).map(u -> new ProviderLink("eCFR", u, true));
    }

    private static LinkProviders providers(
            CitationSettings s, Path shownContentDir, List<Diagnostic> sink) {
        Map<CitationKind, String> primary = new EnumMap<>(CitationKind.class);
        primary.put(CitationKind.USC, s.usc());
        primary.put(CitationKind.CFR, s.cfr());
        primary.put(CitationKind.PUBLIC_LAW, s.publicLaw());
        primary.put(CitationKind.STATUTE, s.statute());
        try {
            return LinkProviders.defaults().configure(primary, Map.of());
        } catch (IllegalArgumentException e) {
            sink.add(
                    Diagnostic.error(
                            shownContentDir.resolve("site.yml"),
                            s.line(),
                            0,
                            "citations: " + e.getMessage()));
            return LinkProviders.defaults();
        }
    }

    private static Optional<Authority> parse(Ref ref, Path file, List<Diagnostic> sink) {
        try {
            return Optional.of(Authority.parse(ref.value()));
        } catch (IllegalArgumentException e) {
            sink.add(
                    Diagnostic.error(
                            file,
                            ref.line(),
                            ref.column(),
                            "'"
                                    + ref.value()
                                    + "' is not a citation id ("
                                    + e.getMessage()
                                    + "); write e.g. usc/5/3132, cfr/5/317.903, pl/95/454"));
            return Optional.empty();
        }
    }

    public ScanResult scan(String text) {
        return scanner.scan(text);
    }

    /** The catalog entry of an authority, or of the section, part or law it belongs to. */
    public Optional<AuthorityInfo> info(Authority a) {
        AuthorityInfo exact = infos.get(a.id());
        return Optional.ofNullable(exact != null ? exact : infos.get(a.section().id()));
    }

    /** The link a citation gets in the text: the primary provider's, else the secondary's. */
    public Optional<String> url(Authority a) {
        return providers.url(a);
    }

    /** Every provider's link to an authority, primary first. */
    public List<ProviderLink> links(Authority a) {
        List<ProviderLink> out = new ArrayList<>();
        for (Optional<LinkProvider> p :
                List.of(Optional.of(providers.primary(a.kind())), providers.secondary(a.kind()))) {
            p.ifPresent(
                    lp ->
                            lp.url(a)
                                    .ifPresent(
                                            u ->
                                                    out.add(
                                                            new ProviderLink(
                                                                    DISPLAY.getOrDefault(
                                                                            lp.name(), lp.name()),
                                                                    u,
                                                                    lp.authoritative()))));
        }
        return out;
    }

    /**
     * "5 U.S.C. 3132: Definitions and exclusions", or the label alone when no heading is
     * catalogued.
     */
    public String describe(Authority a) {
        return info(a).filter(i -> !i.heading().isEmpty())
                .map(i -> a.label() + ": " + i.heading())
                .orElse(a.label());
    }
}
