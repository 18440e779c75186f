package dev.sesref.cite;

import java.util.List;
import java.util.Objects;

/** A named act (e.g. "Hatch Act") that the scanner recognises by name, and what it links to. */
public record ActAlias(String name, List<Authority> targets) {

    /** Validates the name and targets; strips the name and copies the list. */
    public ActAlias {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.length() < 3) {
            throw new IllegalArgumentException("alias name too short: '" + name + "'");
        }
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("alias '" + name + "' has no targets");
        }
    }

    /**
     * Convenience factory taking canonical id strings, e.g. {@code of("Hatch Act",
     * "usc/5/ch73/subchIII")}.
     */
    public static ActAlias of(String name, String... targetIds) {
        return new ActAlias(
                name, java.util.Arrays.stream(targetIds).map(Authority::parse).toList());
    }
}
