package dev.sesref.markdown;

/**
 * Text handed to flexmark that stops a parse running past its deadline. Some of flexmark's regular
 * expressions backtrack exponentially on certain inputs (fifty characters of escaped backslashes
 * after a link label took minutes); every regular expression reads its input through {@link
 * #charAt}, which throws {@link TooSlow} once the deadline has passed. The deadline is checked
 * every 65,536 reads, so a normal parse pays a counter increment per character.
 */
final class TimedText implements CharSequence {
    /**
     * A parse's time limit, shared by a text and the parts flexmark cuts from it; lifted once the
     * parse is over.
     */
    static final class Deadline {
        private volatile long until;

        Deadline(long nanos) {
            this.until = System.nanoTime() + nanos;
        }

        /** The parse is over: the document may read its text at any time from now on. */
        void lift() {
            until = Long.MAX_VALUE;
        }

        boolean passed() {
            return until != Long.MAX_VALUE && System.nanoTime() > until;
        }
    }

    /** Thrown from {@link #charAt} when the parse ran past its deadline. */
    static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooSlow() {
            super("Markdown parse ran past its deadline", null, false, false);
        }
    }

    private final String text;
    private final Deadline deadline;
    private int reads;

    TimedText(String text, Deadline deadline) {
        this.text = text;
        this.deadline = deadline;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFFFF) == 0 && deadline.passed()) {
            throw new TooSlow();
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new TimedText(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
        return text;
    }
}
