package dev.sesref.cite;

/** The kinds of legal authority the citation scanner recognises. */
public enum CitationKind {
    /** United States Code (sections, chapters, subchapters). */
    USC("usc"),
    /** Code of Federal Regulations (sections, parts, subparts). */
    CFR("cfr"),
    /** Public Laws, identified by Congress and law number. */
    PUBLIC_LAW("pl"),
    /** United States Statutes at Large, identified by volume and page. */
    STATUTE("stat"),
    /** The Federal Register, identified by volume and page. */
    FEDERAL_REGISTER("fr"),
    /** Executive orders, identified by their number. */
    EXECUTIVE_ORDER("eo");

    private final String prefix;

    CitationKind(String prefix) {
        this.prefix = prefix;
    }

    /** The first segment of this kind's canonical ids, e.g. {@code usc}. */
    public String prefix() {
        return prefix;
    }

    /** The kind whose ids start with {@code prefix}; throws IllegalArgumentException if none. */
    public static CitationKind fromPrefix(String prefix) {
        for (CitationKind k : values()) {
            if (k.prefix.equals(prefix)) {
                return k;
            }
        }
        throw new IllegalArgumentException(
                "unknown authority id prefix '"
                        + prefix
                        + "'; expected one of usc, cfr, pl, stat, fr, eo");
    }
}
