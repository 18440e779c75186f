package dev.sesref.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Index-time analysis (terms with position increments) and query tokens, form by form. */
class SearchAnalyzerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Under 5 U.S.C. 3395(e), the rule|under 5usc3395 5/0 usc/0 3395/0 e rule|seed 000: section with subsection",
                "5 USC 3132|5usc3132 5/0 usc/0 3132/0|seed 002 form",
                "5 U.S.C. §§ 3131–3136|5usc3131_3136 5/0 usc/0 3131_3136/0 3131/0 3136/0|seed 000 range",
                "5 CFR 317.903(b)|5cfr317.903 5/0 cfr/0 317.903/0 317/0 903/0 b|seed 002 regulation",
                "P.L. 95-454|pl95_454 pl/0 95_454/0 95/0 454/0|seed 002 public law",
                "Pub. L. No. 95-454|pl95_454 pl/0 95_454/0 95/0 454/0|Bluebook public law",
                "92 Stat. 1111|92stat1111 92/0 stat/0 1111/0|Statutes at Large",
                "a GS-15 employee|gs15 employe|pay grade",
                "the agency's executives|agenc execut|possessive and stems",
                "(202) 606-1800|202 606_1800 606/0 1800/0|phone number in seed 002",
            })
    void indexTerms(String text, String expected, String provenance) throws Exception {
        assertEquals(expected, String.join(" ", analyze(text)), provenance);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "5 U.S.C. 3395|5usc3395",
                "5 usc 3395|5usc3395",
                "P.L. 95-454|pl95_454",
                "95-454|95_454",
                "GS-15 vs SES|gs15 vs ses",
                "can I earn comp time|earn comp time",
                "the agency’s rules|agency rules",
            })
    void queryTokens(String query, String expected) {
        assertEquals(
                expected,
                String.join(
                        " ",
                        QueryText.tokens(
                                query,
                                Set.copyOf(
                                        SearchAnalyzer.STOP.stream()
                                                .map(o -> new String((char[]) o))
                                                .toList()))));
    }

    /**
     * The memo ({@link WordMemoFilter}) gives exactly what the plain filter chain gives, position
     * increments included, on the site's own pages and on the edge cases of stop words and
     * possessives.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void memoMatchesPlainChain(String name, String text) throws Exception {
        try (SearchAnalyzer a = new SearchAnalyzer(ConcurrentHashMap.newKeySet());
                Analyzer plain = new PlainChain()) {
            for (int round = 0; round < 2; round++) {
                assertEquals(terms(plain, text), terms(a, text), name + ", round " + round);
            }
        }
    }

    static Stream<Arguments> texts() throws IOException {
        Stream<Arguments> edges =
                Stream.of(
                        Arguments.of("stop words at the end", "rules of the agency and of the"),
                        Arguments.of("only stop words", "the of and a"),
                        Arguments.of(
                                "stop words in a row", "Senior the and a Executive of of Service"),
                        Arguments.of(
                                "possessives", "the agency's and the agency’s executives' rules"),
                        Arguments.of(
                                "citations after stop words",
                                "under the 5 U.S.C. 3131–3136 and the P.L. 95-454"));
        List<Arguments> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                pages.add(Arguments.of(f.toString(), Files.readString(f)));
            }
        }
        return Stream.concat(edges, pages.stream());
    }

    /** The analysis written as one Lucene filter chain, without the memo: the reference. */
    private static final class PlainChain extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            try {
                StringWriter text = new StringWriter();
                reader.transferTo(text);
                return new StringReader(QueryText.normalize(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, SearchAnalyzer.STOP);
            s = new CitationPartsFilter(s);
            s = new PatternKeywordMarkerFilter(s, Pattern.compile(".*\\d.*"));
            return new TokenStreamComponents(source, new PorterStemFilter(s));
        }
    }

    /** Each term with its position increment, and the final increment {@code end()} leaves. */
    private static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "/" + inc.getPositionIncrement());
            }
            ts.end();
            out.add("end/" + inc.getPositionIncrement());
        }
        return out;
    }

    private static List<String> analyze(String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (SearchAnalyzer a = new SearchAnalyzer(ConcurrentHashMap.newKeySet());
                TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + (inc.getPositionIncrement() == 0 ? "/0" : ""));
            }
            ts.end();
        }
        return out;
    }
}
