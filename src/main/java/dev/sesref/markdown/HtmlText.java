package dev.sesref.markdown;

/** Escaping of text for HTML content and attribute values, as flexmark escapes text. */
public final class HtmlText {
    private HtmlText() {}

    /** The text with {@code & < > "} written as entities. */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity =
                    switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        default -> null;
                    };
            if (entity != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (entity == null) {
                    sb.append(c);
                } else {
                    sb.append(entity);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
