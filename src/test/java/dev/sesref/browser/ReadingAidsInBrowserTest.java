package dev.sesref.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Issue 25's reading aids on the real site in headless Chromium: the phone menu (a disclosure, by
 * keyboard), "On this page" closed on a phone and marking the section read on a desktop, citation
 * and glossary previews on keyboard focus, and paragraph links.
 */
class ReadingAidsInBrowserTest {
    @TempDir static Path tmp;
    static StaticServer server;

    @BeforeAll
    static void buildAndServe() throws Exception {
        Path site = tmp.resolve("site");
        Cli.buildRealSite(site);
        server = new StaticServer(site);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * Whether the element is rendered: WebDriver's isDisplayed() calls anything inside a closed
     * details element hidden, even where the CSS shows it (the wide layout's navigation).
     */
    static boolean visible(ChromeDriver driver, WebElement e) {
        return Boolean.TRUE.equals(
                driver.executeScript(
                        "return arguments[0].checkVisibility({contentVisibilityAuto: true,"
                                + " opacityProperty: false, visibilityProperty: true});",
                        e));
    }

    /** Focuses an element as the keyboard does (a key sent to it), which fires its focus event. */
    static void focus(WebElement e) {
        e.sendKeys(Keys.SHIFT);
    }

    @Test
    void onAPhoneTheMenuOpensFromTheKeyboardAndOnThisPageStartsClosed() throws Exception {
        ChromeDriver driver = Browser.start(390, 844);
        try {
            driver.get(server.url("/overview/"));
            WebElement nav = driver.findElement(By.cssSelector(".site-menu .site-nav"));
            assertFalse(visible(driver, nav), "the navigation starts closed on a phone");
            WebElement summary = driver.findElement(By.cssSelector(".site-menu > summary"));
            summary.sendKeys(Keys.ENTER);
            assertTrue(visible(driver, nav), "Enter on 'Menu' opens the navigation");
            assertTrue(
                    visible(
                            driver,
                            driver.findElement(By.cssSelector(".site-nav a[href*='faq']"))));
            assertFalse(
                    visible(driver, driver.findElement(By.cssSelector(".toc li a"))),
                    "'On this page' starts closed on a phone");
            assertEquals(List.of(), Browser.consoleErrors(driver));
        } finally {
            driver.quit();
        }
    }

    @Test
    void onADesktopTheNavigationAndOnThisPageAreOpenAndTheSectionReadIsMarked() throws Exception {
        ChromeDriver driver = Browser.start(1366, 900);
        try {
            driver.get(server.url("/overview/"));
            assertTrue(
                    visible(driver, driver.findElement(By.cssSelector(".site-nav a[href*='faq']"))),
                    "the navigation is a row on a desktop");
            assertFalse(
                    visible(driver, driver.findElement(By.cssSelector(".site-menu > summary"))),
                    "no Menu button on a desktop");
            WebElement first = driver.findElement(By.cssSelector(".toc li a"));
            assertTrue(visible(driver, first), "'On this page' is open as a sidebar");
            String id =
                    driver.findElement(By.cssSelector(".toc li:nth-child(3) a"))
                            .getAttribute("hash");
            driver.executeScript(
                    "document.getElementById(arguments[0]).scrollIntoView();", id.substring(1));
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(
                            d ->
                                    id.equals(
                                            d.findElement(
                                                            By.cssSelector(
                                                                    ".toc a[aria-current=location]"))
                                                    .getAttribute("hash")));
            assertEquals(List.of(), Browser.consoleErrors(driver));
        } finally {
            driver.quit();
        }
    }

    @Test
    void citationsAndTermsPreviewOnFocusAndParagraphsCanBeLinked() throws Exception {
        ChromeDriver driver = Browser.start(1366, 900);
        try {
            driver.get(server.url("/overview/"));
            WebElement cite =
                    driver.findElement(By.cssSelector("main a.cite[data-cite='usc/5/3132']"));
            focus(cite);
            WebElement box = driver.findElement(By.id("sr-preview"));
            assertTrue(box.isDisplayed(), "a citation shows its preview on focus");
            assertTrue(box.getText().contains("Definitions and exclusions"), box.getText());
            assertEquals("sr-preview", cite.getAttribute("aria-describedby"));
            cite.sendKeys(Keys.ESCAPE);
            assertFalse(box.isDisplayed(), "Escape closes it");

            WebElement term = driver.findElement(By.cssSelector("main a.term"));
            focus(term);
            assertTrue(box.isDisplayed(), "a glossary term shows its preview on focus");
            String id = term.getAttribute("data-term");
            String listed =
                    driver.findElement(By.cssSelector(".terms-used li[data-term='" + id + "']"))
                            .getText();
            assertEquals(listed, box.getText());

            WebElement para = driver.findElement(By.cssSelector("main p[id^='p-']"));
            WebElement link = para.findElement(By.cssSelector("a.para-link"));
            assertEquals("#" + para.getAttribute("id"), link.getAttribute("hash"));
            assertEquals("0", link.getCssValue("opacity"), "hidden until hover or focus");
            focus(link);
            assertEquals("1", link.getCssValue("opacity"), "visible on focus");
            assertEquals(List.of(), Browser.consoleErrors(driver));
        } finally {
            driver.quit();
        }
    }

    /**
     * A link to a question from before FAQ topics had pages (/faq/#pay-rates) lands on the
     * question's topic page; a link to something on the FAQ page itself stays.
     */
    @Test
    void anOldLinkToAFaqQuestionGoesToItsTopicPage() throws Exception {
        ChromeDriver driver = Browser.start(390, 844);
        try {
            driver.get(server.url("/faq/#pay-rates"));
            new org.openqa.selenium.support.ui.WebDriverWait(
                            driver, java.time.Duration.ofSeconds(5))
                    .until(d -> d.getCurrentUrl().contains("/faq/performance-compensation/"));
            assertTrue(
                    driver.getCurrentUrl().endsWith("/faq/performance-compensation/#pay-rates"),
                    driver.getCurrentUrl());
            assertTrue(driver.findElement(By.id("pay-rates")).isDisplayed());
            driver.get(server.url("/faq/#not-legal-advice"));
            assertTrue(
                    driver.getCurrentUrl().endsWith("/faq/#not-legal-advice"),
                    driver.getCurrentUrl());
            assertEquals(List.of(), Browser.consoleErrors(driver));
        } finally {
            driver.quit();
        }
    }
}
