package dev.sesref.cite;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsed components of a canonical authority id (package-private helper of {@link Authority}).
 *
 * <p>{@code title} is the title number (USC, CFR), the Congress (Public Law) or the volume
 * (Statutes at Large, Federal Register), 0 for executive orders; {@code number} is the section,
 * chapter, part, law number, page or order number; {@code sub} is the subchapter numeral or subpart
 * letter, or null.
 */
record IdParts(
        CitationKind kind,
        Authority.Level level,
        int title,
        String number,
        String sub,
        List<String> paragraphs) {

    private static final String TITLE = "([1-9]\\d{0,2})";
    private static final String PARAS =
            "((?:/(?:\\d{1,3}|[a-z]{1,5}|[A-Z]{1,5})){0," + ItemReader.MAX_PARAGRAPHS + "})";

    /** USC section: 3132, 552a, 288-1, 300aa-10. */
    static final String USC_SECTION = "[1-9]\\d{0,4}[a-z]{0,2}(?:-[1-9]\\d{0,3}[a-z]?)?";

    /** CFR section: 317.903, 1.61-21. */
    static final String CFR_SECTION =
            "[1-9]\\d{0,4}[a-z]?\\.\\d{1,5}[a-z]?(?:-[1-9]\\d{0,3}[a-z]?)?";

    static final String CFR_PART = "[1-9]\\d{0,4}[a-z]?";

    private static final Pattern USC_SEC =
            Pattern.compile("usc/" + TITLE + "/(" + USC_SECTION + ")" + PARAS);
    private static final Pattern USC_CH =
            Pattern.compile("usc/" + TITLE + "/ch([1-9]\\d{0,3}[A-Z]?)(?:/subch([IVXLC]{1,9}))?");
    private static final Pattern CFR_SEC =
            Pattern.compile("cfr/" + TITLE + "/(" + CFR_SECTION + ")" + PARAS);
    private static final Pattern CFR_PT =
            Pattern.compile("cfr/" + TITLE + "/(" + CFR_PART + ")(?:/([A-Z]{1,3}))?");
    private static final Pattern PL = Pattern.compile("pl/" + TITLE + "/([1-9]\\d{0,4})");
    private static final Pattern STAT = Pattern.compile("stat/" + TITLE + "/([1-9]\\d{0,4})");
    private static final Pattern FR = Pattern.compile("fr/" + TITLE + "/([1-9]\\d{0,5})");

    /** Executive orders have no title: the number is all (title 0). */
    private static final Pattern EO = Pattern.compile("eo/()([1-9]\\d{3,4})");

    IdParts {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Parses a canonical id; throws IllegalArgumentException explaining the expected forms. */
    static IdParts parse(String id) {
        Objects.requireNonNull(id, "id");
        int slash = id.indexOf('/');
        CitationKind kind = CitationKind.fromPrefix(slash < 0 ? id : id.substring(0, slash));
        IdParts parts =
                switch (kind) {
                    case USC -> parseUsc(id);
                    case CFR -> parseCfr(id);
                    case PUBLIC_LAW -> parseSimple(PL, id, kind, Authority.Level.LAW);
                    case STATUTE -> parseSimple(STAT, id, kind, Authority.Level.PAGE);
                    case FEDERAL_REGISTER -> parseSimple(FR, id, kind, Authority.Level.PAGE);
                    case EXECUTIVE_ORDER -> parseSimple(EO, id, kind, Authority.Level.ORDER);
                };
        if (parts == null) {
            throw new IllegalArgumentException(
                    "'"
                            + id
                            + "' is not a canonical "
                            + kind
                            + " id; expected e.g. "
                            + example(kind));
        }
        return parts;
    }

    private static String example(CitationKind kind) {
        return switch (kind) {
            case USC -> "usc/5/3132, usc/5/3132/a/2, usc/5/552a, usc/5/ch31, usc/5/ch31/subchII";
            case CFR -> "cfr/5/317.903, cfr/5/317.903/b, cfr/5/317, cfr/5/430/C";
            case PUBLIC_LAW -> "pl/95/454";
            case STATUTE -> "stat/92/1111";
            case FEDERAL_REGISTER -> "fr/90/8481";
            case EXECUTIVE_ORDER -> "eo/14171";
        };
    }

    /**
     * A Code or CFR section id (title, section, paragraph path), or null if {@code p} rejects it.
     */
    private static IdParts section(Pattern p, String id, CitationKind kind) {
        Matcher m = p.matcher(id);
        return m.matches()
                ? new IdParts(
                        kind,
                        Authority.Level.SECTION,
                        Integer.parseInt(m.group(1)),
                        m.group(2),
                        null,
                        split(m.group(3)))
                : null;
    }

    private static IdParts parseUsc(String id) {
        IdParts section = section(USC_SEC, id, CitationKind.USC);
        if (section != null) {
            return section;
        }
        Matcher m = USC_CH.matcher(id);
        if (!m.matches()) {
            return null;
        }
        String sub = m.group(3);
        if (sub != null && Roman.toInt(sub) < 0) {
            return null;
        }
        Authority.Level level = sub == null ? Authority.Level.CHAPTER : Authority.Level.SUBCHAPTER;
        return new IdParts(
                CitationKind.USC, level, Integer.parseInt(m.group(1)), m.group(2), sub, List.of());
    }

    private static IdParts parseCfr(String id) {
        IdParts section = section(CFR_SEC, id, CitationKind.CFR);
        if (section != null) {
            return section;
        }
        Matcher m = CFR_PT.matcher(id);
        if (!m.matches()) {
            return null;
        }
        Authority.Level level = m.group(3) == null ? Authority.Level.PART : Authority.Level.SUBPART;
        return new IdParts(
                CitationKind.CFR,
                level,
                Integer.parseInt(m.group(1)),
                m.group(2),
                m.group(3),
                List.of());
    }

    private static IdParts parseSimple(
            Pattern p, String id, CitationKind kind, Authority.Level level) {
        Matcher m = p.matcher(id);
        if (!m.matches()) {
            return null;
        }
        return new IdParts(
                kind,
                level,
                m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1)),
                m.group(2),
                null,
                List.of());
    }

    private static List<String> split(String paras) {
        if (paras == null || paras.isEmpty()) {
            return List.of();
        }
        return Arrays.asList(paras.substring(1).split("/"));
    }

    /** The CFR part of a CFR section number ("317" of "317.903"), else {@code number}. */
    String part() {
        int dot = number.indexOf('.');
        return dot < 0 ? number : number.substring(0, dot);
    }

    /** Formats these parts back into the canonical id. */
    String format() {
        StringBuilder sb = new StringBuilder(kind.prefix()).append('/');
        if (kind != CitationKind.EXECUTIVE_ORDER) {
            sb.append(title).append('/');
        }
        switch (level) {
            case CHAPTER, SUBCHAPTER ->
                    sb.append("ch").append(number).append(sub == null ? "" : "/subch" + sub);
            case SUBPART -> sb.append(number).append('/').append(sub);
            default -> sb.append(number);
        }
        paragraphs.forEach(p -> sb.append('/').append(p));
        return sb.toString();
    }
}
