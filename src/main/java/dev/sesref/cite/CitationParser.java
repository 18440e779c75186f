package dev.sesref.cite;

/** One citation type's recogniser (package-private); adds what it finds to the results. */
interface CitationParser {

    /** Finds this parser's citations in {@code out.text()} and adds them to {@code out}. */
    void parse(Results out);
}
