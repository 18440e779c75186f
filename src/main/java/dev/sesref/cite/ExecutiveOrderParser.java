package dev.sesref.cite;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises executive orders by number (package-private): {@code Executive Order 14171} (any
 * case), {@code Executive Order No. 14171}, {@code E.O. 14171}, {@code EO 14171}. Numbers have four
 * or five digits; "executive order" without a number is prose, not a citation.
 */
final class ExecutiveOrderParser implements CitationParser {

    private static final Pattern CITE =
            Pattern.compile(
                    ScanText.WORD_START
                            + "(?:(?i:executive\\s+order)|E\\.\\s?O\\.|EO)(?:\\s*No\\.)?\\s*([1-9]\\d{3,4})(?![\\p{L}\\p{N}])");
    private static final Starts ORDER_START = Starts.of("executive", "e.", "eo");

    @Override
    public void parse(Results out) {
        out.text().forEach(CITE, ORDER_START, m -> handle(out, m));
    }

    private static void handle(Results out, MatchResult m) {
        out.single(m.start(), m.end(), Authority.executiveOrder(Integer.parseInt(m.group(1))));
    }
}
