package dev.sesref.search;

/**
 * Quick tests on lower-cased text, one per costly normalisation rule of {@link QueryText}: each is
 * true whenever the rule's pattern can match (it checks the pattern's letters, digits and dashes in
 * order, ignoring word boundaries), so answering false only skips a scan that would find nothing.
 */
final class Guards {
    private static final String DASHES = "-\u2010\u2011\u2013\u2014";
    private static final String[] GRADES = {"gs", "es", "ex", "sl", "st", "of", "sf"};

    private Guards() {
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static char at(String t, int i) {
        return i >= 0 && i < t.length() ? t.charAt(i) : '\0';
    }

    /** U, optional dot, optional space, S, optional dot, optional space, C. */
    static boolean usc(String t) {
        for (int i = t.indexOf('u'); i >= 0; i = t.indexOf('u', i + 1)) {
            int j = i + 1;
            j += at(t, j) == '.' ? 1 : 0;
            j += space(at(t, j)) ? 1 : 0;
            if (at(t, j) != 's') {
                continue;
            }
            j++;
            j += at(t, j) == '.' ? 1 : 0;
            j += space(at(t, j)) ? 1 : 0;
            if (at(t, j) == 'c') {
                return true;
            }
        }
        return false;
    }

    /** "p." then optional space then "l.", or "pub.", or "public" then spaces then "law". */
    static boolean publicLaw(String t) {
        if (t.contains("pub.")) {
            return true;
        }
        for (int i = t.indexOf("p."); i >= 0; i = t.indexOf("p.", i + 1)) {
            int j = i + 2;
            j += space(at(t, j)) ? 1 : 0;
            if (at(t, j) == 'l' && at(t, j + 1) == '.') {
                return true;
            }
        }
        for (int i = t.indexOf("public"); i >= 0; i = t.indexOf("public", i + 1)) {
            int j = i + 6;
            if (!space(at(t, j))) {
                continue;
            }
            while (space(at(t, j))) {
                j++;
            }
            if (t.startsWith("law", j)) {
                return true;
            }
        }
        return false;
    }

    /** A grade letter pair, optional space, a dash, a digit: "gs-15", "es 1". */
    static boolean gradeDash(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (DASHES.indexOf(t.charAt(k)) < 0 || !digit(at(t, k + 1))) {
                continue;
            }
            int end = space(at(t, k - 1)) ? k - 1 : k;
            for (String g : GRADES) {
                if (at(t, end - 2) == g.charAt(0) && at(t, end - 1) == g.charAt(1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A digit, optional space, a dash, optional space, a digit: "95-454", "3131 – 3136". */
    static boolean digitDash(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (DASHES.indexOf(t.charAt(k)) < 0) {
                continue;
            }
            boolean before = digit(at(t, k - 1)) || (space(at(t, k - 1)) && digit(at(t, k - 2)));
            boolean after = digit(at(t, k + 1)) || (space(at(t, k + 1)) && digit(at(t, k + 2)));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /** A digit, spaces, "usc" or "cfr", spaces, a digit: "5 usc 3132". */
    static boolean numberedCode(String t) {
        return numberedCode(t, "usc") || numberedCode(t, "cfr");
    }

    private static boolean numberedCode(String t, String code) {
        for (int k = t.indexOf(code); k >= 0; k = t.indexOf(code, k + 1)) {
            int j = k - 1;
            if (!space(at(t, j))) {
                continue;
            }
            while (space(at(t, j))) {
                j--;
            }
            int m = k + code.length();
            if (!digit(at(t, j)) || !space(at(t, m))) {
                continue;
            }
            while (space(at(t, m))) {
                m++;
            }
            if (digit(at(t, m))) {
                return true;
            }
        }
        return false;
    }
}
