package dev.sesref.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation-aware normalisation shared by indexing (as Lucene char filters) and querying, and
 * the query tokeniser; see docs/search-index.md. The same rules are implemented in search.js.
 */
public final class QueryText {
    /**
     * One normalisation rule: a pattern, its replacement, the characters (both cases) a match can
     * begin with and, unless empty, those it can have second and third; {@code wordStart} says the
     * pattern begins with {@code \\b} before a word character, so no match starts just after an
     * ASCII letter, digit or underscore ({@link Normalizer}).
     */
    record Rule(
            Pattern pattern,
            String replacement,
            String firstChars,
            String secondChars,
            String thirdChars,
            boolean wordStart) {
        Rule(
                String regex,
                String replacement,
                String firstChars,
                String secondChars,
                String thirdChars,
                boolean wordStart) {
            this(
                    Pattern.compile(regex),
                    replacement,
                    firstChars,
                    secondChars,
                    thirdChars,
                    wordStart);
        }
    }

    private static final String DIGITS = "0123456789";

    /** {@code \\s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static final String SPACES = " \t\n\u000B\f\r";

    private static final String DASHES = "-\u2010\u2011\u2013\u2014";

    /** The rules of docs/search-index.md, in order. */
    static final List<Rule> RULES =
            List.of(
                    new Rule(
                            "(?i)\\bU\\.?\\s?S\\.?\\s?C(?:ode)?\\b\\.?",
                            " usc ",
                            "Uu",
                            ". " + SPACES + "Ss",
                            "." + SPACES + "SsCc",
                            true),
                    new Rule("(?i)\\bUnited\\s+States\\s+Code\\b", " usc ", "Uu", "Nn", "Ii", true),
                    new Rule(
                            "(?i)\\bC\\.\\s?F\\.\\s?R\\b\\.?",
                            " cfr ",
                            "Cc",
                            ".",
                            SPACES + "Ff",
                            true),
                    new Rule(
                            "(?i)\\bCode\\s+of\\s+Federal\\s+Regulations\\b",
                            " cfr ",
                            "Cc",
                            "Oo",
                            "Dd",
                            true),
                    new Rule(
                            "(?i)\\b(?:P\\.\\s?L\\.|Pub\\.\\s?L\\.(?:\\s?No\\.)?|Public\\s+Law)",
                            " pl ",
                            "Pp",
                            ".Uu",
                            SPACES + "LlBb",
                            true),
                    new Rule(
                            "(?i)\\b(GS|ES|EX|SL|ST|OF|SF)\\s?[-\u2010\u2011\u2013\u2014](\\d+)\\b",
                            "$1$2",
                            "GgEeSsOo",
                            "SsXxLlTtFf",
                            SPACES + DASHES,
                            true),
                    new Rule(
                            "(\\d)\\s?[-\u2010\u2011\u2013\u2014]\\s?(\\d)",
                            "$1_$2",
                            DIGITS,
                            SPACES + DASHES,
                            SPACES + DASHES + DIGITS,
                            false),
                    new Rule("\u00a7", " ", "\u00a7", "", "", false),
                    new Rule("\u2019", "'", "\u2019", "", "", false),
                    // "title 5, section 4314" as readers write a U.S. Code section
                    new Rule(
                            "(?i)\\btitle\\s+(\\d+),?\\s+(?:(?:section|sec\\.?)\\s*)?(\\d+[a-z]?)\\b",
                            "$1 usc $2",
                            "Tt",
                            "Ii",
                            "Tt",
                            true),
                    new Rule(
                            "(?i)\\b(\\d+)\\s+(usc|cfr)\\s+(\\d+(?:\\.\\d+)?[a-z]?)",
                            "$1$2$3",
                            DIGITS,
                            DIGITS + SPACES,
                            DIGITS + SPACES + "UuCc",
                            true),
                    new Rule("(?i)\\bpl\\s+(\\d+_\\d+)", "pl$1", "Pp", "Ll", SPACES, true),
                    new Rule(
                            "(?i)\\b(\\d+)\\s+Stat\\.?\\s+(\\d+)",
                            "$1stat$2",
                            DIGITS,
                            DIGITS + SPACES,
                            DIGITS + SPACES + "Ss",
                            true));

    private static final Normalizer NORMALIZER = new Normalizer(RULES);
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}_]+(?:['.\u2019][\\p{L}\\p{N}_]+)*");

    private QueryText() {}

    /** Applies the char-filter rules to a text. */
    public static String normalize(String text) {
        return NORMALIZER.apply(text);
    }

    /**
     * Query tokens: normalised, lower-cased, possessive removed, stop words dropped, not stemmed.
     */
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
