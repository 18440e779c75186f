package dev.sesref.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the YAML parser's terse messages into ones that say what to do. */
final class YamlMessages {
    private YamlMessages() {}

    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    static String explain(String raw) {
        String msg = raw == null ? "syntax error" : firstLine(raw);
        if (raw != null && raw.contains("\\t(TAB)")) {
            return "a tab character cannot indent YAML; indent with spaces";
        }
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("mapping values are not allowed")) {
            return msg + " (a value that contains ': ' must be put in quotes)";
        }
        if (lower.contains("could not find expected ':'")) {
            return msg
                    + " (each line of a mapping needs 'key: value'; check indentation and quotes)";
        }
        if (lower.contains("end of stream")
                || lower.contains("unexpected end")
                || lower.contains("<stream end>")) {
            return msg + " (a quote or bracket is not closed)";
        }
        if (lower.contains("did not find expected key") || lower.contains("expected <block end>")) {
            return msg + " (check the indentation of this line against the lines above)";
        }
        return msg;
    }

    /**
     * The position of the problem itself, which the YAML parser names last in its message ("line 4,
     * column 1"); null when the message names none. Lines and columns are 1-based.
     */
    static int[] problemMark(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = MARK.matcher(raw);
        int[] last = null;
        while (m.find()) {
            last = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        return last;
    }

    /**
     * The parser's context and problem sentences, without the excerpts and marks it interleaves.
     */
    private static String firstLine(String raw) {
        StringBuilder sb = new StringBuilder();
        for (String line : raw.strip().split("\n")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            int in = line.indexOf(" in 'reader'");
            String part = (in < 0 ? line : line.substring(0, in)).strip();
            if (!part.isEmpty()) {
                sb.append(sb.length() == 0 ? "" : ": ").append(part);
            }
        }
        return sb.length() == 0 ? "syntax error" : sb.toString();
    }
}
