package dev.sesref.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text of a new, documented FAQ entry, and where it goes in {@code data/faqs.yml}. */
final class FaqScaffold {
    private static final Pattern ITEM_ID =
            Pattern.compile("^(\\s*)- id:\\s*['\"]?([a-z0-9-]+)['\"]?\\s*$");

    private FaqScaffold() {}

    /** A whole new faqs.yml holding one category with the entry. */
    static String newFile(String category, String id, String question) {
        return """
                # FAQ entries, rendered by the pages whose layout is 'faq' (one with 'category: ID' shows that
                # category). Each category has an id (its anchor), a title and questions; each question has an
                # id, the question, a Markdown answer and sources.
                categories:
                  - id: %s
                    title: %s
                    questions:
                """
                        .formatted(category, titleOf(category))
                + entry(id, question, "      ");
    }

    /** The entry, every field explained, indented for a category's question list. */
    static String entry(String id, String question, String indent) {
        String text =
                """
                # New FAQ (sesref new faq). id: the anchor, /faq/#ID, lower-case words and hyphens, never reused.
                # question: as a reader would ask it. answer: Markdown in your own words; write citations plainly
                # (5 U.S.C. 3132, 5 CFR 317.903). sources: ids from data/sources.yml the answer rests on.
                - id: %s
                  question: "%s"
                  answer: |
                    TODO: answer in two or three short paragraphs; link pages by path, e.g. [home](/).
                  sources: []
                """
                        .formatted(id, question.replace("\"", "'"));
        StringBuilder sb = new StringBuilder();
        text.lines().forEach(l -> sb.append(indent).append(l).append('\n'));
        return sb.toString();
    }

    /** Category ids and question ids of a faqs.yml, as written (for checks before editing it). */
    record Ids(List<String> categories, List<String> questions) {}

    static Ids ids(String yaml) {
        List<String> categories = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        int categoryIndent = -1;
        for (String line : yaml.lines().toList()) {
            Matcher m = ITEM_ID.matcher(line);
            if (m.matches()) {
                if (categoryIndent < 0 || m.group(1).length() == categoryIndent) {
                    categoryIndent = m.group(1).length();
                    categories.add(m.group(2));
                } else {
                    questions.add(m.group(2));
                }
            }
        }
        return new Ids(categories, questions);
    }

    /**
     * The file with the entry added as the last question of {@code category}: after the category's
     * last non-blank line, indented like its other questions.
     */
    static String insert(String yaml, String category, String id, String question) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int categoryIndent = -1;
        int start = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ITEM_ID.matcher(lines.get(i));
            if (!m.matches() || (categoryIndent >= 0 && m.group(1).length() != categoryIndent)) {
                continue;
            }
            categoryIndent = m.group(1).length();
            if (start >= 0) {
                end = i;
                break;
            }
            if (m.group(2).equals(category)) {
                start = i;
            }
        }
        while (end > start + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        String indent = " ".repeat(categoryIndent + 4);
        lines.add(end, entry(id, question, indent).stripTrailing());
        return String.join("\n", lines) + "\n";
    }

    static String slug(String question) {
        String s = question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        String[] words = s.split(" ");
        return String.join(
                "-", java.util.Arrays.asList(words).subList(0, Math.min(6, words.length)));
    }

    private static String titleOf(String id) {
        String t = id.replace('-', ' ');
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
