package org.bitpoll.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, one per test class. Nothing is downloaded: the binary and the
 * driver are the Debian packages'. Each browser has a fresh profile that is deleted when it quits.
 */
public final class Browser implements AutoCloseable {

    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        this(List.of());
    }

    /** A browser started with these Chromium command-line arguments as well (such as a feature to disable). */
    public Browser(List<String> arguments) {
        try {
            profile = Files.createTempDirectory("bitpoll-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=en",
                "--user-data-dir=" + profile);
        options.addArguments(arguments);
        downloads = profile.resolve("downloads");
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // ajax updates replace elements while a condition looks at them: look again instead of failing
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** The folder downloads land in. */
    public Path downloads() {
        return downloads;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the server and checks it with axe. */
    public void open(String path) {
        driver.get(TestServer.baseUrl() + path);
        checkAccessibility();
    }

    /** Fails when the page as it is now has a serious or critical accessibility violation (see {@link AxeCheck}). */
    public void checkAccessibility() {
        AxeCheck.assertNoSeriousViolations(driver);
    }

    /** Chooses the page language as the footer's switch does. */
    public void useLanguage(String code) {
        driver.get(TestServer.baseUrl() + "/language/" + code + "?next=/");
        wait.until(d -> d.manage().getCookieNamed("bitpoll-lang") != null);
    }

    /** Logs in through the login page and waits until the header shows the user's menu. */
    public void logIn(TestAccounts.Credentials account) {
        logIn(account.username(), account.password());
    }

    public void logIn(String username, String password) {
        open("/login/");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        clickAndWaitForPage(By.id("loginForm:logIn"));
        find(By.id("userMenu"));
    }

    /** Logs out through the header menu. */
    public void logOut() {
        if (find(By.id("userMenu")).getAttribute("open") == null) {
            click(By.id("userMenuToggle"));
        }
        clickAndWaitForPage(By.id("logoutButton"));
        find(By.id("loginLink"));
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public WebElement byId(String clientId) {
        return find(By.id(clientId));
    }

    /**
     * Clicks an element once it is visible, enabled and not covered (an opening panel may still be moving over it:
     * then it tries again until the wait ends).
     */
    public void click(By by) {
        wait.until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                return false;
            }
        });
    }

    /**
     * Opens a collapsed panel (a toggleable fieldset) by its toggle and waits until its content shows. A click that
     * came before the page's widgets were bound is lost, so the toggle is clicked again when nothing has moved for
     * a few seconds.
     */
    public void expand(By toggle, By content) {
        long[] lastClick = {0};
        wait.until(d -> {
            List<WebElement> shown = d.findElements(content);
            if (!shown.isEmpty() && shown.get(0).isDisplayed()) {
                return true;
            }
            if (System.nanoTime() - lastClick[0] > Duration.ofSeconds(3).toNanos()) {
                click(toggle);
                lastClick[0] = System.nanoTime();
            }
            return false;
        });
    }

    /** Clicks a button that replaces part of the page with ajax and waits until the old part is gone. */
    public void clickAndWaitForUpdate(By button, By replaced) {
        WebElement old = driver.findElement(replaced);
        click(button);
        wait.until(d -> isGone(old));
    }

    /** Clicks a button that loads a new page and waits for it. */
    public void clickAndWaitForPage(By button) {
        WebElement body = driver.findElement(By.tagName("body"));
        click(button);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> isGone(body));
        } catch (org.openqa.selenium.TimeoutException lost) {
            // a click lost to a layout that moved between press and release: activate it by keyboard instead
            List<WebElement> still = driver.findElements(button);
            if (!still.isEmpty() && !isGone(still.get(0))) {
                still.get(0).sendKeys(org.openqa.selenium.Keys.ENTER);
            }
        }
        wait.until(d -> isGone(body));
        wait.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        checkAccessibility();
    }

    /**
     * Whether an element has left the page. Chromium reports a node of an unloaded document either as stale or,
     * while the next page loads, as "does not belong to the document"; both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    public void type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
    }

    public String text(By by) {
        return find(by).getText();
    }

    /** The browser console's errors since the last call (CSP violations show up here). */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .toList();
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** What the browser tells a screen reader about an element: its role, accessible name and description. */
    public record AccessibleNode(String role, String name, String description) {}

    /** The accessibility tree's node of the first element found (read through the DevTools protocol). */
    public AccessibleNode accessibleNode(By by) {
        WebElement element = find(by);
        driver.executeScript("arguments[0].setAttribute('data-ax-probe', '')", element);
        try {
            Map<String, Object> evaluated = driver.executeCdpCommand(
                    "Runtime.evaluate", Map.of("expression", "document.querySelector('[data-ax-probe]')"));
            Object objectId = ((Map<?, ?>) evaluated.get("result")).get("objectId");
            Map<String, Object> tree = driver.executeCdpCommand(
                    "Accessibility.getPartialAXTree", Map.of("objectId", objectId, "fetchRelatives", false));
            Map<?, ?> node = (Map<?, ?>) ((List<?>) tree.get("nodes")).get(0);
            return new AccessibleNode(
                    axValue(node.get("role")), axValue(node.get("name")), axValue(node.get("description")));
        } finally {
            driver.executeScript("arguments[0].removeAttribute('data-ax-probe')", element);
        }
    }

    private static String axValue(Object property) {
        if (property instanceof Map<?, ?> map && map.get("value") != null) {
            return map.get("value").toString();
        }
        return "";
    }

    /** Saves a screenshot of the page as {@code <name>.png} in the screenshots folder. */
    public Path screenshot(String name) {
        try {
            Path target = TestServer.screenshots().resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Path shot =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
