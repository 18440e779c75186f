package dev.sesref.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.sesref.diag.BuildFailedException;
import dev.sesref.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML text into {@link YamlNode}s with file positions, reporting syntax errors as
 * diagnostics.
 */
public final class YamlReader {
    /** Deepest nesting of mappings and lists accepted (sesref's own files need six). */
    public static final int MAX_DEPTH = 64;

    // Numbers and texts are bounded by the file size limit; the nesting depth is checked here, with
    // a position.
    private static final YAMLFactory FACTORY =
            YAMLFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder()
                                    .maxNumberLength(Integer.MAX_VALUE)
                                    .maxStringLength(Integer.MAX_VALUE)
                                    .maxNestingDepth(MAX_DEPTH + 1)
                                    .build())
                    .build();

    private final Path path;
    private final int lineOffset;
    private final List<Diagnostic> problems = new ArrayList<>();

    private YamlReader(Path path, int lineOffset) {
        this.path = path;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses one YAML document; {@code lineOffset} is added to every line (front matter starts
     * below its {@code ---}). An empty document yields an empty mapping.
     */
    public static YamlNode parse(Path path, String yaml, int lineOffset)
            throws BuildFailedException {
        YamlReader reader = new YamlReader(path, lineOffset);
        YamlNode node;
        try (JsonParser p = FACTORY.createParser(yaml)) {
            JsonToken first = p.nextToken();
            node =
                    first == null
                            ? new YamlNode.Mapping(List.of(), 1 + lineOffset, 1)
                            : reader.value(p, 1);
            if (first != null && reader.problems.isEmpty() && p.nextToken() != null) {
                throw reader.fail(
                        p, "a second YAML document starts here ('---'); a file holds one document");
            }
        } catch (JsonProcessingException e) {
            throw new BuildFailedException(List.of(reader.syntaxError(e)));
        } catch (IOException e) {
            throw new BuildFailedException(
                    List.of(Diagnostic.error(path, 0, 0, "cannot read YAML: " + e.getMessage())));
        }
        if (!reader.problems.isEmpty()) {
            throw new BuildFailedException(reader.problems);
        }
        return node;
    }

    /** A problem at the parser's current token that stops the reading. */
    private BuildFailedException fail(JsonParser p, String message) {
        JsonLocation at = p.currentTokenLocation();
        return new BuildFailedException(
                List.of(
                        Diagnostic.error(
                                path,
                                at.getLineNr() + lineOffset,
                                Math.max(1, at.getColumnNr()),
                                message)));
    }

    private YamlNode value(JsonParser p, int depth) throws IOException, BuildFailedException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr() + lineOffset;
        int col = Math.max(1, at.getColumnNr());
        JsonToken t = p.currentToken();
        if (t == null) {
            // The YAML parser can end a flow collection without closing it (seen with a tag in it).
            throw fail(p, "the YAML ends where a value was expected; close every '[' and '{'");
        }
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw fail(
                    p,
                    "YAML alias '*"
                            + p.getText()
                            + "': aliases are not supported; write the value out in full");
        }
        if (p.getObjectId() != null) {
            throw fail(
                    p,
                    "YAML anchor '&"
                            + p.getObjectId()
                            + "': anchors and aliases are not supported; remove the anchor");
        }
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
            throw fail(
                    p,
                    "YAML nested more than " + MAX_DEPTH + " levels deep; flatten the structure");
        }
        return switch (t) {
            case START_OBJECT -> mapping(p, line, col, depth);
            case START_ARRAY -> sequence(p, line, col, depth);
            case VALUE_STRING ->
                    new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.STRING, line, col);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                    new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.NUMBER, line, col);
            case VALUE_TRUE, VALUE_FALSE ->
                    new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.BOOLEAN, line, col);
            case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.ScalarType.NULL, line, col);
            default -> new YamlNode.Scalar(p.getText(), YamlNode.ScalarType.STRING, line, col);
        };
    }

    private YamlNode mapping(JsonParser p, int line, int col, int depth)
            throws IOException, BuildFailedException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation at = p.currentTokenLocation();
            int keyLine = at.getLineNr() + lineOffset;
            int keyCol = Math.max(1, at.getColumnNr());
            String key = p.currentName();
            p.nextToken();
            YamlNode v = value(p, depth + 1);
            Integer first = seen.putIfAbsent(key, keyLine);
            if (first != null) {
                problems.add(
                        Diagnostic.error(
                                path,
                                keyLine,
                                keyCol,
                                "duplicate key '"
                                        + key
                                        + "' (first given on line "
                                        + first
                                        + "); keep one of them"));
            } else {
                entries.add(new YamlNode.Entry(key, keyLine, keyCol, v));
            }
        }
        return new YamlNode.Mapping(entries, line, col);
    }

    private YamlNode sequence(JsonParser p, int line, int col, int depth)
            throws IOException, BuildFailedException {
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) {
                throw fail(
                        p,
                        "the list that starts on line " + line + " is not closed; end it with ']'");
            }
            items.add(value(p, depth + 1));
        }
        return new YamlNode.Sequence(items, line, col);
    }

    private Diagnostic syntaxError(JsonProcessingException e) {
        int[] mark = YamlMessages.problemMark(e.getOriginalMessage());
        JsonLocation at = e.getLocation();
        int line = mark != null ? mark[0] : at == null ? 0 : Math.max(0, at.getLineNr());
        int col = mark != null ? mark[1] : at == null ? 0 : Math.max(0, at.getColumnNr());
        return Diagnostic.error(
                path,
                line == 0 ? 0 : line + lineOffset,
                col,
                "invalid YAML: " + YamlMessages.explain(e.getOriginalMessage()));
    }
}
