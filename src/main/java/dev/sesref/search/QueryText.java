package dev.sesref.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation-aware normalisation shared by indexing (as Lucene char filters) and querying, and the
 * query tokeniser; see docs/search-index.md. The same rules are implemented in search.js.
 */
public final class QueryText {
    /**
     * One normalisation rule: a pattern, its replacement, and lower-case literals of which the text
     * must contain one for the pattern to be tried at all (none: always tried). The guards keep long
     * pages from paying for fourteen word-boundary scans each.
     */
    record Rule(Pattern pattern, String replacement, List<String> guards) {
        Rule(String regex, String replacement, String... guards) {
            this(Pattern.compile(regex), replacement, List.of(guards));
        }

        boolean mayApply(String lower) {
            return guards.isEmpty() || guards.stream().anyMatch(lower::contains);
        }
    }

    /** The rules of docs/search-index.md, in order. */
    static final List<Rule> RULES = List.of(
            new Rule("(?i)\\bU\\.?\\s?S\\.?\\s?C(?:ode)?\\b\\.?", " usc ", "usc", "u.s", "u. s", "us c", "u s", "us.",
                    "us\n", "us\t", "u\ns", "u\ts", "u.\ns", "u.\ts"),
            new Rule("(?i)\\bUnited\\s+States\\s+Code\\b", " usc ", "united"),
            new Rule("(?i)\\bC\\.\\s?F\\.\\s?R\\b\\.?", " cfr ", "c.f", "c. f", "c.\nf", "c.\tf"),
            new Rule("(?i)\\bCode\\s+of\\s+Federal\\s+Regulations\\b", " cfr ", "federal"),
            new Rule("(?i)\\b(?:P\\.\\s?L\\.|Pub\\.\\s?L\\.(?:\\s?No\\.)?|Public\\s+Law)", " pl ", "p.l", "p. l", "p.\nl", "p.\tl", "pub", "public"),
            new Rule("(?i)\\b(GS|ES|EX|SL|ST|OF|SF)\\s?[-\u2010\u2011\u2013\u2014](\\d+)\\b", "$1$2", "-", "\u2010", "\u2011", "\u2013", "\u2014"),
            new Rule("(\\d)\\s?[-\u2010\u2011\u2013\u2014]\\s?(\\d)", "$1_$2", "-", "\u2010", "\u2011", "\u2013", "\u2014"),
            new Rule("\u00a7", " ", "\u00a7"),
            new Rule("\u2019", "'", "\u2019"),
            new Rule("(?i)\\b(\\d+)\\s+(usc|cfr)\\s+(\\d+(?:\\.\\d+)?[a-z]?)", "$1$2$3", "usc", "cfr"),
            new Rule("(?i)\\bpl\\s+(\\d+_\\d+)", "pl$1", "pl ", "pl\n", "pl\t"),
            new Rule("(?i)\\b(\\d+)\\s+Stat\\.?\\s+(\\d+)", "$1stat$2", "stat"));
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+(?:['.\u2019][\\p{L}\\p{N}_]+)*");

    private QueryText() {
    }

    /** Applies the char-filter rules to a text. */
    public static String normalize(String text) {
        String s = text;
        String lower = s.toLowerCase(Locale.ROOT);
        for (Rule rule : RULES) {
            if (rule.mayApply(lower)) {
                String replaced = rule.pattern().matcher(s).replaceAll(rule.replacement());
                if (!replaced.equals(s)) {
                    s = replaced;
                    lower = s.toLowerCase(Locale.ROOT);
                }
            }
        }
        return s;
    }

    /** Query tokens: normalised, lower-cased, possessive removed, stop words dropped, not stemmed. */
    public static List<String> tokens(String text, java.util.Set<String> stopWords) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(normalize(text).toLowerCase(Locale.ROOT));
        while (m.find()) {
            String t = m.group().replace('\u2019', '\'');
            if (t.endsWith("'s")) {
                t = t.substring(0, t.length() - 2);
            }
            if (!t.isEmpty() && !stopWords.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
