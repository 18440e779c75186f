package dev.sesref.cite;

import java.util.Objects;

/** A broken citation (reported to the author, never linked) with a message saying what to fix. */
public record Malformed(int start, int end, String text, String message) {

    /** Validates the span, text and message. */
    public Malformed {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(message, "message");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException(
                    "bad span [" + start + ", " + end + ") for '" + text + "'");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }
}
