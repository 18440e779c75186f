package dev.sesref.yaml;

/** Turns the YAML parser's terse messages into ones that say what to do. */
final class YamlMessages {
    private YamlMessages() {
    }

    static String explain(String raw) {
        String msg = raw == null ? "syntax error" : firstLine(raw);
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("'\\t'") || lower.contains("\\t(tab)") || lower.contains("tab")) {
            return msg + " (YAML does not allow tabs for indentation; indent with spaces)";
        }
        if (lower.contains("mapping values are not allowed")) {
            return msg + " (a value that contains ': ' must be put in quotes)";
        }
        if (lower.contains("could not find expected ':'")) {
            return msg + " (each line of a mapping needs 'key: value'; check indentation and quotes)";
        }
        if (lower.contains("found unexpected end of stream") || lower.contains("unexpected end")) {
            return msg + " (a quote or bracket is not closed)";
        }
        if (lower.contains("did not find expected key") || lower.contains("expected <block end>")) {
            return msg + " (check the indentation of this line against the lines above)";
        }
        return msg;
    }

    private static String firstLine(String raw) {
        String s = raw.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        int in = s.indexOf(" in 'reader'");
        return (in < 0 ? s : s.substring(0, in)).strip();
    }
}
