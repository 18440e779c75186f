package dev.sesref.cite;

import com.vladsch.flexmark.util.ast.Node;
import dev.sesref.markdown.Chars;
import java.util.List;

/**
 * The joined text of a run of Markdown text nodes, with a map from each character to its source
 * offset.
 */
record TextRun(String text, int[] offsets) {

    static TextRun of(List<Node> nodes) {
        int total = 0;
        for (Node n : nodes) {
            total += n.getChars().length();
        }
        StringBuilder sb = new StringBuilder(total);
        int[] offsets = new int[total + 1];
        for (Node n : nodes) {
            String chars = Chars.of(n.getChars());
            int start = n.getStartOffset();
            int at = sb.length();
            sb.append(chars);
            for (int i = 0; i < chars.length(); i++) {
                offsets[at + i] = start + i;
            }
        }
        offsets[sb.length()] = nodes.get(nodes.size() - 1).getEndOffset();
        return new TextRun(sb.toString(), offsets);
    }

    /** Source offset of a character of {@link #text()}. */
    int sourceOffset(int index) {
        return offsets[Math.min(index, text.length())];
    }
}
