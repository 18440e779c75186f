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
                    links.stream().anyMatch(h -> h.contains("/faq/miscellaneous/#hatch-act")),
                    links.toString());
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
    void headerBoxIsAComboboxWhoseListboxTheArrowKeysOperate() throws Exception {
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(server.url("/overview/"));
            WebElement box = driver.findElement(By.id("sr-q"));
            box.sendKeys("veterans pref");
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(
                            d ->
                                    !d.findElements(By.cssSelector("#sr-suggest [role=option]"))
                                            .isEmpty());
            WebElement listbox = driver.findElement(By.cssSelector("#sr-suggest [role=listbox]"));
            assertEquals(listbox.getAttribute("id"), box.getAttribute("aria-controls"));
            assertEquals("true", box.getAttribute("aria-expanded"));
            assertTrue(
                    driver.findElements(By.cssSelector("#sr-suggest .search-suggest-snippet"))
                                    .size()
                            > 0,
                    "each suggestion carries a one-line snippet");
            box.sendKeys(Keys.ARROW_DOWN);
            assertEquals("sr-q", driver.switchTo().activeElement().getAttribute("id"));
            WebElement first = driver.findElement(By.id(box.getAttribute("aria-activedescendant")));
            assertEquals("option", first.getAttribute("role"));
            assertEquals("true", first.getAttribute("aria-selected"));
            String target = first.getAttribute("data-href");
            assertTrue(target.contains("veterans"), target);
            box.sendKeys(Keys.ESCAPE);
            assertEquals("false", box.getAttribute("aria-expanded"));
            assertEquals(null, box.getAttribute("aria-activedescendant"));
            box.sendKeys(Keys.ARROW_DOWN);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> "true".equals(box.getAttribute("aria-expanded")));
            box.sendKeys(Keys.ARROW_DOWN);
            box.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().equals(target));
        } finally {
            driver.quit();
        }
    }

    @Test
    void aCorrectedTypoIsShownWithALinkToSearchAsTyped() throws Exception {
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(server.url("/search/?q=hach+act"));
            List<String> links = resultLinks(driver);
            assertTrue(
                    links.stream().anyMatch(h -> h.contains("/faq/miscellaneous/#hatch-act")),
                    links.toString());
            WebElement note = driver.findElement(By.id("sr-correction"));
            assertTrue(note.isDisplayed());
            assertTrue(
                    note.getText()
                            .matches(
                                    "Showing results for hatch act \u2014 search instead for hach act"),
                    note.getText());
            note.findElement(By.linkText("hach act")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("exact=1"));
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.id("sr-status")).getText().contains("hach act"));
            assertTrue(
                    !driver.findElement(By.id("sr-correction")).isDisplayed(),
                    "searching as typed shows no correction");
        } finally {
            driver.quit();
        }
    }

    @Test
    void submittingMovesFocusToTheCountAndSnippetsShowTheMatch() throws Exception {
        ChromeDriver driver = Browser.start(1280, 900);
        try {
            driver.get(server.url("/search/"));
            WebElement input = driver.findElement(By.id("sr-search-input"));
            input.sendKeys("hatch act", Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(
                            d ->
                                    "sr-status"
                                            .equals(
                                                    d.switchTo()
                                                            .activeElement()
                                                            .getAttribute("id")));
            String status = driver.findElement(By.id("sr-status")).getText();
            assertTrue(status.matches("\\d+ results? for \u201chatch act\u201d.*"), status);
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(
                            d ->
                                    d.findElement(By.id("sr-live"))
                                            .getAttribute("textContent")
                                            .equals(status));
            // No result for "action" or "actually": a submitted query matches whole words.
            for (WebElement mark : driver.findElements(By.cssSelector("#sr-results mark"))) {
                String m = mark.getText().toLowerCase(java.util.Locale.ROOT);
                assertTrue(m.equals("hatch") || m.equals("act") || m.equals("hatch act"), m);
            }
            // and marks whole words: nothing like "act" inside "active"
            Object inside =
                    driver.executeScript(
                            "return Array.from(document.querySelectorAll('#sr-results mark'))"
                                    + ".filter(m => /^[A-Za-z]/.test(m.nextSibling ? m.nextSibling.textContent : ''))"
                                    + ".map(m => m.textContent + m.nextSibling.textContent.slice(0, 10));");
            assertEquals(List.of(), inside);
            List<WebElement> snippets =
                    driver.findElements(By.cssSelector("#sr-results .sr-excerpt"));
            assertTrue(
                    snippets.stream()
                            .limit(3)
                            .allMatch(p -> !p.findElements(By.tagName("mark")).isEmpty()),
                    "the top snippets show the matched words");
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
