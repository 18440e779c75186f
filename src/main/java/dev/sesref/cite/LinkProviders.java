package dev.sesref.cite;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of link providers and which ones serve each citation kind as primary and secondary
 * link. Immutable; {@link #configure} returns a new registry.
 *
 * <p>Defaults: U.S.C. uscode-house then cornell-lii; CFR ecfr then cornell-lii; Public Laws,
 * Statutes at Large, the Federal Register and executive orders govinfo, no secondary.
 */
public final class LinkProviders {

    private final Map<String, LinkProvider> byName;
    private final Map<CitationKind, LinkProvider> primary;
    private final Map<CitationKind, LinkProvider> secondary;

    private LinkProviders(
            Map<String, LinkProvider> byName,
            Map<CitationKind, LinkProvider> primary,
            Map<CitationKind, LinkProvider> secondary) {
        this.byName = byName;
        this.primary = primary;
        this.secondary = secondary;
    }

    /** The four built-in providers with the default assignment. */
    public static LinkProviders defaults() {
        Map<String, LinkProvider> all = new LinkedHashMap<>();
        for (LinkProvider p :
                List.of(
                        new UscodeHouseProvider(),
                        new EcfrProvider(),
                        new GovinfoProvider(),
                        new CornellLiiProvider())) {
            all.put(p.name(), p);
        }
        Map<CitationKind, LinkProvider> prim = new EnumMap<>(CitationKind.class);
        prim.put(CitationKind.USC, all.get(UscodeHouseProvider.NAME));
        prim.put(CitationKind.CFR, all.get(EcfrProvider.NAME));
        prim.put(CitationKind.PUBLIC_LAW, all.get(GovinfoProvider.NAME));
        prim.put(CitationKind.STATUTE, all.get(GovinfoProvider.NAME));
        prim.put(CitationKind.FEDERAL_REGISTER, all.get(GovinfoProvider.NAME));
        prim.put(CitationKind.EXECUTIVE_ORDER, all.get(GovinfoProvider.NAME));
        Map<CitationKind, LinkProvider> sec = new EnumMap<>(CitationKind.class);
        sec.put(CitationKind.USC, all.get(CornellLiiProvider.NAME));
        sec.put(CitationKind.CFR, all.get(CornellLiiProvider.NAME));
        return new LinkProviders(Map.copyOf(all), prim, sec);
    }

    /**
     * A copy with the given kinds reassigned to providers by name (e.g. from site config). Kinds
     * not in a map keep their current provider; throws IllegalArgumentException for an unknown
     * name.
     */
    public LinkProviders configure(
            Map<CitationKind, String> primaryNames, Map<CitationKind, String> secondaryNames) {
        Map<CitationKind, LinkProvider> prim = new EnumMap<>(CitationKind.class);
        prim.putAll(primary);
        primaryNames.forEach((k, n) -> prim.put(Objects.requireNonNull(k, "kind"), byName(n)));
        Map<CitationKind, LinkProvider> sec = new EnumMap<>(CitationKind.class);
        sec.putAll(secondary);
        secondaryNames.forEach((k, n) -> sec.put(Objects.requireNonNull(k, "kind"), byName(n)));
        return new LinkProviders(byName, prim, sec);
    }

    /** The provider with this name; throws IllegalArgumentException listing the valid names. */
    public LinkProvider byName(String name) {
        LinkProvider p = name == null ? null : byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException(
                    "unknown link provider '" + name + "'; valid names: " + names());
        }
        return p;
    }

    /** The provider names, sorted. */
    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }

    /** The primary provider for a kind. */
    public LinkProvider primary(CitationKind kind) {
        return primary.get(kind);
    }

    /** The secondary provider for a kind, if any. */
    public Optional<LinkProvider> secondary(CitationKind kind) {
        return Optional.ofNullable(secondary.get(kind));
    }

    /** The primary provider's URL for {@code a}, else the secondary's, else empty. */
    public Optional<String> url(Authority a) {
        Optional<String> url = primary(a.kind()).url(a);
        return url.isPresent() ? url : secondary(a.kind()).flatMap(p -> p.url(a));
    }
}
