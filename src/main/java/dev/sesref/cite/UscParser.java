package dev.sesref.cite;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises United States Code citations (package-private).
 *
 * <p>Forms: {@code 5 U.S.C. 3132}, {@code 5 USC 3132}, {@code 5 U.S.C. § 3132}, {@code 5 U.S. Code
 * § 3132}, {@code 5 United States Code 3132}, {@code 5U.S.C.3132}, ranges and lists (see {@link
 * ItemReader}), paragraphs {@code 5724(a)(3)}, trailing {@code et seq.} and {@code note}; {@code
 * section 3132(a)(2) of title 5[, United States Code]}; {@code title 5, United States Code, section
 * 3132}; chapters {@code 5 U.S.C. ch. 31[, subch. II]}, {@code chapter 33 of title 5}, {@code
 * subchapter II of chapter 31 of title 5}.
 */
final class UscParser implements CitationParser {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String USC_WORDS =
            "(?:United\\s+States\\s+Code|U\\.?\\s?S\\.?\\s*Code"
                    + "|U\\.?\\s?S\\.?\\s?C\\.?(?:A\\.?)?)(?!\\p{L})";
    private static final String CFR_AHEAD =
            "\\s*,?\\s*(?:of\\s+the\\s+)?(?:Code\\s+of\\s+Federal|C\\.?\\s?F\\.?\\s?R)";
    private static final String USC_TAIL =
            "(?:\\s*,\\s*United\\s+States\\s+Code|\\s+of\\s+the\\s+United\\s+States\\s+Code"
                    + "|\\s*,?\\s*U\\.?\\s?S\\.?\\s?C\\.?(?!\\p{L}))?";
    private static final String ROMAN = "([IVXLC]{1,9})(?![\\p{L}\\p{N}])";
    private static final String CHAPTER_NO = "([1-9]\\d{0,3}[A-Z]?)(?![\\p{L}\\p{N}])";

    private static final Pattern TITLE_FIRST =
            Pattern.compile(ScanText.LEFT_EDGE + "([1-9]\\d?)\\s*" + USC_WORDS, CI);
    private static final Pattern KEYWORD =
            Pattern.compile("(?:§{1,2}|secs?\\.|sections?(?!\\p{L}))\\s*", CI);
    private static final Pattern CHAPTER_WORD =
            Pattern.compile("(?:chapters?|chap\\.|ch\\.)(?!\\p{L})\\s*", CI);
    private static final Pattern CHAPTER =
            Pattern.compile(
                    CHAPTER_NO + "(?:\\s*,?\\s*(?:subchapter|subch\\.)\\s*" + ROMAN + ")?", CI);
    private static final Pattern KEYWORD_LED =
            Pattern.compile(
                    ScanText.WORD_START + "(?:§{1,2}|secs?\\.|sections?(?!\\p{L}))\\s*(?=\\d)", CI);
    private static final Pattern OF_TITLE =
            Pattern.compile(
                    "\\s*,?\\s+of\\s+title\\s+([1-9]\\d?)(?![\\p{L}\\p{N}])(?!"
                            + CFR_AHEAD
                            + ")"
                            + USC_TAIL,
                    CI);
    private static final Pattern TITLE_SECTION =
            Pattern.compile(
                    ScanText.WORD_START
                            + "title\\s+([1-9]\\d?)"
                            + "(?:\\s*,\\s*|\\s+of\\s+the\\s+|\\s+)(?:United\\s+States\\s+Code|U\\.?\\s?S\\.?\\s?C\\.?)\\s*,?\\s*"
                            + "(?:§{1,2}|secs?\\.|sections?(?!\\p{L}))\\s*(?=\\d)",
                    CI);
    private static final Pattern CHAPTER_OF_TITLE =
            Pattern.compile(
                    ScanText.WORD_START
                            + "(?:(?:subchapter|subch\\.)\\s+"
                            + ROMAN
                            + "\\s*,?\\s+of\\s+)?(?:chapter|ch\\.)\\s+"
                            + CHAPTER_NO
                            + "\\s*,?\\s+of\\s+title\\s+([1-9]\\d?)(?![\\p{L}\\p{N}])(?!"
                            + CFR_AHEAD
                            + ")"
                            + USC_TAIL,
                    CI);
    private static final Pattern SUFFIX =
            Pattern.compile("\\s*,?\\s+et\\s*seq\\.?|\\s+note(?!\\p{L})", CI);

