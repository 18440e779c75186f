package dev.sesref.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.sesref.content.GlossaryTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links the first use of each glossary term in a page's text to its definition: the term or its
 * expansion as written (case-sensitive, whole words), never in headings, links, code, raw HTML or
 * citations (which are raw HTML by the time this runs).
 */
public final class TermLinker {
    private final Map<String, GlossaryTerm> byForm = new HashMap<>();
    private final Pattern forms;

    public TermLinker(List<GlossaryTerm> glossary) {
        List<String> all = new ArrayList<>();
        for (GlossaryTerm t : glossary) {
            for (String f : t.forms()) {
                if (byForm.putIfAbsent(f, t) == null) {
                    all.add(f);
                }
            }
        }
        // longest first, so that "Executive Core Qualifications" wins over a shorter form inside it
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
        this.forms =
                all.isEmpty()
                        ? null
                        : Pattern.compile(
                                "(?<![\\w-])(?:"
                                        + String.join(
                                                "|", all.stream().map(Pattern::quote).toList())
                                        + ")(?![\\w-])");
    }

    /**
     * Links the first use of each term in {@code md} in place; returns the terms linked, in text
     * order.
     *
     * @param href the link to a term's definition, by its glossary id
     */
    public List<GlossaryTerm> link(
            ParsedMarkdown md, TermMarkup markup, Function<String, String> href) {
        Set<GlossaryTerm> linked = new LinkedHashSet<>();
        link(md, markup, href, linked);
        return List.copyOf(linked);
    }

    /**
     * Links the first use of each term in {@code md} that is not in {@code linked} (linked higher
     * up the same page), and adds the terms it links to {@code linked}.
     */
    public void link(
            ParsedMarkdown md,
            TermMarkup markup,
            Function<String, String> href,
            Set<GlossaryTerm> linked) {
        if (forms != null) {
            List<Text> texts = new ArrayList<>();
            collect(md.document(), texts);
            for (Text t : texts) {
                linkIn(t, linked, markup, href);
            }
        }
    }

    private void linkIn(
            Text node, Set<GlossaryTerm> linked, TermMarkup markup, Function<String, String> href) {
        String text = node.getChars().toString();
        Matcher m = forms.matcher(text);
        int pos = 0;
        while (m.find()) {
            GlossaryTerm term = byForm.get(m.group());
            if (!linked.add(term)) {
                continue;
            }
            if (m.start() > pos) {
                node.insertBefore(new Text(BasedSequence.of(text.substring(pos, m.start()))));
            }
            String html =
                    markup.write(
                            new TermMarkup.TermUse(term.id(), m.group(), href.apply(term.id())));
            node.insertBefore(new HtmlInline(BasedSequence.of(html)));
            pos = m.end();
        }
        if (pos > 0) {
            if (pos < text.length()) {
                node.insertBefore(new Text(BasedSequence.of(text.substring(pos))));
            }
            node.unlink();
        }
    }

    private static void collect(Node node, List<Text> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                out.add(t);
            } else if (!(child instanceof Heading) && !NotProse.NODES.contains(child.getClass())) {
                collect(child, out);
            }
        }
    }
}
