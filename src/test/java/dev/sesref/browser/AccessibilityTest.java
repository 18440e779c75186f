package dev.sesref.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the real site passes axe-core's WCAG 2.1 A/AA rules and best practices and has
 * unique ids, in light and dark schemes, on a phone (390x844, where each page's h1 starts within
 * 200 px) and on a desktop (1366x900).
 */
class AccessibilityTest {
    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");
    static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    /** The lowest an h1 may start on a phone, in CSS pixels (issue 25). */
    static final int PHONE_H1_TOP = 200;

    static final String SEARCH_PAGE = "/search/?q=hatch+act";

    /**
     * Served below the base URL's path, as on GitHub Pages, so the 404 page's root-absolute links
     * resolve.
     */
    static final String BASE_PATH = "/sesref";

    /**
     * Runs axe on the document and hands back each violation as {id, impact, help, nodes: [{target,
     * summary}]}.
     */
    static final String RUN_AXE =
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({target: JSON.stringify(n.target), summary: n.failureSummary || ''}))}))))
              .catch(e => done('axe failed: ' + e));
            """;

    static final String DUPLICATE_IDS =
            """
            const seen = new Map();
            for (const e of document.querySelectorAll('[id]')) seen.set(e.id, (seen.get(e.id) || 0) + 1);
            return [...seen].filter(([, n]) => n > 1).map(([id, n]) => id + ' (' + n + 'x)');
            """;

    @TempDir static Path tmp;
    static Path site;
    static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws Exception {
        site = tmp.resolve("www" + BASE_PATH);
        Cli.buildRealSite(site, "--base-url", "https://sesref.example" + BASE_PATH + "/");
        server = new StaticServer(tmp.resolve("www"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0} color scheme, {1}x{2}")
    @CsvSource({"light, 390, 844", "dark, 390, 844", "light, 1366, 900", "dark, 1366, 900"})
    void everyPagePassesAxeAndHasUniqueIds(String scheme, int width, int height) throws Exception {
        String axe = axeSource();
        List<String> pages = pages();
        assertTrue(
                pages.size() >= 15
                        && pages.contains("/404.html")
                        && pages.contains(SEARCH_PAGE)
                        && pages.contains("/citations/")
                        && pages.contains("/whats-new/"),
                "pages: " + pages);
        ChromeDriver driver = Browser.start(width, height);
        List<String> report = new ArrayList<>();
        String state = scheme + " " + width + "px";
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            emulateScheme(driver, scheme);
            for (String page : pages) {
                open(driver, page);
                report.addAll(check(driver, axe, page, state));
                if (width < 600) {
                    Number top =
                            (Number)
                                    driver.executeScript(
                                            "return document.querySelector('h1')"
                                                    + ".getBoundingClientRect().top;");
                    if (top.doubleValue() > PHONE_H1_TOP) {
                        report.add(state + " " + page + ": h1 starts at " + top + " px");
                    }
                }
            }
            openHeaderSuggestions(driver);
            report.addAll(check(driver, axe, "/ with the header suggestions open", state));
        } finally {
            driver.quit();
        }
        writeReport(scheme + "-" + width, pages.size() + 1, report);
        assertTrue(
                report.isEmpty(),
                "accessibility problems in the "
                        + scheme
                        + " color scheme:\n"
                        + String.join("\n", report));
    }

    /**
     * The axe-core script, or a skip (a failure under SESREF_REQUIRE_BROWSER=1) when npm ci has not
     * installed it.
     */
    static String axeSource() throws Exception {
        Path axe = Trees.repo().resolve(AXE);
        boolean present = Files.isRegularFile(axe);
        if ("1".equals(System.getenv("SESREF_REQUIRE_BROWSER")) && !present) {
            throw new IllegalStateException(
                    "SESREF_REQUIRE_BROWSER=1 but "
                            + axe
                            + " is missing: run npm ci --prefix src/test/js");
        }
        assumeTrue(present, "axe-core is not installed (npm ci --prefix src/test/js)");
        return Files.readString(axe, StandardCharsets.UTF_8);
    }

    /**
     * Site paths of every HTML file of the build; the search page carries a query so that results
     * render.
     */
    static List<String> pages() throws Exception {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> "/" + site.relativize(p).toString().replace('\\', '/'))
                    .map(
                            p ->
                                    p.endsWith("index.html")
                                            ? p.substring(0, p.length() - "index.html".length())
                                            : p)
                    .map(p -> p.equals("/search/") ? SEARCH_PAGE : p)
                    .sorted()
                    .toList();
        }
    }

    static void emulateScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    static void open(ChromeDriver driver, String page) {
        driver.get(server.url(BASE_PATH + page));
        if (page.startsWith("/search/")) {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#sr-results a")).isEmpty());
        }
    }

    static void openHeaderSuggestions(ChromeDriver driver) {
        driver.get(server.url(BASE_PATH + "/"));
        driver.findElement(By.id("sr-q")).sendKeys("hatch");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(
                        d ->
                                d.findElement(By.id("sr-suggest")).isDisplayed()
                                        && !d.findElements(
                                                        By.cssSelector("#sr-suggest [role=option]"))
                                                .isEmpty());
    }

    /**
     * One line per problem: axe violations (rule, impact, help, each target), duplicate ids,
     * console errors.
     */
    @SuppressWarnings("unchecked")
    static List<String> check(ChromeDriver driver, String axe, String page, String scheme) {
        Object dark =
                driver.executeScript("return matchMedia('(prefers-color-scheme: dark)').matches;");
        assertEquals(
                scheme.startsWith("dark"),
                dark,
                page + ": color scheme emulation is not in effect");
        if (driver.executeScript("return window.axe ? axe.version : null;") == null) {
            driver.executeScript(axe);
        }
        String version = (String) driver.executeScript("return axe.version;");
        assertTrue(
                version.startsWith("4.14."), "axe-core " + version + " (package.json pins 4.14.x)");
        Object result = driver.executeAsyncScript(RUN_AXE, TAGS);
        assertTrue(result instanceof List, page + ": " + result);
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            problems.add(
                    scheme
                            + " "
                            + page
                            + ": "
                            + v.get("id")
                            + " ("
                            + v.get("impact")
                            + "): "
                            + v.get("help"));
            for (Map<String, Object> node : (List<Map<String, Object>>) v.get("nodes")) {
                problems.add(
                        "    "
                                + node.get("target")
                                + "  "
                                + String.valueOf(node.get("summary")).replace("\n", " "));
            }
        }
        for (Object id : (List<Object>) driver.executeScript(DUPLICATE_IDS)) {
            problems.add(scheme + " " + page + ": duplicate id " + id);
        }
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .forEach(
                        e ->
                                problems.add(
                                        scheme + " " + page + ": console error " + e.getMessage()));
        return problems;
    }

    /** Keeps the full result in target/ for reading after a run, whether it passed or not. */
    static void writeReport(String scheme, int checked, List<String> report) throws Exception {
        Path file = Trees.repo().resolve("target/accessibility-" + scheme + ".txt");
        Files.createDirectories(file.getParent());
        String head =
                "axe-core " + TAGS + ", " + checked + " page states, " + scheme + " color scheme\n";
        Files.writeString(
                file,
                head + (report.isEmpty() ? "no problems\n" : String.join("\n", report) + "\n"));
    }
}
