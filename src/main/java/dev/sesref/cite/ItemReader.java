package dev.sesref.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Reads the numbers of a citation (package-private): single sections with paragraph paths ({@code
 * 5724(a)(3)}), ranges ({@code 3131–3136}, {@code 3131 through 3136}) and lists ({@code 3131, 3132
 * and 3134}), starting at a given offset. Works left to right with small, anchored regexes, so
 * there is no backtracking across the whole citation.
 *
 * <p>Hyphen rule (U.S.C.): {@code A-B} written with a hyphen and no spaces is one hyphenated
 * section number (like 42 U.S.C. 288-1 or 300aa-10) when B has fewer digits than A's leading number
 * and is smaller than it; otherwise it is a range from A to B (3131-3136). Dashes, "through",
 * "thru" and "to", and hyphens with spaces around them, always mean a range. CFR: a hyphen followed
 * by a number without a dot is part of the section number (26 CFR 1.61-21); a range end is either a
 * full section (317.901–317.904) or, after a dash or "through", a bare number in the same part
 * (317.901–904).
 */
final class ItemReader {

    /** What kind of number is being read. */
    enum Grammar {
        USC_SECTION,
        CFR_SECTION,
        CFR_PART
    }

    /**
     * One number as written: canonical value ("3132", "288-1", "317.903", "317"), paragraphs, span.
     */
    record Num(String value, List<String> paragraphs, int start, int end) {
        Num {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A single number ({@code last == null}) or a range with the span of its separator token. */
    record Item(Num first, Num last, int sepStart, int sepEnd) {
        boolean isRange() {
            return last != null;
        }
    }

    /** The items read and the offset just after the last one. */
    record Items(List<Item> items, int end) {
        Items {
            items = List.copyOf(items);
        }
    }

    /**
     * Deepest paragraph path read, e.g. (a)(1)(A)(i)(I)(aa) is 6; more parentheses are left unread.
     */
    static final int MAX_PARAGRAPHS = 8;

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern USC_NUM =
            Pattern.compile("([1-9]\\d{0,4})([a-z]{0,2})(?![a-z0-9])(?!\\.\\d)(?!,\\d{3})", CI);
    private static final Pattern CFR_SEC =
            Pattern.compile("([1-9]\\d{0,4}[a-z]?)\\.(\\d{1,5}[a-z]?)(?![a-z0-9])(?!\\.\\d)", CI);
    private static final Pattern BARE =
            Pattern.compile("([1-9]\\d{0,4}[a-z]?)(?![a-z0-9])(?!\\.\\d)(?!,\\d{3})", CI);
    private static final Pattern HYPHEN_TAIL =
            Pattern.compile(ScanText.HYPHEN + "([1-9]\\d{0,3})([a-z]?)(?![a-z0-9])(?!\\.\\d)", CI);
    private static final Pattern PARA = Pattern.compile("\\(([0-9]{1,3}|[a-z]{1,5})\\)", CI);
    private static final Pattern RANGE_SEP =
            Pattern.compile("\\s*" + ScanText.DASH + "\\s*|\\s+(?:through|thru|to)\\s+", CI);
    private static final Pattern LIST_SEP =
            Pattern.compile(
                    "(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or|&)\\s+)(?:§{1,2}\\s*)?", CI);

    /**
     * After a second or later number: words showing it is a count, a year or another citation's
     * title.
     */
    private static final Pattern STOP =
            Pattern.compile(
                    "\\s*(?:%|percent\\b|per\\s?cent\\b|days?\\b|weeks?\\b"
                            + "|months?\\b|years?\\b|hours?\\b|minutes?\\b|times\\b|people\\b|persons?\\b|employees?\\b"
                            + "|members?\\b|positions?\\b|executives?\\b|agencies\\b|U\\.?\\s?S\\.?\\s?C|U\\.?\\s?S\\.?\\s+Code"
                            + "|United\\s+States\\s+Code|C\\.?\\s?F\\.?\\s?R|Code\\s+of\\s+Federal|Stat\\b|Fed\\.\\s?Reg|FR\\b)",
                    CI);

    private static final Pattern WORD_AFTER = Pattern.compile("\\s+\\p{L}");

    private final ScanText scan;
    private final String text;
    private final Grammar grammar;

    private ItemReader(ScanText scan, Grammar grammar) {
        this.scan = scan;
        this.text = scan.text();
        this.grammar = grammar;
    }

    /** Reads items starting exactly at {@code pos}; null if no number starts there. */
    static Items read(ScanText scan, int pos, Grammar grammar) {
        ItemReader r = new ItemReader(scan, grammar);
        Item first = r.item(pos);
        if (first == null) {
            return null;
        }
        List<Item> items = new ArrayList<>();
        items.add(first);
        int end = r.end(first);
        while (true) {
            MatchResult sep = r.scan.at(LIST_SEP, end);
            Item next = sep == null ? null : r.item(sep.end());
            if (next == null || r.stopsAt(next.first().end()) || r.looksLikeACount(next)) {
                break;
            }
            items.add(next);
            end = r.end(next);
        }
        return new Items(items, end);
    }

    private int end(Item item) {
        return item.isRange() ? item.last().end() : item.first().end();
    }

    /**
     * "5 U.S.C. 3132 and 2 other laws": a later one- or two-digit plain number followed by a word.
     */
    private boolean looksLikeACount(Item item) {
        Num n = item.first();
        return !item.isRange()
                && n.paragraphs().isEmpty()
                && n.value().length() <= 2
                && n.value().chars().allMatch(Character::isDigit)
                && scan.at(WORD_AFTER, n.end()) != null;
    }

    private boolean stopsAt(int pos) {
        return scan.at(STOP, pos) != null;
    }

    private Item item(int pos) {
        Num first = num(pos);
        if (first == null) {
            return null;
        }
        MatchResult sep = scan.at(RANGE_SEP, first.end());
        if (sep != null) {
            Num last = rangeEnd(first, sep.end());
            if (last != null && !stopsAt(last.end())) {
                int s = ScanText.skipSpace(text, sep.start());
                int e = sep.end();
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                return new Item(first, last, s, e);
            }
        }
        return new Item(first, null, -1, -1);
    }

    private Num num(int pos) {
        return switch (grammar) {
            case USC_SECTION -> uscNum(pos);
            case CFR_SECTION -> cfrSection(pos);
            case CFR_PART -> bare(pos);
        };
    }

    private Num rangeEnd(Num first, int pos) {
        if (grammar != Grammar.CFR_SECTION) {
            return num(pos);
        }
        Num full = cfrSection(pos);
        if (full != null) {
            return full;
        }
        Num bare = bare(pos);
        if (bare == null) {
            return null;
        }
        String part = first.value().substring(0, first.value().indexOf('.'));
        return new Num(part + "." + bare.value(), bare.paragraphs(), bare.start(), bare.end());
    }

    private Num uscNum(int pos) {
        MatchResult m = scan.at(USC_NUM, pos);
        if (m == null) {
            return null;
        }
        String digits = m.group(1);
        String value = digits + m.group(2).toLowerCase(Locale.ROOT);
        int end = m.end();
        MatchResult tail = scan.at(HYPHEN_TAIL, end);
        if (tail != null
                && tail.group(1).length() < digits.length()
                && Integer.parseInt(tail.group(1)) < Integer.parseInt(digits)) {
            value = value + "-" + tail.group(1) + tail.group(2).toLowerCase(Locale.ROOT);
            end = tail.end();
        }
        return withParagraphs(value, pos, end);
    }

    private Num cfrSection(int pos) {
        MatchResult m = scan.at(CFR_SEC, pos);
        if (m == null) {
            return null;
        }
        String value = (m.group(1) + "." + m.group(2)).toLowerCase(Locale.ROOT);
        int end = m.end();
        MatchResult tail = scan.at(HYPHEN_TAIL, end);
        if (tail != null) {
            value = value + "-" + tail.group(1) + tail.group(2).toLowerCase(Locale.ROOT);
            end = tail.end();
        }
        return withParagraphs(value, pos, end);
    }

    private Num bare(int pos) {
        MatchResult m = scan.at(BARE, pos);
        if (m == null) {
            return null;
        }
        String value = m.group(1).toLowerCase(Locale.ROOT);
        return grammar == Grammar.CFR_PART
                ? new Num(value, List.of(), pos, m.end())
                : withParagraphs(value, pos, m.end());
    }

    private Num withParagraphs(String value, int start, int end) {
        List<String> paras = new ArrayList<>();
        int at = end;
        MatchResult p;
        while (paras.size() < MAX_PARAGRAPHS && (p = scan.at(PARA, at)) != null) {
            paras.add(p.group(1));
            at = p.end();
        }
        return new Num(value, paras, start, at);
    }
}
