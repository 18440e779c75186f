package dev.sesref.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** Loads the real site, served on 127.0.0.1, in headless Chromium at phone and desktop widths. */
class SiteInBrowserTest {
    @TempDir static Path tmp;
    static Path site;
    static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws Exception {
        site = tmp.resolve("site");
        Cli.buildRealSite(site);
        server = new StaticServer(site);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void homePageLoadsWithoutConsoleErrors() throws Exception {
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(server.url("/"));
            assertEquals(1, driver.findElements(By.tagName("h1")).size());
            assertTrue(driver.getTitle().startsWith("SES Reference"), driver.getTitle());
            assertTrue(driver.findElement(By.cssSelector(".unofficial-badge")).isDisplayed());
            assertEquals(List.of(), Browser.consoleErrors(driver));
        } finally {
            driver.quit();
        }
    }

    @Test
    void everyPageFitsAPhoneScreenWithoutErrors() throws Exception {
        List<String> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages =
                    s.filter(p -> p.getFileName().toString().equals("index.html"))
                            .map(
                                    p ->
                                            "/"
                                                    + site.relativize(p.getParent())
                                                            .toString()
                                                            .replace('\\', '/'))
                            .map(p -> p.endsWith("/") ? p : p + "/")
                            .sorted()
                            .toList();
        }
        assertTrue(pages.size() >= 10, "pages: " + pages);
        ChromeDriver driver = Browser.start(320, 800); // WCAG 1.4.10 reflow width
        try {
            for (String page : pages) {
                driver.get(server.url(page));
                long overflow =
                        (Long)
                                ((JavascriptExecutor) driver)
                                        .executeAsyncScript(
                                                // measured once two frames have been drawn: the
                                                // emulated viewport applies from the first frame
                                                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() =>"
                                                        + " done(document.documentElement.scrollWidth - document.documentElement.clientWidth)));");
                assertTrue(
                        overflow <= 0,
                        page + " is wider than the phone screen by " + overflow + " px");
                assertEquals(List.of(), Browser.consoleErrors(driver), page);
            }
        } finally {
            driver.quit();
        }
    }

    @Test
    void skipLinkIsTheFirstStopAndMovesFocusToMain() throws Exception {
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(server.url("/overview/"));
            driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
            var active = driver.switchTo().activeElement();
            assertEquals("Skip to main content", active.getText());
            active.sendKeys(org.openqa.selenium.Keys.ENTER);
            assertEquals("sr-main", driver.switchTo().activeElement().getAttribute("id"));
        } finally {
            driver.quit();
        }
    }
}
