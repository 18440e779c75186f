package dev.sesref.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The characters of a parsed node as a string, copied from the source in one go where they are a
 * plain slice of it.
 */
public final class Chars {
    private Chars() {}

    /**
     * Equals {@code chars.toString()}, which reads one character at a time (and a NUL as U+FFFD).
     */
    public static String of(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String source) {
            String slice = source.substring(chars.getStartOffset(), chars.getEndOffset());
            return slice.indexOf(0) < 0 ? slice : slice.replace('\0', '\uFFFD');
        }
        return chars.toString();
    }
}
