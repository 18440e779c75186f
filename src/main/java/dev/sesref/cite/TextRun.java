package dev.sesref.cite;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/** The joined text of a run of Markdown text nodes, with a map from each character to its source offset. */
record TextRun(String text, int[] offsets) {

    static TextRun of(List<Node> nodes) {
        StringBuilder sb = new StringBuilder();
        int total = nodes.stream().mapToInt(n -> n.getChars().length()).sum();
        int[] offsets = new int[total + 1];
        for (Node n : nodes) {
            String chars = n.getChars().toString();
            int start = n.getStartOffset();
            for (int i = 0; i < chars.length(); i++) {
                offsets[sb.length()] = start + i;
                sb.append(chars.charAt(i));
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
