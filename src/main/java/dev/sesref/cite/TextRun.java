package dev.sesref.cite;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;

/** The joined text of a run of Markdown text nodes, with a map from each character to its source offset. */
record TextRun(String text, int[] offsets) {

    static TextRun of(List<Node> nodes) {
        int total = 0;
        for (Node n : nodes) {
            total += n.getChars().length();
        }
        StringBuilder sb = new StringBuilder(total);
        int[] offsets = new int[total + 1];
        for (Node n : nodes) {
            BasedSequence chars = n.getChars();
            int start = n.getStartOffset();
            int at = sb.length();
            // A parsed node's characters are a plain slice of the source: copy it in one go
            // (flexmark reads a NUL as U+FFFD, so that is done here as well).
            boolean slice = chars instanceof SubSequence && chars.getBase() instanceof String;
            if (slice) {
                sb.append((String) chars.getBase(), chars.getStartOffset(), chars.getEndOffset());
            } else {
                sb.append(chars.toString());
            }
            for (int i = 0; i < chars.length(); i++) {
                offsets[at + i] = start + i;
                if (slice && sb.charAt(at + i) == 0) {
                    sb.setCharAt(at + i, '\uFFFD');
                }
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
