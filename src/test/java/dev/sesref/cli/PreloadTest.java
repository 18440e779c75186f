package dev.sesref.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up preload names classes that exist, and runs only for commands that build. */
class PreloadTest {
    @Test
    void everyPreloadedClassExists() {
        // The preload ignores a missing class (it is only a head start), so a rename would go
        // unnoticed.
        List<String> missing =
                Preload.CLASSES.stream()
                        .filter(
                                name -> {
                                    try {
                                        Class.forName(name, false, Preload.class.getClassLoader());
                                        return false;
                                    } catch (ClassNotFoundException e) {
                                        return true;
                                    }
                                })
                        .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void onlyBuildingCommandsPreload() {
        for (String command : List.of("build", "check", "serve", "bundle")) {
            assertTrue(Preload.wanted(new String[] {command, "--out", "x"}), command);
        }
        for (String command : List.of("cite", "search", "new", "--help", "--version")) {
            assertFalse(Preload.wanted(new String[] {command}), command);
        }
        assertFalse(Preload.wanted(new String[0]));
    }
}
