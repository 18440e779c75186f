package dev.sesref.cite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A legal authority identified by a canonical id.
 *
 * <p>Id forms: {@code usc/5/3132}, {@code usc/5/3132/a/2} (subsection path), {@code usc/5/552a},
 * {@code usc/5/288-1}, {@code usc/5/ch31}, {@code usc/5/ch31/subchII}, {@code cfr/5/317.903},
 * {@code cfr/5/317.903/b}, {@code cfr/5/317} (part), {@code cfr/5/430/C} (part 430, subpart C),
 * {@code pl/95/454}, {@code stat/92/1111}, {@code fr/90/8481} (Federal Register volume and page),
 * {@code eo/14171} (executive order). Ids are case-sensitive: paragraph designations keep their
 * case ({@code (A)} differs from {@code (a)}), subchapter numerals and subpart letters are upper
 * case, section letter suffixes lower case.
 */
public record Authority(CitationKind kind, String id) implements Comparable<Authority> {

    /** The structural level an id designates. */
    public enum Level {
        SECTION,
        CHAPTER,
        SUBCHAPTER,
        PART,
        SUBPART,
        LAW,
        PAGE,
        ORDER
    }

    /**
     * Parsed ids and sort keys by id, shared by all instances: a build asks the same few hundred
     * authorities for their parts and order many thousand times.
     */
    private static final Map<String, IdParts> PARTS = new ConcurrentHashMap<>();

    private static final Map<String, String> SORT_KEYS = new ConcurrentHashMap<>();

    /** Ids remembered at most (a long preview session must not grow without bound). */
    private static final int MEMO_LIMIT = 50_000;

    /** Validates that {@code id} is canonical and belongs to {@code kind}. */
    public Authority {
        Objects.requireNonNull(kind, "kind");
        IdParts parts = partsOf(id);
        if (parts.kind() != kind) {
            throw new IllegalArgumentException("id '" + id + "' is not a " + kind + " id");
        }
    }

    /**
     * Parses a canonical id such as {@code usc/5/3132/a/2}; throws IllegalArgumentException if
     * invalid.
     */
    public static Authority parse(String id) {
        return new Authority(IdParts.parse(id).kind(), id);
    }

    /** A U.S. Code section with an optional paragraph path: {@code usc(5, "3132", "a", "2")}. */
    public static Authority usc(int title, String section, String... paragraphs) {
        return parse(join("usc/" + title + "/" + section.toLowerCase(Locale.ROOT), paragraphs));
    }

    /** A U.S. Code chapter: {@code uscChapter(5, "31")}. */
    public static Authority uscChapter(int title, String chapter) {
        return parse("usc/" + title + "/ch" + chapter.toUpperCase(Locale.ROOT));
    }

    /** A U.S. Code subchapter, numeral in Roman form: {@code uscSubchapter(5, "31", "II")}. */
    public static Authority uscSubchapter(int title, String chapter, String roman) {
        return parse(uscChapter(title, chapter).id() + "/subch" + roman.toUpperCase(Locale.ROOT));
    }

    /** A CFR section with an optional paragraph path: {@code cfr(5, "317.903", "b")}. */
    public static Authority cfr(int title, String section, String... paragraphs) {
        return parse(join("cfr/" + title + "/" + section.toLowerCase(Locale.ROOT), paragraphs));
    }

    /** A CFR part: {@code cfrPart(5, "317")}. */
    public static Authority cfrPart(int title, String part) {
        return parse("cfr/" + title + "/" + part.toLowerCase(Locale.ROOT));
    }

    /** A CFR subpart: {@code cfrSubpart(5, "430", "C")}. */
    public static Authority cfrSubpart(int title, String part, String subpart) {
        return parse(cfrPart(title, part).id() + "/" + subpart.toUpperCase(Locale.ROOT));
    }

    /** A Public Law: {@code publicLaw(95, 454)}. */
    public static Authority publicLaw(int congress, int number) {
        return parse("pl/" + congress + "/" + number);
    }

