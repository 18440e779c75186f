package dev.sesref.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sesref.testing.Cli;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search works in headless Chromium on the served site, by URL and as you type (file:// is
 * BundleInBrowserTest's).
 */
class SearchInBrowserTest {
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
    void searchPageAnswersAQueryFromTheUrlOverHttp() throws Exception {
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(server.url("/search/?q=hatch+act"));
            List<String> links = resultLinks(driver);
            assertTrue(
                    links.stream().anyMatch(h -> h.contains("/faq/#hatch-act")), links.toString());
            assertTrue(driver.findElement(By.id("sr-status")).getText().contains("hatch act"));
            assertTrue(
                    driver.findElements(By.cssSelector("#sr-results mark")).size() > 0,
                    "matched words highlighted");
            assertEquals(List.of(), Browser.consoleErrors(driver));
        } finally {
            driver.quit();
        }
    }

    @Test
    void headerBoxSuggestsAsYouTypeAndIsKeyboardOperable() throws Exception {
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(server.url("/overview/"));
            WebElement box = driver.findElement(By.id("sr-q"));
            box.sendKeys("veterans pref");
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#sr-suggest a")).isEmpty());
            box.sendKeys(Keys.ARROW_DOWN);
            WebElement active = driver.switchTo().activeElement();
            assertEquals("a", active.getTagName());
            assertTrue(
                    active.getAttribute("href").contains("veterans"), active.getAttribute("href"));
            active.sendKeys(Keys.ESCAPE);
            assertEquals("sr-q", driver.switchTo().activeElement().getAttribute("id"));
        } finally {
            driver.quit();
        }
    }

    private static List<String> resultLinks(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#sr-results a")).isEmpty());
        return driver.findElements(By.cssSelector("#sr-results a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
    }
}
