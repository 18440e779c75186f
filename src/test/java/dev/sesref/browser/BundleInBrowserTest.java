package dev.sesref.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The offline bundle works unzipped from file://: links reach files, nothing goes online, search
 * answers, zip is reproducible.
 */
class BundleInBrowserTest {
    static final List<String> LOCAL_SCHEMES = List.of("file:", "data:", "about:");

    @TempDir static Path tmp;
    static Path zip;
    static Path root;
    static final Map<Path, Document> PARSED = new HashMap<>();

    @BeforeAll
    static void bundleAndUnzip() throws IOException {
        zip = bundle(tmp.resolve("first.zip"));
        root = tmp.toRealPath().resolve("unzipped");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path file = root.resolve(e.getName()).normalize();
                assertTrue(
                        file.startsWith(root) && !e.getName().startsWith("/"),
                        "entry outside the folder: " + e.getName());
                Files.createDirectories(e.isDirectory() ? file : file.getParent());
                if (!e.isDirectory()) {
                    Files.copy(in, file);
                }
            }
        }
    }

    static Path bundle(Path out) {
        Cli.Result r =
                Cli.run(
                        "bundle",
                        "--content",
                        Trees.repo().resolve("content").toString(),
                        "--themes",
                        Trees.repo().resolve("themes").toString(),
                        "--out",
                        out.toString());
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    @Test
    void zipIsReproducibleAndOpensAtItsTopLevelIndex() throws IOException {
        byte[] second = Files.readAllBytes(bundle(tmp.resolve("second.zip")));
        assertArrayEquals(
                Files.readAllBytes(zip), second, "two bundles of the same content differ");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertTrue(
                names.contains("index.html") && names.contains("README.txt"), "entries: " + names);
        assertTrue(
                Files.readString(root.resolve("README.txt")).contains("open index.html"),
                "README.txt says how to start");
    }

    @Test
    void everyInternalLinkReachesAFileAndEveryAnchorExists() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path page : htmlFiles()) {
            for (Element el : parse(page).select("[href], [src], form[action]")) {
                for (String attr : List.of("href", "src", "action")) {
                    if (el.hasAttr(attr)) {
                        checked++;
                        String problem = linkProblem(page, el.attr(attr));
                        if (problem != null) {
                            problems.add(
                                    root.relativize(page)
                                            + ": <"
                                            + el.tagName()
                                            + " "
                                            + attr
                                            + "=\""
                                            + el.attr(attr)
                                            + "\">: "
                                            + problem);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 500, "only " + checked + " links checked");
        assertTrue(
                problems.isEmpty(),
                problems.size() + " broken links from file://:\n" + String.join("\n", problems));
    }

    /** Every HTML file of the unzipped bundle. */
    static List<Path> htmlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertTrue(
                    pages.size() >= 15 && pages.contains(root.resolve("404.html")),
                    "pages: " + pages);
            return pages;
        }
    }

    /**
     * Why {@code ref} on {@code page} fails from file://, or null when it opens an existing file
     * (and anchor).
     */
    static String linkProblem(Path page, String ref) throws IOException {
        String scheme =
                ref.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*")
                        ? ref.substring(0, ref.indexOf(':'))
                        : "";
        if (List.of("http", "https", "mailto").contains(scheme.toLowerCase())) {
            return null;
        }
        if (!scheme.isEmpty() || ref.startsWith("/")) {
            return "not relative, so it leaves the unzipped folder";
        }
        if (ref.isEmpty()) {
            return null; // the page itself (java.net.URI would resolve "" to the folder)
        }
        URI uri;
        try {
            uri = page.toUri().resolve(new URI(ref));
        } catch (URISyntaxException e) {
            return "not a valid URI: " + e.getMessage();
        }
        return targetProblem(uri);
    }

    /**
     * Why the file: {@code uri} does not open an existing file (and anchor) of the bundle, or null.
     */
    static String targetProblem(URI uri) throws IOException {
        Path file = Path.of(URI.create("file://" + uri.getRawPath())).normalize();
        if (!file.startsWith(root)) {
            return "points outside the bundle: " + file;
        }
        if (Files.isDirectory(file)) {
            return "links to a folder (a directory listing from file://), not to its index.html";
        }
        if (!Files.isRegularFile(file)) {
            return "no such file " + root.relativize(file);
        }
        String anchor = uri.getFragment();
        if (anchor == null || anchor.isEmpty()) {
            return null;
        }
        Document target = parse(file);
        boolean found =
                target.getElementById(anchor) != null
                        || !target.select("a[name]").stream()
                                .filter(a -> a.attr("name").equals(anchor))
                                .toList()
                                .isEmpty();
        return found ? null : "no id \"" + anchor + "\" in " + root.relativize(file);
    }

    static Document parse(Path html) throws IOException {
        Document doc = PARSED.get(html);
        if (doc == null) {
            doc = Jsoup.parse(html.toFile(), "UTF-8");
            PARSED.put(html, doc);
        }
        return doc;
    }

    @Test
    void pagesRequestNothingButLocalFilesAndLogNoErrors() throws Exception {
        ChromeDriver driver = Browser.start(1280, 900, true);
        List<String> problems = new ArrayList<>();
        try {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand(
                    "Network.setBlockedURLs", Map.of("urls", List.of("http://*", "https://*")));
            driver.get("about:blank");
            events(driver); // Chromium's own start-up tab (chrome://new-tab-page-third-party) is
            // not the bundle's doing
            driver.manage().logs().get(LogType.BROWSER).getAll();
            for (Path page : htmlFiles()) {
                driver.get(page.toUri().toString());
                problems.addAll(networkAndConsole(driver, root.relativize(page).toString()));
            }
            driver.get(root.resolve("search/index.html").toUri() + "?q=hatch+act");
            resultLinks(driver);
            problems.addAll(networkAndConsole(driver, "search/index.html?q=hatch+act"));
            driver.get(root.resolve("overview/index.html").toUri().toString());
            driver.findElement(By.id("sr-q")).sendKeys("limited emerg");
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(
                            d ->
                                    !d.findElements(By.cssSelector("#sr-suggest [role=option]"))
                                            .isEmpty());
            problems.addAll(
                    networkAndConsole(driver, "overview/index.html, typing in the header box"));
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertBlockingIsSeen(driver);
        } finally {
            driver.quit();
        }
    }

    /**
     * Requests to anything but file:, data: and about: URLs, and console errors, since the last
     * call.
     */
    static List<String> networkAndConsole(ChromeDriver driver, String page) {
        List<String> problems = new ArrayList<>();
        for (String url : requestedUrls(driver)) {
            if (LOCAL_SCHEMES.stream().noneMatch(url::startsWith)) {
                problems.add(page + ": requested " + url);
            }
        }
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER).getAll()) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(page + ": console error " + e.getMessage());
            }
        }
        return problems;
    }

    static List<String> requestedUrls(ChromeDriver driver) {
        return events(driver).stream()
                .filter(m -> "Network.requestWillBeSent".equals(m.get("method")))
                .map(m -> String.valueOf(((Map<?, ?>) params(m).get("request")).get("url")))
                .toList();
    }

    /** The DevTools messages ({method, params}) of the performance log since the last read. */
    static List<Map<String, Object>> events(ChromeDriver driver) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            Map<String, Object> entry = new Json().toType(e.getMessage(), Json.MAP_TYPE);
            messages.add(params(entry, "message"));
        }
        return messages;
    }

    static Map<String, Object> params(Map<String, Object> message) {
        return params(message, "params");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> params(Map<String, Object> message, String key) {
        return (Map<String, Object>) message.get(key);
    }

    /**
     * Guards the check itself: a deliberate request to the network is both recorded and blocked.
     */
    static void assertBlockingIsSeen(ChromeDriver driver) {
        driver.executeScript(
                "document.body.appendChild(new Image()).src = 'https://sesref.invalid/canary.png';");
        List<Map<String, Object>> seen = new ArrayList<>();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(
                        d -> {
                            seen.addAll(events(driver));
                            return seen.stream()
                                    .anyMatch(
                                            m ->
                                                    "Network.loadingFailed".equals(m.get("method"))
                                                            && "inspector"
                                                                    .equals(
                                                                            params(m)
                                                                                    .get(
                                                                                            "blockedReason")));
                        });
        assertTrue(
                seen.stream()
                        .anyMatch(
                                m ->
                                        "Network.requestWillBeSent".equals(m.get("method"))
                                                && String.valueOf(params(m).get("request"))
                                                        .contains("sesref.invalid/canary.png")),
                "the performance log missed a request");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "hatch act         | overview/index.html#the-hatch-act",
                "5 CFR 317.903     | citations/index.html#cfr-5-317.903",
                "limited emergency | overview/index.html#limited-term-and-limited-emergency-appointments",
                "comp time         | pay-performance/index.html#compensatory-time"
            })
    void searchFromFileUrlsLinksToIndexFilesWithAnchors(String query, String expected)
            throws Exception {
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(
                    root.resolve("search/index.html").toUri()
                            + "?q="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8));
            List<String> links = resultLinks(driver);
            assertTrue(
                    links.subList(0, Math.min(3, links.size())).stream()
                            .anyMatch(h -> h.contains(expected)),
                    "top 3 for \"" + query + "\": " + links);
            assertTrue(
                    links.stream().filter(h -> h.contains("#")).count() >= links.size() / 2,
                    links.toString());
            for (String link : links) {
                assertTrue(
                        link.startsWith(root.toUri().toString())
                                && link.matches(".*/index\\.html(#[^/#]+)?"),
                        "result link " + link);
                assertEquals(null, targetProblem(URI.create(link)), link);
            }
            assertEquals(
                    List.of(),
                    driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                            .map(LogEntry::getMessage)
                            .toList());
        } finally {
            driver.quit();
        }
    }

    static List<String> resultLinks(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#sr-results a")).isEmpty());
        return driver.findElements(By.cssSelector("#sr-results a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
    }
}
