package dev.sesref.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises Statutes at Large citations (package-private): {@code 92 Stat. 1111}, {@code 92 Stat
 * 1111}, and page lists {@code 92 Stat. 1111, 1154}.
 *
 * <p>Pin cites and page lists: every further page after a comma becomes its own ref ({@code 92
 * Stat. 1111, 1154} gives stat/92/1111 and stat/92/1154, each spanning its number), because the
 * later page is where the cited provision is printed and govinfo's link service resolves any page.
 * A further number counts only if it is larger than the one before and is not followed by a unit
 * word or another citation's abbreviation. A lower-case "stat" counts only with its period ("92
 * stat. 1111"), so prose like "the 2 stat 10" is not a citation.
 */
final class StatuteParser implements CitationParser {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CITE =
            Pattern.compile(
                    ScanText.LEFT_EDGE
                            + "([1-9]\\d{0,2})\\s+(Stat(?!\\p{L})\\.?)\\s*([1-9]\\d{0,4})(?![\\p{L}\\p{N}])(?!,\\d{3})",
                    CI);
    private static final Pattern MORE =
            Pattern.compile(
                    "\\s*,\\s*([1-9]\\d{0,4})(?![\\p{L}\\p{N}])(?!,\\d)"
                            + "(?!\\s*(?:U\\.?\\s?S|C\\.?\\s?F\\.?\\s?R|Stat(?!\\p{L})|Fed\\.|%|percent|days?|years?|months?)(?!\\p{L}))",
                    CI);

    /**
     * "92 Stat. 1111": a volume of up to three digits, then S (or the long s, which the pattern
     * folds to s).
     */
    private static final Starts VOLUME_THEN_STAT = Starts.number(3, "Ss\u017F");

    @Override
    public void parse(Results out) {
        out.text().forEach(CITE, VOLUME_THEN_STAT, m -> handle(out, m));
    }

    private void handle(Results out, MatchResult m) {
        String word = m.group(2);
        if (word.startsWith("s") && !word.endsWith(".")) {
            return;
        }
        int volume = Integer.parseInt(m.group(1));
        int page = Integer.parseInt(m.group(3));
        List<CitationRef> refs = new ArrayList<>();
        refs.add(new CitationRef(Authority.statute(volume, page), m.start(3), m.end(3)));
        int end = m.end();
        MatchResult more;
        while ((more = out.text().at(MORE, end)) != null
                && Integer.parseInt(more.group(1)) > page) {
            page = Integer.parseInt(more.group(1));
            refs.add(new CitationRef(Authority.statute(volume, page), more.start(1), more.end(1)));
            end = more.end();
        }
        if (refs.size() == 1) {
            out.single(m.start(), end, refs.get(0).authority());
        } else {
            out.match(m.start(), end, refs);
        }
    }
}
