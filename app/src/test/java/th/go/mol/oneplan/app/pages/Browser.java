package th.go.mol.oneplan.app.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * A real headless Chromium driven through Selenium: Debian's {@code chromium} and {@code chromium-driver} packages
 * ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER} name
 * others). Without them the browser tests fail, saying what to install: CI installs them (.ci/run), and a browser
 * test that skips itself silently would let the pages break unseen.
 */
final class Browser implements AutoCloseable {
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static Browser open(String base) {
        return open(base, System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"),
                System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    }

    /** A browser with JavaScript switched off, as some locked-down government desktops are: the pages' fallback. */
    static Browser openWithoutScript(String base) {
        return open(base, System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"),
                System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"), false);
    }

    static Browser open(String base, String chromium, String chromedriver) {
        return open(base, chromium, chromedriver, true);
    }

    private static Browser open(String base, String chromium, String chromedriver, boolean script) {
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            throw new IllegalStateException("The browser tests need Chromium and its driver: " + chromium + " and "
                    + chromedriver + " are not both installed. On Debian or Ubuntu: "
                    + "sudo apt-get install -y chromium chromium-driver (or set CHROMIUM_BINARY and CHROMEDRIVER); "
                    + "see docs/pages.md.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=th-TH", "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        // The console (script errors, CSP violations) is kept for consoleErrors().
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        if (!script) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    void get(String path) {
        driver.get(base + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    void logIn(String username, String password) {
        driver.manage().deleteAllCookies();
        get("/login");
        find("#username").sendKeys(username);
        find("#password").sendKeys(password);
        clickAndWait("#login");
    }

    /** Clicks what opens another page (a link, a form's button) and waits until that page has loaded. */
    void clickAndWait(String css) {
        WebElement before = find("html");
        find(css).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Types keys (or text) into whatever has the focus, as a person at the keyboard does: no element is aimed at. */
    void press(CharSequence keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** A key pressed with a modifier held down, e.g. Shift+Tab. */
    void press(Keys modifier, Keys key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    /** Presses a key that opens another page (Enter on a link or in a form) and waits until that page has loaded. */
    void pressAndWait(CharSequence keys) {
        WebElement before = find("html");
        press(keys);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** A property of the element that has the focus ({@code id}, {@code tagName}, {@code href}...), or null. */
    String focused(String property) {
        Object value = script("const e = document.activeElement; return e ? e[arguments[0]] : null;", property);
        return value == null ? null : value.toString();
    }

    /** The focused element, as {@code a#id.class "text"}, for messages. */
    String focusedElement() {
        return (String) script("const e = document.activeElement; return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')"
                + " + ' \"' + (e.textContent || '').trim().slice(0, 30) + '\"';");
    }

    /**
     * How the focused element shows its focus: its computed outline (style, width, colour) or box shadow, or null
     * when it shows neither, so a keyboard user would not see where they are.
     */
    String focusIndicator() {
        return (String) script("""
                const e = document.activeElement;
                if (!e || e === document.body) { return null; }
                const s = getComputedStyle(e);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0
                    ? 'outline ' + s.outlineWidth + ' ' + s.outlineStyle + ' ' + s.outlineColor : null;
                const shadow = s.boxShadow && s.boxShadow !== 'none' ? 'box-shadow ' + s.boxShadow : null;
                return outline || shadow ? [outline, shadow].filter(Boolean).join('; ') : null;""");
    }

    void logOut() {
        driver.manage().deleteAllCookies();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String pageText() {
        return find("body").getText();
    }

    String sessionCookie() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * What the browser's console reported at SEVERE (uncaught script errors, resources refused, Content Security
     * Policy violations) since the last call; reading empties it.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString).toList();
    }

    /** Waits (up to 30 s) until the script returns true: what the page's own scripts draw after it has loaded. */
    void awaitScript(String js) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(js)));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Whether the page is wider than the window: a phone user would have to scroll sideways. */
    boolean overflowsSideways() {
        Number scroll = (Number) script("return document.documentElement.scrollWidth;");
        Number inner = (Number) script("return document.documentElement.clientWidth;");
        return scroll.longValue() > inner.longValue();
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Saves what the window shows now, as a person sees it without scrolling, as target/screenshots/{name}.png. */
    Path screenshotOfWindow(String name) {
        return save(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE), name);
    }

    /** Saves what one element shows (e.g. a section of a page) as target/screenshots/{name}.png. */
    Path screenshotOf(String css, String name) {
        WebElement element = find(css);
        script("arguments[0].scrollIntoView({block: 'start'});", element);
        return save(element.getScreenshotAs(OutputType.FILE), name);
    }

    /** Saves the whole page (the window stretched to its height) as target/screenshots/{name}.png. */
    Path screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        try {
            Number height = (Number) script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
            driver.manage().window().setSize(new Dimension(before.width, (int) Math.min(12_000, height.longValue() + 140)));
            return save(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE), name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Path save(File shot, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
