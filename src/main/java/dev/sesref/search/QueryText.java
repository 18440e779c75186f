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
    /** The char-filter rules, in order: pattern and replacement. */
    static final List<String[]> RULES = List.of(
            new String[] {"(?i)\\bU\\.?\\s?S\\.?\\s?C(?:ode)?\\b\\.?", " usc "},
            new String[] {"(?i)\\bUnited\\s+States\\s+Code\\b", " usc "},
            new String[] {"(?i)\\bC\\.\\s?F\\.\\s?R\\b\\.?", " cfr "},
            new String[] {"(?i)\\bCode\\s+of\\s+Federal\\s+Regulations\\b", " cfr "},
            new String[] {"(?i)\\b(?:P\\.\\s?L\\.|Pub\\.\\s?L\\.(?:\\s?No\\.)?|Public\\s+Law)", " pl "},
            new String[] {"(?i)\\b(GS|ES|EX|SL|ST|OF|SF)\\s?[-\u2010\u2011\u2013\u2014](\\d+)\\b", "$1$2"},
            new String[] {"(\\d)\\s?[-\u2010\u2011\u2013\u2014]\\s?(\\d)", "$1_$2"},
            new String[] {"\u00a7", " "},
            new String[] {"\u2019", "'"},
            new String[] {"(?i)\\b(\\d+)\\s+(usc|cfr)\\s+(\\d+(?:\\.\\d+)?[a-z]?)", "$1$2$3"},
            new String[] {"(?i)\\bpl\\s+(\\d+_\\d+)", "pl$1"},
            new String[] {"(?i)\\b(\\d+)\\s+Stat\\.?\\s+(\\d+)", "$1stat$2"});
    private static final List<Pattern> PATTERNS = RULES.stream().map(r -> Pattern.compile(r[0])).toList();
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+(?:['.\u2019][\\p{L}\\p{N}_]+)*");

    private QueryText() {
    }

    /** Applies the char-filter rules to a text. */
    public static String normalize(String text) {
        String s = text;
        for (int i = 0; i < PATTERNS.size(); i++) {
            s = PATTERNS.get(i).matcher(s).replaceAll(RULES.get(i)[1]);
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
