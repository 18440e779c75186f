package dev.sesref.content;

import java.util.List;
import java.util.Objects;

/** A group of FAQs under one heading. */
public record FaqCategory(String id, String title, List<Faq> questions) {
    public FaqCategory {
        Ids.require(id, "FAQ category id");
        Objects.requireNonNull(title, "title");
        questions = List.copyOf(questions);
    }
}
