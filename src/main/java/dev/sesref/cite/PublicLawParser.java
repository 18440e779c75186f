package dev.sesref.cite;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises Public Law citations (package-private).
 *
 * <p>Forms: {@code P.L. 95-454}, {@code Pub. L. 95-454}, {@code Pub. L. No. 95-454}, {@code Public
 * Law 95-454}, {@code PL 95-454}, any dash between the numbers. A leading {@code section 401 of} /
 * {@code title IV of} and a trailing {@code , title IV, § 401(a)} are part of the match; the target
 * is always the whole law (pl/95/454). Malformed: {@code Pub. L. 95-} (no law number), {@code P.L.
 * 954} (no hyphen; not reported for the bare "PL" prefix, which is too common in other senses).
 */
final class PublicLawParser implements CitationParser {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PREFIX =
            "(?:(?:sections?|secs?\\.|§{1,2})\\s*[1-9]\\d{0,3}[a-z]?(?:\\([a-z0-9]{1,4}\\)){0,4}"
                    + "\\s*,?\\s+of\\s+)?(?:title\\s+[IVXLC]{1,6}\\s*,?\\s+of\\s+)?";
    private static final String LAW =
            "(?:P\\.\\s?L\\.|Pub\\.\\s?L\\.|Pub\\.?\\s?Law|Public\\s+Law|(PL))";
    private static final String SUFFIX =
            "(?:\\s*,\\s*title\\s+[IVXLC]{1,6}(?![\\p{L}\\p{N}]))?"
                    + "(?:\\s*,\\s*(?:§{1,2}|secs?\\.)\\s*[1-9]\\d{0,3}[a-z]?(?:\\([a-z0-9]{1,4}\\)){0,4})?";

    /**
     * Congress and law number, with the parts after the Congress optional so malformed forms are
     * caught.
     */
    private static final Pattern CITE =
            Pattern.compile(
                    ScanText.WORD_START
                            + "("
                            + PREFIX
                            + ")"
                            + LAW
                            + "(?:\\s*No\\.)?\\s*(\\d{1,4})(?:\\s*("
                            + ScanText.DASH
                            + ")\\s*(\\d{1,5})?)?"
                            + "(?![\\p{L}\\p{N}]|\\s*"
                            + ScanText.DASH
                            + ")",
                    CI);

    private static final Pattern TAIL = Pattern.compile(SUFFIX + "(?![\\p{L}\\p{N}])", CI);
    private static final Starts LAW_START = Starts.of("sec", "§", "title", "p");

    /** Congresses above this are treated as typos. */
    static final int MAX_CONGRESS = 150;

    @Override
    public void parse(Results out) {
        out.text().forEach(CITE, LAW_START, m -> handle(out, m));
    }

    private void handle(Results out, MatchResult m) {
        boolean barePl = m.group(2) != null;
        String congress = m.group(3);
        String dash = m.group(4);
        String number = m.group(5);
        int lawStart = m.start() + m.group(1).length();
        if (number == null
                || congress.length() > 3
                || Integer.parseInt(congress) == 0
                || Integer.parseInt(congress) > MAX_CONGRESS
                || number.startsWith("0")) {
            if (!barePl && m.group(1).isEmpty()) {
                out.malformed(
                        lawStart,
                        UscParser.trimEnd(out.text().text(), m.end()),
                        advice(congress, dash, number));
            }
            return;
        }
        MatchResult tail = out.text().at(TAIL, m.end());
        int end = tail == null ? m.end() : tail.end();
        out.single(
                m.start(),
                end,
                Authority.publicLaw(Integer.parseInt(congress), Integer.parseInt(number)));
    }

    private static String advice(String congress, String dash, String number) {
        if (dash != null && number == null) {
            return "has no law number after the Congress; write e.g. 'Pub. L. "
                    + congress
                    + "-454'";
        }
        if (dash == null) {
            return "lacks the hyphen between Congress and law number; write e.g. 'Pub. L. 95-454'"
                    + " (95th Congress, law 454)";
        }
        return "has an impossible Congress or law number; write e.g. 'Pub. L. 95-454' (95th Congress, law 454)";
    }
}