    /** A Statutes at Large page: {@code statute(92, 1111)}. */
    public static Authority statute(int volume, int page) {
        return parse("stat/" + volume + "/" + page);
    }

    /** A Federal Register page: {@code federalRegister(90, 8481)}. */
    public static Authority federalRegister(int volume, int page) {
        return parse("fr/" + volume + "/" + page);
    }

    /** An executive order: {@code executiveOrder(14171)}. */
    public static Authority executiveOrder(int number) {
        return parse("eo/" + number);
    }

    private static String join(String base, String... paragraphs) {
        StringBuilder sb = new StringBuilder(base);
        for (String p : paragraphs) {
            sb.append('/').append(p);
        }
        return sb.toString();
    }

    private IdParts parts() {
        return partsOf(id);
    }

    private static IdParts partsOf(String id) {
        return remembered(PARTS, Objects.requireNonNull(id, "id"), IdParts::parse);
    }

    /**
     * The value of {@code id} in {@code memo}, computed and kept (up to {@link #MEMO_LIMIT} ids)
     * when missing.
     */
    private static <T> T remembered(
            Map<String, T> memo, String id, java.util.function.Function<String, T> compute) {
        T value = memo.get(id);
        if (value == null) {
            value = compute.apply(id);
            if (memo.size() < MEMO_LIMIT) {
                memo.put(id, value);
            }
        }
        return value;
    }

    /** The structural level of this id. */
    public Level level() {
        return parts().level();
    }

    /** Title number (USC, CFR), Congress (Public Law) or volume (Statutes at Large). */
    public int title() {
        return parts().title();
    }

    /**
     * Section ("3132", "317.903"), chapter ("31"), part ("317"), law number ("454") or page
     * ("1111").
     */
    public String number() {
        return parts().number();
    }

    /**
     * The CFR part of a CFR section, subpart or part ("317" for cfr/5/317.903); else {@link
     * #number()}.
     */
    public String part() {
        return parts().part();
    }

    /** Subchapter numeral ("II") or subpart letter ("C"), if any. */
    public Optional<String> subdivision() {
        return Optional.ofNullable(parts().sub());
    }

    /** The paragraph path below a section, e.g. [a, 2] for usc/5/3132/a/2; empty otherwise. */
    public List<String> paragraphs() {
        return parts().paragraphs();
    }

    /**
     * The id of the containing section ({@code usc/5/3132/a/2} gives {@code usc/5/3132}); other ids
     * unchanged.
     */
    public String sectionId() {
        IdParts p = parts();
        if (p.paragraphs().isEmpty()) {
            return id;
        }
        return new IdParts(p.kind(), p.level(), p.title(), p.number(), p.sub(), List.of()).format();
    }

    /** The containing section as an authority (this one if it has no paragraph path). */
    public Authority section() {
        return paragraphs().isEmpty() ? this : parse(sectionId());
    }

    /**
     * Whether {@code other} is this authority or lies inside it: a paragraph of this section, a
     * subpart or section of this CFR part, a subchapter of this chapter. Subparts and chapters are
     * not known to hold particular sections (that needs the code's tables), so they contain only
     * their own subdivisions.
     */
    public boolean contains(Authority other) {
        if (kind != other.kind) {
            return false;
        }
        if (other.id.equals(id) || other.id.startsWith(id + "/")) {
            return true;
        }
        return kind == CitationKind.CFR
                && level() == Level.PART
                && other.title() == title()
                && other.part().equals(number());
    }

    /**
     * Whether either authority contains the other: a change to one may change what the other says.
     */
    public boolean overlaps(Authority other) {
        return contains(other) || other.contains(this);
    }

    /**
     * The Statutes at Large cite of a Public Law when the small built-in table knows it (P.L.
     * 95-454).
     */
    public Optional<Authority> statutesAtLarge() {
        return kind == CitationKind.PUBLIC_LAW ? KnownStatutes.statuteFor(this) : Optional.empty();
    }

