package dev.sesref.cite;

import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises Code of Federal Regulations citations (package-private).
 *
 * <p>Forms: {@code 5 CFR 317.903}, {@code 5 C.F.R. § 317.903(b)(1)}, ranges and lists of sections,
 * {@code 5 CFR part 317}, {@code 5 CFR pt. 317}, {@code 5 CFR parts 317 and 319}, {@code 5 CFR 317}
 * (a part), {@code 5 CFR part 430, subpart C}, {@code 5 CFR 430 subpart C}, {@code 5 Code of
 * Federal Regulations 317.903}, {@code title 5 of the Code of Federal Regulations, part 317},
 * {@code part 317 of title 5, Code of Federal Regulations}, {@code subpart C of part 430 of title
 * 5, Code of Federal Regulations}. Malformed: {@code 5 CFR 317.} (a part and a dot, no section),
 * {@code 5 CFR part}, {@code 5 CFR §}.
 */
final class CfrParser implements CitationParser {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String CFR_WORDS =
            "(?:Code\\s+of\\s+Federal\\s+Regulations|C\\.?\\s?F\\.?\\s?R\\.?)(?!\\p{L})";
    private static final String UNIT_WORD =
            "(?:parts?|pts?\\.|§{1,2}|secs?\\.|sections?)(?!\\p{L})";

    private static final Pattern TITLE_FIRST =
            Pattern.compile(ScanText.LEFT_EDGE + "([1-9]\\d?)\\s*" + CFR_WORDS, CI);
    private static final Pattern TITLE_THEN_UNIT =
            Pattern.compile(
                    ScanText.WORD_START
                            + "title\\s+([1-9]\\d?)"
                            + "(?:\\s*,\\s*|\\s+of\\s+the\\s+|\\s+)"
                            + CFR_WORDS
                            + "\\s*,?\\s*(?="
                            + UNIT_WORD
                            + ")",
                    CI);
    private static final Pattern KEYWORD_LED =
            Pattern.compile(
                    ScanText.WORD_START
                            + "(?:subpart\\s+([A-Z]{1,3})\\s*,?\\s+of\\s+)?("
                            + UNIT_WORD
                            + ")\\s*(?=\\d)",
                    CI);
    private static final Pattern OF_TITLE =
            Pattern.compile(
                    "\\s*,?\\s+of\\s+title\\s+([1-9]\\d?)"
                            + "(?:\\s*,\\s*|\\s+of\\s+the\\s+|\\s+)"
                            + CFR_WORDS,
                    CI);
    private static final Pattern PART_WORD =
            Pattern.compile("(?:parts?|pts?\\.)(?!\\p{L})\\s*", CI);
    private static final Pattern SECTION_WORD =
            Pattern.compile("(?:§{1,2}|secs?\\.|sections?(?!\\p{L}))\\s*", CI);
    private static final Pattern SUBPART =
            Pattern.compile("\\s*,?\\s*subpart\\s+([A-Z]{1,3})(?![\\p{L}\\p{N}])", CI);
    private static final Pattern PART_DOT = Pattern.compile("([1-9]\\d{0,4})\\.(?!\\d)", CI);
    private static final Pattern SUFFIX = Pattern.compile("\\s*,?\\s+et\\s*seq\\.?", CI);

    /** "5 CFR", "5 Code of Federal Regulations": a title of one or two digits, then C. */
    private static final Starts NUMBER_THEN_C = Starts.number(2, "Cc");

    private static final Starts UNIT = Starts.of("subpart", "part", "pt", "§", "sec");

    @Override
    public void parse(Results out) {
        ScanText t = out.text();
        t.forEach(
                TITLE_FIRST,
                NUMBER_THEN_C,
                m -> afterTitle(out, m.start(), m.end(), Integer.parseInt(m.group(1)), false));
        t.forEach(
                TITLE_THEN_UNIT,
                Starts.TITLE,
                m -> afterTitle(out, m.start(), m.end(), Integer.parseInt(m.group(1)), true));
        t.forEach(KEYWORD_LED, UNIT, m -> keywordLed(out, m));
    }

