package dev.sesref.yaml;

import dev.sesref.diag.Diagnostic;
import dev.sesref.diag.Suggest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads typed fields from a YAML mapping, reporting unknown keys (with a "did you mean"), missing
 * required fields and wrong types as diagnostics instead of throwing.
 */
public final class YamlFields {
    private final Path path;
    private final YamlNode.Mapping mapping;
    private final String what;
    private final List<Diagnostic> sink;

    private YamlFields(Path path, YamlNode.Mapping mapping, String what, List<Diagnostic> sink) {
        this.path = path;
        this.mapping = mapping;
        this.what = what;
        this.sink = sink;
    }

    /** Wraps {@code node}, which must be a mapping whose keys all belong to {@code allowed}. */
    public static Optional<YamlFields> of(
            Path path, YamlNode node, String what, Set<String> allowed, List<Diagnostic> sink) {
        if (!(node instanceof YamlNode.Mapping m)) {
            sink.add(
                    Diagnostic.error(
                            path,
                            node.line(),
                            node.column(),
                            what
                                    + " must be a mapping of 'key: value' lines, not "
                                    + node.kindName()));
            return Optional.empty();
        }
        for (YamlNode.Entry e : m.entries()) {
            if (!allowed.contains(e.key())) {
                sink.add(
                        Diagnostic.error(
                                path,
                                e.line(),
                                e.column(),
                                "unknown key '"
                                        + e.key()
                                        + "' in "
                                        + what
                                        + Suggest.didYouMean(e.key(), allowed)
                                        + "; allowed keys: "
                                        + String.join(", ", sorted(allowed))));
            }
        }
        return Optional.of(new YamlFields(path, m, what, sink));
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    public Path path() {
        return path;
    }

    public Optional<YamlNode> node(String key) {
        return mapping.entry(key)
                .map(YamlNode.Entry::value)
                .filter(
                        v ->
                                !(v instanceof YamlNode.Scalar s
                                        && s.type() == YamlNode.ScalarType.NULL));
    }

    /** Position of a key's value, or of the mapping when the key is absent. */
    public int[] position(String key) {
        return mapping.entry(key)
                .map(e -> new int[] {e.value().line(), e.value().column()})
                .orElse(new int[] {mapping.line(), mapping.column()});
    }

    public Optional<String> string(String key) {
        return node(key).flatMap(n -> scalarText(key, n));
    }

    public String requiredString(String key) {
        if (mapping.entry(key).isEmpty()) {
            missing(key);
            return null;
        }
        Optional<String> v = string(key);
        if (v.isPresent() && !v.get().isBlank()) {
            return v.get();
        }
        if (v.isPresent() || node(key).isEmpty()) {
            error(key, "'" + key + "' in " + what + " is empty; give it a value");
        }
        return null;
    }

    public Optional<LocalDate> date(String key) {
        return string(key)
                .flatMap(
                        text -> {
                            try {
                                return Optional.of(LocalDate.parse(text));
                            } catch (DateTimeParseException e) {
                                error(
                                        key,
                                        "'"
                                                + key
                                                + "' must be a date written YYYY-MM-DD (e.g. 2026-11-22), not '"
                                                + text
                                                + "'");
                                return Optional.empty();
                            }
                        });
    }

    public LocalDate requiredDate(String key) {
        if (node(key).isEmpty()) {
            missing(key);
            return null;
        }
        return date(key).orElse(null);
    }

    /** A whole number from {@code min} to {@code max}, when the key is given. */
    public OptionalInt integer(String key, int min, int max) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) {
            return OptionalInt.empty();
        }
        if (n.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NUMBER) {
            try {
                java.math.BigInteger v = new java.math.BigInteger(s.text().replace("_", ""));
                if (v.compareTo(java.math.BigInteger.valueOf(min)) >= 0
                        && v.compareTo(java.math.BigInteger.valueOf(max)) <= 0) {
                    return OptionalInt.of(v.intValueExact());
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // a fraction or another notation: the error below
            }
            error(
                    key,
                    "'"
                            + key
                            + "' must be a whole number from "
                            + min
                            + " to "
                            + max
                            + ", not "
                            + clip(s.text()));
            return OptionalInt.empty();
        }
        error(key, "'" + key + "' must be a whole number, not " + describe(n.get()));
        return OptionalInt.empty();
    }

    public boolean bool(String key, boolean fallback) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) {
            return fallback;
        }
        if (n.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        error(key, "'" + key + "' must be true or false, not " + describe(n.get()));
        return fallback;
    }

    /** A list of texts; a single text is accepted as a one-item list. */
    public List<YamlNode.Scalar> stringList(String key) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (n.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            return List.of(s);
        }
        if (!(n.get() instanceof YamlNode.Sequence seq)) {
            error(key, "'" + key + "' must be a list, not " + describe(n.get()));
            return List.of();
        }
        List<YamlNode.Scalar> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
                out.add(s);
            } else {
                sink.add(
                        Diagnostic.error(
                                path,
                                item.line(),
                                item.column(),
                                "each item of '"
                                        + key
                                        + "' must be a text, not "
                                        + item.kindName()));
            }
        }
        return out;
    }

    /** A list of mappings, each read by {@code reader} (which reports its own problems). */
    public <T> List<T> list(String key, Function<YamlNode, Optional<T>> reader) {
        Optional<YamlNode> n = node(key);
        if (n.isEmpty()) {
            return List.of();
        }
        if (!(n.get() instanceof YamlNode.Sequence seq)) {
            error(
                    key,
                    "'"
                            + key
                            + "' must be a list (lines starting with '- '), not "
                            + describe(n.get()));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            reader.apply(item).ifPresent(out::add);
        }
        return out;
    }

    public void error(String key, String message) {
        int[] at = position(key);
        sink.add(Diagnostic.error(path, at[0], at[1], message));
    }

    public void errorAt(YamlNode node, String message) {
        sink.add(Diagnostic.error(path, node.line(), node.column(), message));
    }

    private void missing(String key) {
        sink.add(
                Diagnostic.error(
                        path,
                        mapping.line(),
                        mapping.column(),
                        "missing required key '"
                                + key
                                + "' in "
                                + what
                                + "; add a line '"
                                + key
                                + ": ...'"));
    }

    private Optional<String> scalarText(String key, YamlNode n) {
        if (n instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
            return Optional.of(s.text());
        }
        error(key, "'" + key + "' must be a text, not " + describe(n));
        return Optional.empty();
    }

    private static String describe(YamlNode n) {
        return n instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL
                ? s.kindName() + " ('" + clip(s.text()) + "')"
                : n.kindName();
    }

    /** A value as quoted in a message: at most 60 characters. */
    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
