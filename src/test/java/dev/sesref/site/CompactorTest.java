package dev.sesref.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the theme's CSS and JavaScript lose when published, and the files left as they are. */
class CompactorTest {
    /** File name, source, published text (null: published unchanged); "|" stands for a newline. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("a.js", "// about|  var x = 1;|", "var x = 1;|"),
                Arguments.of(
                        "a.js",
                        "function f() {|    return 2; // kept: not a whole line|}",
                        "function f() {|return 2; // kept: not a whole line|}|"),
                Arguments.of("a.js", "/* one|   two */|x();|", "x();|"),
                Arguments.of("a.js", "/* note */ y();|  /* a|  b */ z();|", "y();|z();|"),
                Arguments.of(
                        "a.js",
                        "s = '// a string, not a comment';|",
                        "s = '// a string, not a comment';|"),
                Arguments.of("a.js", "var t = `one|  // inside a template literal|two`;|", null),
                Arguments.of("a.js", "var t = 'one \\|  two';|", null),
                Arguments.of(
                        "a.js",
                        "a = `${b}`; // even backticks on each line|  c();|",
                        "a = `${b}`; // even backticks on each line|c();|"),
                Arguments.of(
                        "a.css",
                        "/* theme */|body {|  color: red; /* why */|}|",
                        "body {|color: red;|}|"),
                Arguments.of("a.css", "a::before { content: \"/* not a comment */\"; }|", null),
                Arguments.of("a.svg", "<svg>|  <!-- a -->|</svg>|", null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void compacts(String name, String source, String published) {
        Optional<String> expected = Optional.ofNullable(published).map(p -> p.replace('|', '\n'));
        assertEquals(expected, Compactor.compact(name, source.replace('|', '\n')));
    }
}
