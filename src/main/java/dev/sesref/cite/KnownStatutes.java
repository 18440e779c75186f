package dev.sesref.cite;

import java.util.Map;
import java.util.Optional;

/**
 * A small table of Public Laws and their Statutes at Large first pages (package-private).
 *
 * <p>Only laws this site cites and whose cite was checked are listed: P.L. 95-454 (Civil Service
 * Reform Act of 1978) = 92 Stat. 1111 (project stack notes); P.L. 103-94 (Hatch Act Amendments of
 * 1993) = 107 Stat. 1001 (U.S. Code, 2013 ed., note under 5 U.S.C. 7321, gpo.gov).
 */
final class KnownStatutes {

    private static final Map<String, String> TABLE =
            Map.of(
                    "pl/95/454", "stat/92/1111",
                    "pl/103/94", "stat/107/1001");

    private KnownStatutes() {}

    static Optional<Authority> statuteFor(Authority publicLaw) {
        return Optional.ofNullable(TABLE.get(publicLaw.id())).map(Authority::parse);
    }
}
