package dev.sesref.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks the YAML data files (data/ in the scratch project, content/data/ once integrated): they
 * parse, every id is canonical, and the alias table matches the one the tests use. Skipped when the
 * files are not present.
 */
class DataFilesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode load(String name) throws IOException {
        Path root = Path.of(System.getProperty("sesref.root", "."));
        for (Path p :
                List.of(
                        root.resolve("data").resolve(name),
                        root.resolve("content/data").resolve(name))) {
            if (Files.isRegularFile(p)) {
                return YAML.readTree(p.toFile());
            }
        }
        assumeTrue(false, name + " not found under " + root);
        return null;
    }

    @Test
    void aliasFileMatchesTheTestTable() throws IOException {
        List<ActAlias> aliases = new ArrayList<>();
        for (JsonNode n : load("citation-aliases.yml").get("aliases")) {
            List<Authority> targets = new ArrayList<>();
            n.get("targets").forEach(t -> targets.add(Authority.parse(t.asText())));
            aliases.add(new ActAlias(n.get("name").asText(), targets));
        }
        assertEquals(Set.copyOf(TestAliases.ALL), Set.copyOf(aliases));
        new CitationScanner(aliases).scan("the Hatch Act");
    }

    @Test
    void authorityFileCoversTheSeedCitations() throws IOException {
        Set<String> ids = new HashSet<>();
        for (JsonNode n : load("authorities.yml").get("authorities")) {
            AuthorityInfo info =
                    new AuthorityInfo(
                            n.get("id").asText(),
                            n.get("heading").asText(),
                            n.get("verified").asBoolean());
            assertTrue(ids.add(info.id()), "duplicate " + info.id());
            assertEquals(
                    Set.of("id", "heading", "verified"), fieldNames(n), "fields of " + info.id());
        }
        Set<String> needed =
                Set.of(
                        "usc/5/3131",
                        "usc/5/3132",
                        "usc/5/3133",
                        "usc/5/3134",
                        "usc/5/3135",
                        "usc/5/3136",
                        "usc/5/3104",
                        "usc/5/3395",
                        "usc/5/4314",
                        "usc/5/2108",
                        "usc/5/5724",
                        "cfr/5/317.903",
                        "cfr/5/610.408",
                        "pl/95/454",
                        "stat/92/1111",
                        "usc/5/ch31/subchII",
                        "usc/5/ch73/subchIII",
                        "usc/5/3345",
                        "pl/105/277");
        Set<String> missing =
                needed.stream().filter(id -> !ids.contains(id)).collect(Collectors.toSet());
        assertTrue(missing.isEmpty(), "authorities.yml lacks " + missing);
        for (ActAlias a : TestAliases.ALL) {
            a.targets()
                    .forEach(
                            t ->
                                    assertTrue(
                                            ids.contains(t.id()),
                                            "no heading for alias target " + t.id()));
        }
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> names = new HashSet<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
