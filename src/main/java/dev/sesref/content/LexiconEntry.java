package dev.sesref.content;

import java.util.List;
import java.util.Objects;

/**
 * A row of {@code data/lexicon.yml}: words readers type (everyday words, other word forms,
 * acronyms) and the site's words or phrases they mean; search looks for both.
 *
 * @param words words or short phrases as readers type them, lower case ("paid", "qrb", "let go")
 * @param means the site's words or phrases ("pay", "removal", "qualifications review board")
 * @param file, line, column where the entry is, for diagnostics
 */
public record LexiconEntry(
        List<String> words, List<String> means, java.nio.file.Path file, int line, int column) {
    public LexiconEntry {
        Objects.requireNonNull(file, "file");
        words = List.copyOf(words);
        means = List.copyOf(means);
        if (words.isEmpty() || means.isEmpty()) {
            throw new IllegalArgumentException("a lexicon entry needs words and what they mean");
        }
        words.forEach(w -> Objects.requireNonNull(w, "word"));
    }
}
