package dev.sesref.content;

import java.util.regex.Pattern;

/**
 * The one rule for ids used in anchors and cross-references: lower-case letters, digits and
 * hyphens.
 */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Ids() {}

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static String require(String id, String what) {
        if (!valid(id)) {
            throw new IllegalArgumentException(
                    what + " must be lower-case letters, digits and hyphens: " + id);
        }
        return id;
    }

    /** A valid id made from free text, e.g. "Career SES" becomes "career-ses". */
    public static String slug(String text) {
        String s = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "item" : s;
    }
}