    /**
     * A human label: "5 U.S.C. 3132(a)(2)", "5 CFR part 430, subpart C", "Pub. L. 95-454", "92
     * Stat. 1111", "90 FR 8481", "Executive Order 14171".
     */
    public String label() {
        IdParts p = parts();
        String paras = p.paragraphs().stream().map(s -> "(" + s + ")").reduce("", String::concat);
        return switch (p.level()) {
            case SECTION ->
                    p.title()
                            + (kind == CitationKind.USC ? " U.S.C. " : " CFR ")
                            + p.number()
                            + paras;
            case CHAPTER -> p.title() + " U.S.C. chapter " + p.number();
            case SUBCHAPTER ->
                    p.title() + " U.S.C. chapter " + p.number() + ", subchapter " + p.sub();
            case PART -> p.title() + " CFR part " + p.number();
            case SUBPART -> p.title() + " CFR part " + p.number() + ", subpart " + p.sub();
            case LAW -> "Pub. L. " + p.title() + "-" + p.number();
            case PAGE ->
                    p.title() + (kind == CitationKind.STATUTE ? " Stat. " : " FR ") + p.number();
            case ORDER -> "Executive Order " + p.number();
        };
    }

    /**
     * A string whose natural order is the reading order of the code: kind, then title, then numbers
     * compared numerically with letter suffixes after them (552 &lt; 552a &lt; 553 &lt; 3132), CFR
     * by part then by the section number after the dot as an integer (317.903 &lt; 317.1001),
     * chapters before sections, parts before their subparts before their sections.
     */
    public String sortKey() {
        return remembered(SORT_KEYS, id, i -> computeSortKey());
    }

    private String computeSortKey() {
        IdParts p = parts();
        List<String> keys = new ArrayList<>();
        keys.add(String.valueOf(kind.ordinal()));
        keys.add(pad(p.title()));
        switch (p.level()) {
            case CHAPTER, SUBCHAPTER -> {
                keys.add("0");
                keys.add(numberKey(p.number()));
                keys.add(p.sub() == null ? "" : pad(Roman.toInt(p.sub())));
            }
            case SECTION -> {
                if (kind == CitationKind.CFR) {
                    keys.add(numberKey(p.part()));
                    keys.add("2");
                    keys.add(numberKey(p.number().substring(p.part().length() + 1)));
                } else {
                    keys.add("1");
                    keys.add(numberKey(p.number()));
                }
            }
            case PART -> keys.addAll(Arrays.asList(numberKey(p.number()), "0"));
            case SUBPART -> keys.addAll(Arrays.asList(numberKey(p.number()), "1", p.sub()));
            default -> keys.add(numberKey(p.number()));
        }
        p.paragraphs()
                .forEach(
                        s ->
                                keys.add(
                                        s.chars().allMatch(Character::isDigit)
                                                ? pad(Integer.parseInt(s))
                                                : s));
        return String.join("/", keys);
    }

    /** Orders by {@link #sortKey()}. */
    @Override
    public int compareTo(Authority other) {
        return sortKey().compareTo(other.sortKey());
    }

    /** The canonical id. */
    @Override
    public String toString() {
        return id;
    }

    private static String pad(int n) {
        String digits = Integer.toString(n);
        return "0000000000".substring(Math.min(10, digits.length())) + digits;
    }

    /** "552a" -> 0000000552a; "288-1" -> 0000000288-0000000001. */
    static String numberKey(String token) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < token.length()) {
            int j = i;
            while (j < token.length() && Character.isDigit(token.charAt(j))) {
                j++;
            }
            if (j > i) {
                sb.append(pad(Integer.parseInt(token.substring(i, j))));
                i = j;
            } else {
                sb.append(token.charAt(i++));
            }
        }
        return sb.toString();
    }
}