    /** "5 U.S.C.", "5 United States Code": a title of one or two digits, then U. */
    private static final Starts NUMBER_THEN_U = Starts.number(2, "Uu");

    private static final Starts SECTION = Starts.of("§", "sec");
    private static final Starts CHAPTER_START = Starts.of("subch", "ch");

    @Override
    public void parse(Results out) {
        ScanText t = out.text();
        t.forEach(TITLE_FIRST, NUMBER_THEN_U, m -> titleFirst(out, m));
        t.forEach(KEYWORD_LED, SECTION, m -> keywordLed(out, m));
        t.forEach(
                TITLE_SECTION,
                Starts.TITLE,
                m -> sections(out, m.start(), m.end(), Integer.parseInt(m.group(1))));
        t.forEach(
                CHAPTER_OF_TITLE,
                CHAPTER_START,
                m ->
                        chapter(
                                out,
                                m.start(),
                                m.end(),
                                Integer.parseInt(m.group(3)),
                                m.group(2),
                                m.group(1)));
    }

    /**
     * "5 U.S.C. ..." : chapter, sections, or a bare "5 U.S.C." (ignored) / "5 U.S.C. §"
     * (malformed).
     */
    private void titleFirst(Results out, MatchResult anchor) {
        String text = out.text().text();
        int title = Integer.parseInt(anchor.group(1));
        int pos = ScanText.skipSpace(text, anchor.end());
        MatchResult ch = out.text().at(CHAPTER_WORD, pos);
        if (ch != null) {
            MatchResult no = out.text().at(CHAPTER, ch.end());
            if (no == null) {
                out.malformed(
                        anchor.start(),
                        trimEnd(text, ch.end()),
                        "has no chapter number; write e.g. '" + title + " U.S.C. chapter 31'");
            } else {
                chapter(out, anchor.start(), no.end(), title, no.group(1), no.group(2));
            }
            return;
        }
        MatchResult kw = out.text().at(KEYWORD, pos);
        int itemsAt = kw == null ? pos : kw.end();
        if (kw != null
                && ItemReader.read(out.text(), itemsAt, ItemReader.Grammar.USC_SECTION) == null) {
            out.malformed(
                    anchor.start(),
                    trimEnd(text, kw.end()),
                    "has no section number after '"
                            + kw.group().strip()
                            + "'; write e.g. '"
                            + title
                            + " U.S.C. § 3132'");
            return;
        }
        sections(out, anchor.start(), itemsAt, title);
    }

    /** "section 3132 of title 5[, United States Code]". */
    private void keywordLed(Results out, MatchResult kw) {
        ItemReader.Items items =
                ItemReader.read(out.text(), kw.end(), ItemReader.Grammar.USC_SECTION);
        if (items == null) {
            return;
        }
        MatchResult of = out.text().at(OF_TITLE, items.end());
        if (of != null) {
            emit(out, kw.start(), of.end(), Integer.parseInt(of.group(1)), items);
        }
    }

    /**
     * Reads items at {@code itemsAt} (after "5 U.S.C. §" or "title 5, U.S.C., section") and emits
     * them.
     */
    private void sections(Results out, int start, int itemsAt, int title) {
        ItemReader.Items items =
                ItemReader.read(out.text(), itemsAt, ItemReader.Grammar.USC_SECTION);
        if (items == null) {
            return;
        }
        MatchResult suffix = out.text().at(SUFFIX, items.end());
        emit(out, start, suffix == null ? items.end() : suffix.end(), title, items);
    }

    private void emit(Results out, int start, int end, int title, ItemReader.Items items) {
        String text = out.text().text();
        ItemRefs.Built built =
                ItemRefs.build(
                        items,
                        text,
                        start,
                        end,
                        (value, paras) ->
                                Authority.usc(title, value, paras.toArray(String[]::new)));
        if (built.problem() != null) {
            out.malformed(start, end, built.problem());
        } else {
            out.match(start, end, built.refs());
        }
    }

    private void chapter(Results out, int start, int end, int title, String chapter, String roman) {
        String ch = chapter.toUpperCase(Locale.ROOT);
        if (roman == null) {
            out.single(start, end, Authority.uscChapter(title, ch));
            return;
        }
        String numeral = roman.toUpperCase(Locale.ROOT);
        if (Roman.toInt(numeral) < 0) {
            out.malformed(
                    start,
                    end,
                    "has an invalid subchapter numeral '"
                            + roman
                            + "'; write e.g. 'subchapter II'");
            return;
        }
        out.single(start, end, Authority.uscSubchapter(title, ch, numeral));
    }

    static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
