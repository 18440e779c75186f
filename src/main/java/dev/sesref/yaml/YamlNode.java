package dev.sesref.yaml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A parsed YAML value that remembers where it stands in its file. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    /** 1-based line in the file. */
    int line();

    /** 1-based column in the file. */
    int column();

    /** A short name of the node's kind for messages ("a text", "a list", "a mapping"). */
    String kindName();

    /** What a scalar was resolved to by the YAML parser. */
    enum ScalarType {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL
    }

    /** A string, number, boolean or null value. */
    record Scalar(String text, ScalarType type, int line, int column) implements YamlNode {
        public Scalar {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public String kindName() {
            return switch (type) {
                case STRING -> "a text";
                case NUMBER -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "an empty value";
            };
        }
    }

    /** A key of a mapping and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A mapping with keys in file order and no duplicates. */
    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public String kindName() {
            return "a mapping (key: value lines)";
        }
    }

    /** A list of values. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }
}
