package se.samverkansgrafen.pages;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.samverkansgrafen.web.ApiTest;
import se.samverkansgrafen.support.DebianPackages;

/**
 * Base of the page tests: the real service (see {@link ApiTest}) driven by headless
 * Chromium through its chromedriver, both named explicitly so Selenium Manager never
 * reaches for the network. They are found on the PATH (or named by the environment
 * variables CHROMIUM and CHROMEDRIVER); when missing and the tests run as root on a
 * Debian-like system they are installed with apt-get, as .ci/run does; otherwise the tests
 * fail saying how to install them, never skip. One browser per test class. Every page
 * visited is saved as target/screenshots/NAME.png.
 */
abstract class BrowserTest extends ApiTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static final List<String> DRIVERS = List.of("chromedriver");

    protected static WebDriver browser;
    private static ChromeDriverService service;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        Path chromium = executable("CHROMIUM", BROWSERS);
        Path chromedriver = executable("CHROMEDRIVER", DRIVERS);
        if ((chromium == null || chromedriver == null) && DebianPackages.install("chromium", "chromium-driver")) {
            chromium = executable("CHROMIUM", BROWSERS);
            chromedriver = executable("CHROMEDRIVER", DRIVERS);
        }
        if (chromium == null || chromedriver == null) {
            throw new IllegalStateException("The page tests need Chromium and its chromedriver, and found "
                    + (chromium == null ? "no Chromium" : "Chromium at " + chromium) + " and "
                    + (chromedriver == null ? "no chromedriver" : "chromedriver at " + chromedriver)
                    + ". Install them (Debian/Ubuntu: sudo apt-get install chromium chromium-driver), or set CHROMIUM"
                    + " and CHROMEDRIVER to their paths, or run .ci/run, which installs them.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=sv-SE",
                "--user-data-dir=" + profile.toAbsolutePath());
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    /** The executable named by {@code variable}, or the first of {@code names} on the PATH; null when none. */
    private static Path executable(String variable, List<String> names) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            if (!Files.isExecutable(Path.of(given))) {
                throw new IllegalStateException(variable + " is set to " + given + ", which is not an executable file");
            }
            return Path.of(given);
        }
        return onPath(names);
    }

    private static Path onPath(List<String> names) {
        List<String> path = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        path.add("/usr/bin");
        for (String name : names) {
            for (String dir : path) {
                if (!dir.isBlank() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name);
                }
            }
        }
        return null;
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (service != null) {
            service.stop();
        }
    }

    /** Opens a path of the service in the browser. */
    protected void open(String pathAndQuery) {
        browser.get(url(pathAndQuery));
    }

    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    protected static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    protected static WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    /** Saves the whole page (the window grown to the page's height) as target/screenshots/NAME.png. */
    protected static void screenshot(String name) {
        try {
            Number height = (Number) script("return Math.min(document.documentElement.scrollHeight, 6000);");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, Math.max(1000, height.intValue())));
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
