package dev.sesref.cite;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises Federal Register citations (package-private): {@code 90 FR 8481}, {@code 90 Fed. Reg.
 * 8481}, and a page range {@code 90 FR 8481–8482} or {@code 90 FR 8481-82}, which cites the
 * document that starts on its first page. "FR" counts only in capitals (it is an abbreviation of
 * other things in lower case); "Fed. Reg." in any case, with its periods.
 */
final class FederalRegisterParser implements CitationParser {

    private static final Pattern CITE =
            Pattern.compile(
                    ScanText.LEFT_EDGE
                            + "([1-9]\\d{0,2})\\s+(?:FR|(?i:Fed\\.\\s?Reg\\.))\\s*([1-9]\\d{0,5})"
                            + "(?:\\s*"
                            + ScanText.DASH
                            + "\\s*\\d{1,6})?(?![\\p{L}\\p{N}])");

    /** "90 FR 8481": a volume of up to three digits, then F. */
    private static final Starts VOLUME_THEN_F = Starts.number(3, "Ff");

    @Override
    public void parse(Results out) {
        out.text().forEach(CITE, VOLUME_THEN_F, m -> handle(out, m));
    }

    private static void handle(Results out, MatchResult m) {
        out.single(
                m.start(),
                m.end(),
                Authority.federalRegister(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
}
