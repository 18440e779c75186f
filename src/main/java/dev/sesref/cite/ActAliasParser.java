package dev.sesref.cite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Recognises named acts from the alias table (package-private): whole words, case-insensitive, any
 * run of spaces between words, longest alias first. Every target of an alias gets a ref spanning
 * the whole name. Candidate positions are found by plain {@code indexOf} of each alias's first word
 * (ASCII case folded), so the regex runs only where an alias can start.
 */
final class ActAliasParser implements CitationParser {

    private final Pattern pattern;
    private final Map<String, ActAlias> byKey = new HashMap<>();
    private final Set<String> firstWords = new LinkedHashSet<>();

    ActAliasParser(List<ActAlias> aliases) {
        List<ActAlias> sorted = new ArrayList<>(aliases);
        sorted.sort(Comparator.comparingInt((ActAlias a) -> key(a.name()).length()).reversed());
        List<String> alternatives = new ArrayList<>();
        for (ActAlias alias : sorted) {
            String key = key(alias.name());
            if (byKey.putIfAbsent(key, alias) == null) {
                alternatives.add(regex(alias.name()));
                firstWords.add(key.split(" ")[0]);
            }
        }
        pattern =
                alternatives.isEmpty()
                        ? null
                        : Pattern.compile(
                                ScanText.WORD_START
                                        + "(?:"
                                        + String.join("|", alternatives)
                                        + ")(?![\\p{L}\\p{N}])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Lower-cases ASCII letters only, so the length (and every offset) is unchanged. */
    private static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + ('a' - 'A'));
            }
        }
        return new String(c);
    }

    private static String key(String name) {
        return String.join(" ", fold(name).split("\\s+"));
    }

    private static String regex(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("\\s+")) {
            words.add(Pattern.quote(w));
        }
        return String.join("\\s+", words);
    }

    @Override
    public void parse(Results out) {
        if (pattern == null) {
            return;
        }
        String text = out.text().text();
        String folded = fold(text);
        TreeSet<Integer> starts = new TreeSet<>();
        for (String word : firstWords) {
            for (int i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
                starts.add(i);
            }
        }
        int from = 0;
        for (int start : starts) {
            MatchResult m = start < from ? null : out.text().at(pattern, start);
            if (m != null) {
                ActAlias alias = byKey.get(key(m.group()));
                List<CitationRef> refs = new ArrayList<>();
                for (Authority target : alias.targets()) {
                    refs.add(new CitationRef(target, m.start(), m.end()));
                }
                out.match(m.start(), m.end(), refs);
                from = m.end();
            }
        }
    }
}
