package dev.sesref.content;

import java.util.List;
import java.util.Objects;

/** One question and answer; {@code id} is its stable anchor on the FAQ page. */
public record Faq(String id, String question, MarkdownSource answer, List<Ref> sources, int line) {
    public Faq {
        Ids.require(id, "FAQ id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        sources = List.copyOf(sources);
    }
}
