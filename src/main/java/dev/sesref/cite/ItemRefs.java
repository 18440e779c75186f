package dev.sesref.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns the items read by {@link ItemReader} into refs (package-private).
 *
 * <p>A single target gets the whole citation as its span. With several targets each number gets its
 * own span; a range of at most {@value #MAX_EXPANDED} plain numbers is expanded, its first and last
 * sections carrying their numbers' spans and the sections in between the span of the dash or
 * "through". Larger ranges, ranges whose ends carry letters or paragraphs, and CFR ranges across
 * parts give only their two ends. A reversed range is a problem.
 */
final class ItemRefs {

    /** The largest range (in sections) that is expanded into every section. */
    static final int MAX_EXPANDED = 50;

    /** The refs built, or a problem ("has a reversed range ...") and no refs. */
    record Built(List<CitationRef> refs, String problem) {}

    private ItemRefs() {}

    /**
     * Builds refs for items found in {@code text} within the citation [start, end); {@code make}
     * turns a number's canonical value and paragraph path into an authority.
     */
    static Built build(
            ItemReader.Items items,
            String text,
            int start,
            int end,
            BiFunction<String, List<String>, Authority> make) {
        List<CitationRef> refs = new ArrayList<>();
        for (ItemReader.Item item : items.items()) {
            ItemReader.Num a = item.first();
            ItemReader.Num b = item.last();
            if (b == null || a.value().equals(b.value()) && a.paragraphs().equals(b.paragraphs())) {
                refs.add(
                        new CitationRef(make.apply(a.value(), a.paragraphs()), a.start(), a.end()));
                continue;
            }
            if (Authority.numberKey(a.value()).compareTo(Authority.numberKey(b.value())) > 0) {
                return new Built(List.of(), reversed(text, start, end, a, b));
            }
            refs.addAll(range(item, make));
        }
        if (refs.size() == 1) {
            return new Built(List.of(new CitationRef(refs.get(0).authority(), start, end)), null);
        }
        return new Built(refs, null);
    }

    private static List<CitationRef> range(
            ItemReader.Item item, BiFunction<String, List<String>, Authority> make) {
        ItemReader.Num a = item.first();
        ItemReader.Num b = item.last();
        List<CitationRef> refs = new ArrayList<>();
        refs.add(new CitationRef(make.apply(a.value(), a.paragraphs()), a.start(), a.end()));
        List<String> middle = middle(a, b);
        for (String value : middle) {
            refs.add(new CitationRef(make.apply(value, List.of()), item.sepStart(), item.sepEnd()));
        }
        refs.add(new CitationRef(make.apply(b.value(), b.paragraphs()), b.start(), b.end()));
        return refs;
    }

    /** The values strictly between a and b, or none if the range is not expandable. */
    private static List<String> middle(ItemReader.Num a, ItemReader.Num b) {
        if (!a.paragraphs().isEmpty() || !b.paragraphs().isEmpty()) {
            return List.of();
        }
        String prefix = "";
        String from = a.value();
        String to = b.value();
        int dot = from.indexOf('.');
        if (dot >= 0) {
            if (!to.startsWith(from.substring(0, dot + 1))) {
                return List.of();
            }
            prefix = from.substring(0, dot + 1);
            from = from.substring(dot + 1);
            to = to.substring(dot + 1);
        }
        if (!plain(from) || !plain(to)) {
            return List.of();
        }
        int x = Integer.parseInt(from);
        int y = Integer.parseInt(to);
        if (y - x + 1 > MAX_EXPANDED) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int n = x + 1; n < y; n++) {
            out.add(prefix + n);
        }
        return out;
    }

    private static boolean plain(String s) {
        if (s.isEmpty() || s.length() > 6 || s.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String reversed(
            String text, int start, int end, ItemReader.Num a, ItemReader.Num b) {
        String fixed =
                text.substring(start, a.start())
                        + text.substring(b.start(), b.end())
                        + text.substring(a.end(), b.start())
                        + text.substring(a.start(), a.end())
                        + text.substring(b.end(), end);
        return "has a reversed range ("
                + a.value()
                + " comes after "
                + b.value()
                + "); write '"
                + fixed.strip()
                + "'";
    }
}
