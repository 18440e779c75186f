package dev.sesref.cite;

import java.util.List;

/**
 * How a citation pattern's match begins, for {@link ScanText#forEach} (package-private): one of some
 * literals. The first character is compared with ASCII case folding only, as the scanner always did
 * (so a Unicode case variant such as the long s does not start a citation); the literal as a whole
 * with {@code String.regionMatches}, which accepts every case variant a case-insensitive Unicode
 * pattern accepts.
 */
record Starts(String firstChars, List<String> literals) {
    static Starts of(String... literals) {
        StringBuilder first = new StringBuilder();
        for (String l : literals) {
            first.append(Character.toLowerCase(l.charAt(0)));
        }
        return new Starts(first.toString(), List.of(literals));
    }

    boolean at(String text, int pos) {
        char c = text.charAt(pos);
        if (firstChars.indexOf(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) < 0) {
            return false;
        }
        for (String l : literals) {
            if (text.regionMatches(true, pos, l, 0, l.length())) {
                return true;
            }
        }
        return false;
    }
}
