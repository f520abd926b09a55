package org.partnerledger.infra.endtoend;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Headless Chromium driven as a person would use the console: Debian's {@code chromium} and {@code chromium-driver}
 * (.ci/run installs them), never a browser that Selenium would download. Missing, it fails the test with the fix:
 * a browser test that skips would say nothing about the console.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    private final WebDriver driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Browser() {
        for (Path executable : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(executable)) {
                throw new IllegalStateException(executable + " is missing: the console's browser tests need Debian's "
                        + "chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,2000", "--lang=en-GB");
        // Accept-Language, from which the console formats dates and numbers.
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "en-GB,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    /** Through the console's sign-in button and the provider's login form, as the demo user. */
    void signIn(String consoleUrl, String username) {
        signOut();
        driver.get(consoleUrl);
        follow("#sign-in");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys("demo");
        follow("button[type=submit]");
    }

    /** Forgets both sessions: the console's and the provider's share the host, so one call clears them. */
    void signOut() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return read(() -> find(css).getText());
    }

    String attribute(String css, String name) {
        return read(() -> find(css).getAttribute(name));
    }

    /**
     * An open dashboard replaces its content when the partnership's stream announces a version: an element read
     * at that moment is gone, and is found again in the new content.
     */
    private <T> T read(Supplier<T> reading) {
        for (int attempt = 1; ; attempt++) {
            try {
                return reading.get();
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
            }
        }
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    /** Types into a field by name; date and time inputs are set directly, as their typing is locale dependent. */
    void fill(String name, String value) {
        WebElement field = driver.findElement(By.name(name));
        String type = field.getAttribute("type");
        if ("date".equals(type) || "datetime-local".equals(type) || "number".equals(type)) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, value);
        } else if ("select".equals(field.getTagName()) || "select-one".equals(type)) {
            field.findElement(By.cssSelector("option[value='" + value + "']")).click();
        } else {
            field.clear();
            field.sendKeys(value);
        }
    }

    /** Ticks the check box of a field (a partner among the attendees, a channel). */
    void tick(String name, String value) {
        driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    void submit() {
        follow("#submit");
    }

    /**
     * Clicks what loads another page (a link, a form's button) and returns once that page has replaced this one:
     * read before, an element would still be the old page's.
     */
    void follow(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, PAGE_LOAD).until(ExpectedConditions.stalenessOf(page));
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a step in a window of a phone's width, then restores the desktop's. */
    void atPhoneWidth(Runnable step) {
        Dimension desktop = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(390, 1600));
        try {
            step.run();
        } finally {
            driver.manage().window().setSize(desktop);
        }
    }

    /** A GET with the browser's session cookies: what a download link gives the user, with its headers. */
    HttpResponse<byte[]> download(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** A form posted with the browser's session cookies from elsewhere: what a forged request would send. */
    HttpResponse<byte[]> postFromElsewhere(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        String cookies = driver.manage().getCookies().stream().map(Cookie::toString)
                .map(cookie -> cookie.split(";")[0]).collect(Collectors.joining("; "));
        try {
            return http.send(request.header("Cookie", cookies).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
