package dev.sesref.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's headless Chromium through its chromedriver. Tests skip when the browser is not
 * installed, unless {@code SESREF_REQUIRE_BROWSER=1} (set by CI), where a missing browser fails
 * them.
 */
public final class Browser {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Held so the setting survives garbage collection: Selenium warns about CDP versions we do not
     * use.
     */
    private static final java.util.logging.Logger SELENIUM_LOG = quiet();

    private static java.util.logging.Logger quiet() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.openqa.selenium");
        log.setLevel(Level.SEVERE);
        return log;
    }

    private Browser() {}

    public static ChromeDriver start(int width, int height) throws Exception {
        return start(width, height, false);
    }

    /**
     * As {@link #start(int, int)}; with {@code performanceLog}, also records DevTools network
     * events ("performance" log).
     */
    public static ChromeDriver start(int width, int height, boolean performanceLog)
            throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if ("1".equals(System.getenv("SESREF_REQUIRE_BROWSER")) && !present) {
            throw new IllegalStateException(
                    "SESREF_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + DRIVER + " is missing");
        }
        assumeTrue(
                present,
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory("sesref-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (performanceLog) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File(DRIVER.toString()))
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Some Chromium builds keep a headless window at least 500 px wide whatever --window-size
        // says; the emulated viewport is exact on every machine.
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of(
                        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return driver;
    }

    /** Console messages of level SEVERE (errors) since the last call. */
    public static java.util.List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .toList();
    }
}