    /** What follows "5 CFR" or "title 5 of the Code of Federal Regulations,". */
    private void afterTitle(Results out, int start, int anchorEnd, int title, boolean needKeyword) {
        String text = out.text().text();
        int pos = ScanText.skipSpace(text, anchorEnd);
        MatchResult pw = out.text().at(PART_WORD, pos);
        if (pw != null) {
            ItemReader.Items parts =
                    ItemReader.read(out.text(), pw.end(), ItemReader.Grammar.CFR_PART);
            if (parts == null) {
                out.malformed(
                        start,
                        UscParser.trimEnd(text, pw.end()),
                        "has no part number; write e.g. '" + title + " CFR part 317'");
            } else {
                parts(out, start, parts, title);
            }
            return;
        }
        MatchResult sw = out.text().at(SECTION_WORD, pos);
        if (sw != null) {
            ItemReader.Items secs =
                    ItemReader.read(out.text(), sw.end(), ItemReader.Grammar.CFR_SECTION);
            if (secs == null) {
                out.malformed(
                        start,
                        UscParser.trimEnd(text, sw.end()),
                        "has no section number after '"
                                + sw.group().strip()
                                + "'; write e.g. '"
                                + title
                                + " CFR § 317.903'");
            } else {
                sections(out, start, secs, title);
            }
            return;
        }
        if (!needKeyword) {
            bareNumbers(out, start, pos, title);
        }
    }

    /** "5 CFR 317.903", "5 CFR 317" (a part), or the malformed "5 CFR 317.". */
    private void bareNumbers(Results out, int start, int pos, int title) {
        ItemReader.Items secs = ItemReader.read(out.text(), pos, ItemReader.Grammar.CFR_SECTION);
        if (secs != null) {
            sections(out, start, secs, title);
            return;
        }
        MatchResult dot = out.text().at(PART_DOT, pos);
        if (dot != null) {
            out.malformed(
                    start,
                    dot.end(),
                    "has no section after the part; write e.g. '5 CFR 317.903', or '"
                            + title
                            + " CFR part "
                            + dot.group(1)
                            + "' for the whole part");
            return;
        }
        ItemReader.Items parts = ItemReader.read(out.text(), pos, ItemReader.Grammar.CFR_PART);
        if (parts != null) {
            parts(out, start, parts, title);
        }
    }

    /** "part 317 of title 5, Code of Federal Regulations" and the like. */
    private void keywordLed(Results out, MatchResult kw) {
        boolean isPart = kw.group(2).toLowerCase(Locale.ROOT).startsWith("p");
        ItemReader.Grammar grammar =
                isPart ? ItemReader.Grammar.CFR_PART : ItemReader.Grammar.CFR_SECTION;
        ItemReader.Items items = ItemReader.read(out.text(), kw.end(), grammar);
        if (items == null) {
            return;
        }
        String subpart = kw.group(1);
        int end = items.end();
        MatchResult sub = isPart && subpart == null ? out.text().at(SUBPART, end) : null;
        if (sub != null) {
            subpart = sub.group(1);
            end = sub.end();
        }
        MatchResult of = out.text().at(OF_TITLE, end);
        if (of == null
                || subpart != null
                        && (!isPart
                                || items.items().size() != 1
                                || items.items().get(0).isRange())) {
            return;
        }
        int title = Integer.parseInt(of.group(1));
        if (subpart != null) {
            String part = items.items().get(0).first().value();
            out.single(kw.start(), of.end(), Authority.cfrSubpart(title, part, subpart));
        } else {
            emit(out, kw.start(), of.end(), title, items, isPart);
        }
    }

    private void parts(Results out, int start, ItemReader.Items parts, int title) {
        List<ItemReader.Item> items = parts.items();
        MatchResult sub = out.text().at(SUBPART, parts.end());
        if (sub != null && items.size() == 1 && !items.get(0).isRange()) {
            String part = items.get(0).first().value();
            out.single(start, sub.end(), Authority.cfrSubpart(title, part, sub.group(1)));
            return;
        }
        emit(out, start, parts.end(), title, parts, true);
    }

    private void sections(Results out, int start, ItemReader.Items secs, int title) {
        MatchResult suffix = out.text().at(SUFFIX, secs.end());
        emit(out, start, suffix == null ? secs.end() : suffix.end(), title, secs, false);
    }

    private void emit(
            Results out, int start, int end, int title, ItemReader.Items items, boolean isPart) {
        ItemRefs.Built built =
                ItemRefs.build(
                        items,
                        out.text().text(),
                        start,
                        end,
                        (value, paras) ->
                                isPart
                                        ? Authority.cfrPart(title, value)
                                        : Authority.cfr(
                                                title, value, paras.toArray(String[]::new)));
        if (built.problem() != null) {
            out.malformed(start, end, built.problem());
        } else {
            out.match(start, end, built.refs());
        }
    }
}
