package dev.sesref.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Cli;
import dev.sesref.testing.Trees;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Writes full-page PNG screenshots of key pages (phone, desktop, print, dark) to
 * target/screenshots/ for review.
 */
class ScreenshotsTest {
    static final int MAX_HEIGHT = 6000;
    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * One screenshot: a file name, a site path, a viewport width, and the emulated media ("screen",
     * "print", "dark").
     */
    record Shot(String name, String path, int width, String media) {
        @Override
        public String toString() {
            return name;
        }
    }

    @TempDir static Path tmp;
    static StaticServer server;

    /** One browser for every shot: each sets its own media, color scheme and viewport. */
    static ChromeDriver driver;

    @BeforeAll
    static void buildServeAndStartBrowser() throws Exception {
        Path site = tmp.resolve("site");
        Cli.buildRealSite(site);
        server = new StaticServer(site);
        driver = Browser.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static Stream<Shot> shots() {
        Map<String, String> pages =
                Map.of(
                        "home",
                        "/",
                        "article",
                        "/pay-performance/",
                        "comparison",
                        "/compare/appointment-types/",
                        "faq",
                        "/faq/",
                        "search",
                        "/search/?q=limited+term");
        Stream<Shot> screen =
                pages.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .flatMap(
                                p ->
                                        Stream.of(375, 1280)
                                                .map(
                                                        w ->
                                                                new Shot(
                                                                        p.getKey() + "-" + w,
                                                                        p.getValue(),
                                                                        w,
                                                                        "screen")));
        Stream<Shot> other =
                Stream.of(
                        new Shot("article-print-1280", "/pay-performance/", 1280, "print"),
                        new Shot(
                                "comparison-print-1280",
                                "/compare/appointment-types/",
                                1280,
                                "print"),
                        new Shot("home-dark-375", "/", 375, "dark"),
                        new Shot(
                                "comparison-dark-375", "/compare/appointment-types/", 375, "dark"));
        return Stream.concat(screen, other);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shots")
    void writesAFullPageScreenshot(Shot shot) throws Exception {
        emulate(shot.media());
        setViewport(shot.width(), 900);
        driver.get(server.url(shot.path()));
        if (shot.path().startsWith("/search/")) {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#sr-results a")).isEmpty());
        }
        long height = fitViewportToPage(shot.width());
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path file = Trees.repo().resolve("target/screenshots/" + shot.name() + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, png);
        assertValidPng(file, shot.width(), height);
    }

    /**
     * Screen or print media, light or dark scheme, and no scrollbars (as on phones), all set each
     * time.
     */
    static void emulate(String media) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "media",
                        "print".equals(media) ? "print" : "screen",
                        "features",
                        List.of(
                                Map.of(
                                        "name",
                                        "prefers-color-scheme",
                                        "value",
                                        "dark".equals(media) ? "dark" : "light"))));
        driver.executeCdpCommand("Emulation.setScrollbarsHidden", Map.of("hidden", true));
    }

    static void setViewport(int width, long height) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /**
     * Sizes the viewport to {@code width} and the page's height (at most MAX_HEIGHT), so one
     * screenshot holds it all.
     */
    static long fitViewportToPage(int width) {
        long height = 0;
        for (int pass = 0; pass < 3; pass++) {
            long page =
                    Math.min(
                            MAX_HEIGHT,
                            (Long)
                                    driver.executeScript(
                                            "return document.documentElement.scrollHeight;"));
            if (page == height) {
                break;
            }
            height = page;
            setViewport(width, height);
        }
        List<?> inner = (List<?>) driver.executeScript("return [innerWidth, innerHeight];");
        assertEquals(
                List.of((long) width, height),
                inner,
                "viewport (innerWidth, innerHeight) after resizing");
        return height;
    }

    static void assertValidPng(Path file, int width, long height) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 5_000, file + " has only " + bytes.length + " bytes");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), file + " is not a PNG");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertTrue(image != null, file + " cannot be decoded");
        assertEquals(width, image.getWidth(), file + " width");
        assertEquals(height, image.getHeight(), file + " height");
    }
}
