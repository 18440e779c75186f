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
     * One normalisation rule: a pattern, its replacement, and a test on the lower-cased text that
     * holds whenever the pattern can match (so a false answer skips the pattern). The tests keep long
     * pages from paying for a dozen regular-expression scans each, which cost most of the analysis.
     */
    record Rule(Pattern pattern, String replacement, java.util.function.Predicate<String> mayMatch) {
        Rule(String regex, String replacement, String... guards) {
            this(Pattern.compile(regex), replacement, guards.length == 0 ? t -> true
                    : t -> java.util.Arrays.stream(guards).anyMatch(t::contains));
        }

        Rule(String regex, String replacement, java.util.function.Predicate<String> mayMatch) {
            this(Pattern.compile(regex), replacement, mayMatch);
        }

        boolean mayApply(String lower) {
            return mayMatch.test(lower);
        }
    }

    /** The rules of docs/search-index.md, in order. */
    static final List<Rule> RULES = List.of(
            new Rule("(?i)\\bU\\.?\\s?S\\.?\\s?C(?:ode)?\\b\\.?", " usc ", Guards::usc),
            new Rule("(?i)\\bUnited\\s+States\\s+Code\\b", " usc ", "united"),
            new Rule("(?i)\\bC\\.\\s?F\\.\\s?R\\b\\.?", " cfr ", "c.f", "c. f", "c.\nf", "c.\tf"),
            new Rule("(?i)\\bCode\\s+of\\s+Federal\\s+Regulations\\b", " cfr ", "regulations"),
            new Rule("(?i)\\b(?:P\\.\\s?L\\.|Pub\\.\\s?L\\.(?:\\s?No\\.)?|Public\\s+Law)", " pl ", Guards::publicLaw),
            new Rule("(?i)\\b(GS|ES|EX|SL|ST|OF|SF)\\s?[-\u2010\u2011\u2013\u2014](\\d+)\\b", "$1$2", Guards::gradeDash),
            new Rule("(\\d)\\s?[-\u2010\u2011\u2013\u2014]\\s?(\\d)", "$1_$2", Guards::digitDash),
            new Rule("\u00a7", " ", "\u00a7"),
            new Rule("\u2019", "'", "\u2019"),
            new Rule("(?i)\\b(\\d+)\\s+(usc|cfr)\\s+(\\d+(?:\\.\\d+)?[a-z]?)", "$1$2$3", Guards::numberedCode),
            new Rule("(?i)\\bpl\\s+(\\d+_\\d+)", "pl$1", "pl ", "pl\n", "pl\t"),
            new Rule("(?i)\\b(\\d+)\\s+Stat\\.?\\s+(\\d+)", "$1stat$2", "stat.", "stat ", "stat\t", "stat\n",
                    "stat\u000b", "stat\f", "stat\r"));
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
