package org.kefu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.util.Comparator;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}) driven through Selenium. Nothing is downloaded: binary and driver paths are fixed,
 * and the flags keep Chromium off the network it does not have.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(String baseUrl, String acceptLanguage) {
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("kefu-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kefu.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=" + acceptLanguage.split(",")[0],
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("kefu.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    public Browser click(By by) {
        WebElement element = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(by));
        // Centred first and at once (Bootstrap scrolls smoothly), so nothing else receives the click.
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
        return this;
    }

    public Browser waitForText(By by, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(by, expected));
        return this;
    }

    /** Waits until the element's text contains {@code expected} (an htmx swap may still be under way). */
    public Browser waitForTextContaining(By by, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        return this;
    }

    public Browser type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser select(By by, String value) {
        new org.openqa.selenium.support.ui.Select(find(by)).selectByValue(value);
        return this;
    }

    /** A key pressed on the page itself (not in a field), as a keyboard user would. */
    public Browser press(String key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
        return this;
    }

    public String attribute(By by, String name) {
        return find(by).getDomAttribute(name);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * The address once it contains {@code fragment} (within 10 s), or the address it stayed at: a click
     * that submits a form may return before the browser has navigated.
     */
    public String urlOnceItContains(String fragment) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(fragment));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            // the assertion on the returned address reports it
        }
        return driver.getCurrentUrl();
    }

    /** Signs a staff user in on the sign-in page and waits until the browser has left it. */
    public Browser signIn(String username, String password) {
        open("/login");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        click(By.id("signin-submit"));
        urlOnceItContains("localhost");
        return this;
    }

    /**
     * What the page's own session gets from {@code path} (same origin, its cookies), as a browser download
     * would: the status, the content type and the bytes. Headless Chromium shows no PDFs; tests read them with PDFBox.
     */
    public Download download(String path) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object result = driver.executeAsyncScript(String.join("\n",
                "const done = arguments[arguments.length - 1];",
                "fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {",
                "  const bytes = new Uint8Array(await r.arrayBuffer());",
                "  let binary = '';",
                "  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);",
                "  done([r.status, r.headers.get('content-type') || '', btoa(binary)]);",
                "}).catch(e => done([0, String(e), '']));"), path);
        java.util.List<?> parts = (java.util.List<?>) result;
        return new Download(((Number) parts.get(0)).intValue(), (String) parts.get(1),
                java.util.Base64.getDecoder().decode((String) parts.get(2)));
    }

    public record Download(int status, String contentType, byte[] bytes) {
    }

    /** Saves a PNG under {@code target/screenshots/} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
