package vn.parindex.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import vn.parindex.dashboard.Fixtures;
import vn.parindex.dashboard.Server;

/**
 * Every view in real headless Chromium (Debian's chromium and chromium-driver): all chart images load, the
 * console stays clean, the links between views work. Screenshots go to target/screenshots/.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    @TempDir
    static Path warehouse;
    @TempDir
    static Path profile;
    /** Held so that the quieter level sticks (java.util.logging keeps loggers weakly). */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");
    private static Server server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // the test command (./parindex test) installs them: a missing browser is a failure, never a silent skip
        assertTrue(installed, "needs Debian's chromium and chromium-driver (./parindex test installs them)");
        SELENIUM_LOG.setLevel(Level.SEVERE); // not its CDP version notice: the test uses no CDP
        Fixtures.planner(warehouse, "snap-browser");
        server = new Server(warehouse);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().withSilent(true).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyViewRendersWithItsChartsAndAConsoleWithoutErrors() throws Exception {
        open("/", "home");
        open("/ranking?province=L%C3%A0o%20Cai&year=2024", "ranking");
        open("/unit/LCI-EVIL?year=2024", "unit");
        open("/unit/LCI-NEW?year=2024", "unit-merged");
        open("/compare?type=TUPHAP", "comparison");
        open("/province?province=L%C3%A0o%20Cai&year=2024", "province");
        open("/quality", "quality");
    }

    @Test
    void linksLeadFromTheStartPageThroughTheViews() throws Exception {
        open("/", "links-home");
        click(By.xpath("//tr[td/a[text()='Lào Cai']]//a[text()='Năm 2024']"));
        assertTrue(browser.getTitle().startsWith("Xếp hạng PAR — Lào Cai — năm 2024"), browser.getTitle());
        click(By.partialLinkText("<script>alert(\"x\")</script>"));
        assertTrue(browser.getCurrentUrl().contains("/unit/LCI-EVIL"), browser.getCurrentUrl());
        assertEquals(Fixtures.EVIL_NAME + " (Lào Cai) — PAR năm 2024", browser.findElement(By.tagName("h1")).getText());
        click(By.partialLinkText("So sánh cùng loại"));
        assertTrue(browser.getCurrentUrl().contains("/compare?type=TUPHAP"), browser.getCurrentUrl());
        click(By.linkText("Chất lượng dữ liệu"));
        assertTrue(browser.getPageSource().contains("scores/&lt;b&gt;bad&lt;/b&gt;.csv"));
        checkPage("links-quality");
        open("/ranking?province=L%C3%A0o%20Cai&year=2024", "links-ranking");
        click(By.linkText("◀ Năm trước"));
        assertTrue(browser.getCurrentUrl().contains("year=2023"), browser.getCurrentUrl());
        checkPage("links-ranking-2023");
    }

    @Test
    void nationalPagesShowPublishedRanksOf63And34() throws Exception {
        open("/ranking?province=Vi%E1%BB%87t%20Nam&tier=province&year=2024", "national-2024");
        List<String> ranks = column(1);
        assertTrue(ranks.contains("11/63 (công bố)") && ranks.contains("63/63 (công bố)"), ranks.toString());
        assertTrue(browser.findElement(By.cssSelector("p.note")).getText().contains("bảng xếp hạng có 63"));
        open("/ranking?province=Vi%E1%BB%87t%20Nam&tier=province&year=2025", "national-2025");
        assertTrue(column(1).stream().allMatch(r -> r.endsWith("/34 (công bố)")), column(1).toString());
        assertTrue(column(7).contains("năm trước 11/63"), "no arrow across table sizes: " + column(7));
        assertTrue(column(4).stream().allMatch("–"::equals), "a partial table shows no gap to the leader: " + column(4));
    }

    @Test
    void laoCaiTttt2022AddsUpOnScreen() throws Exception {
        open("/unit/LCI-STTTT?index=PAR&year=2022", "unit-lci-stttt-2022");
        assertTrue(browser.findElement(By.cssSelector("dd.headline")).getText().startsWith("87,13"));
        WebElement losses = browser.findElement(By.xpath("//section[.//h3[starts-with(text(),'Điểm chưa đạt theo lĩnh vực')]]"));
        double sum = 0;
        for (WebElement row : losses.findElements(By.cssSelector("tbody tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            String name = cells.get(1).getText();
            double value = number(cells.get(4).getText());
            if (name.equals("Tổng điểm chưa đạt")) {
                assertEquals(12.87, value, 1e-9);
            } else {
                sum += value;
            }
        }
        assertEquals(12.87, sum, 1e-6, "domain losses in index points and the difference make the headline");
        assertTrue(browser.findElement(By.xpath("//figure[contains(., 'từ 91,80 đến 87,13')]")).isDisplayed(),
                "the waterfall goes from 91,80 to 87,13");
        print("unit-lci-stttt-2022-print");
    }

    @Test
    void everySyntheticFigureIsLabelled() throws Exception {
        for (String[] view : new String[][]{{"/ranking?province=Tuy%C3%AAn%20Quang&year=2025", "synthetic-ranking"},
                {"/unit/LCI-STTTT?index=PAR&year=2021", "synthetic-unit"}, {"/compare?type=TTTT", "synthetic-compare"},
                {"/quality", "synthetic-quality"}}) {
            open(view[0], view[1]);
            for (WebElement marked : browser.findElements(By.cssSelector("[data-provenance=synthetic]"))) {
                assertTrue(marked.getText().contains("số liệu minh họa"), view[0] + ": " + marked.getText());
            }
        }
        open("/ranking?province=Tuy%C3%AAn%20Quang&year=2024", "synthetic-ranking-2024");
        assertFalse(browser.findElements(By.cssSelector("[data-provenance=synthetic]")).isEmpty());
        print("ranking-print");
    }

    @Test
    void planViewsShowGoalsTasksByUrgencyAndFilterWithoutScript() throws Exception {
        open("/plan/LCI-STTTT?index=PAR&year=2022", "plan-unit");
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Kế hoạch — Sở Thông tin và Truyền thông"));
        WebElement goals = browser.findElement(By.xpath("//section[.//h3[text()='Cần bao nhiêu điểm để đạt mục tiêu']]"));
        assertTrue(goals.getText().contains("Vượt đơn vị xếp trên (hạng 10)"), goals.getText());
        WebElement domain3 = browser.findElement(By.xpath("//section[.//h3[starts-with(text(),'3. Cải cách thủ tục')]]"));
        List<String> statuses = domain3.findElements(By.cssSelector("tbody tr td:nth-child(10)")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Quá hạn", "Chưa đọc được thời hạn", "Thường xuyên"), statuses,
                "overdue first, then the task whose deadline was not read");
        List<WebElement> statusCells = domain3.findElements(By.cssSelector("tbody tr td:nth-child(10)"));
        assertEquals("rgba(217, 210, 233, 1)", statusCells.get(1).getCssValue("background-color"),
                "deadline_unknown's own violet, the task-list workbook's fill");
        // no other status uses it: each has its own fill, the workbook's (TaskStatus.fill)
        assertEquals("rgba(255, 199, 206, 1)", statusCells.get(0).getCssValue("background-color"), "overdue's own fill");
        assertEquals("rgba(221, 235, 247, 1)", statusCells.get(2).getCssValue("background-color"), "ongoing's own fill");
        shotAt(browser.findElement(By.xpath("//h2[starts-with(text(),'Nhiệm vụ kế hoạch năm')]")), "plan-unit-tasks");
        shotAt(browser.findElement(By.xpath("//h2[starts-with(text(),'Nhiệm vụ năm')]")), "plan-unit-results");
        click(By.partialLinkText("Quá hạn ("));
        assertTrue(browser.getCurrentUrl().contains("status=overdue"), browser.getCurrentUrl());
        checkPage("plan-unit-overdue");
        for (WebElement cell : browser.findElements(By.xpath("//section[.//h3[contains(text(),'nhiệm vụ)')]]"
                + "//tbody//td[10]"))) {
            assertEquals("Quá hạn", cell.getText());
        }
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lead"))).selectByVisibleText("Phòng Bưu chính");
        submit(browser.findElement(By.xpath("//form[.//select[@id='lead']]//button")));
        assertTrue(browser.getCurrentUrl().contains("lead=Ph") && browser.getCurrentUrl().contains("status=overdue"),
                "the lead form keeps the status: " + browser.getCurrentUrl());
        checkPage("plan-unit-lead");
        assertEquals(1, browser.findElements(By.xpath("//section[.//h3[contains(text(),'nhiệm vụ)')]]//tbody/tr")).size());
        open("/plan/LCI-STTTT?index=PAR&year=2022", "plan-unit-again");
        print("plan-unit-print");
        open("/plan?province=L%C3%A0o%20Cai&year=2024", "plan-province");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("2 đơn vị có 4 nhiệm vụ quá hạn."));
        click(By.linkText("Sở Nội vụ"));
        assertTrue(browser.getCurrentUrl().contains("/plan/LCI-SNV"), browser.getCurrentUrl());
        checkPage("plan-unit-snv");
    }

    private static List<String> column(int index) {
        return browser.findElements(By.cssSelector("section.table tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(index - 1).getText()).toList();
    }

    private static double number(String shown) {
        return Double.parseDouble(shown.replace("−", "-").replace(".", "").replace(",", "."));
    }

    /** The page as printed (print media, A4 width), screenshotted: no navigation left. */
    private static void print(String name) throws Exception {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertFalse(browser.findElement(By.tagName("nav")).isDisplayed(), "no navigation in print");
            js().executeScript("window.scrollTo(0, 0)");
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    /** A screenshot with the element at the top of the window (the sections below the first screen). */
    private static void shotAt(WebElement element, String name) throws Exception {
        js().executeScript("arguments[0].scrollIntoView()", element);
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        js().executeScript("window.scrollTo(0, 0)");
    }

    private static JavascriptExecutor js() {
        return browser;
    }

    private static void open(String path, String name) throws Exception {
        browser.get(server.base() + path);
        checkPage(name);
    }

    private static void click(By link) {
        submit(browser.findElement(link));
    }

    /** Clicks and waits for the next page to load (a click returns before the navigation ends). */
    private static void submit(WebElement element) {
        String before = browser.getCurrentUrl();
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(driver -> !before.equals(driver.getCurrentUrl())
                        && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** Images loaded (lazy ones scrolled into view), no console errors, a screenshot saved. */
    private static void checkPage(String name) throws Exception {
        JavascriptExecutor js = browser;
        List<WebElement> images = browser.findElements(By.tagName("img"));
        for (WebElement image : images) {
            js.executeScript("arguments[0].scrollIntoView()", image);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!Boolean.TRUE.equals(js.executeScript("return arguments[0].complete", image))
                    && System.nanoTime() < deadline) {
                Thread.sleep(25);
            }
            Number width = (Number) js.executeScript("return arguments[0].naturalWidth", image);
            assertTrue(width.intValue() > 0, name + ": image did not load: " + image.getAttribute("src"));
        }
        assertFalse(browser.findElement(By.tagName("h1")).getText().isBlank(), name + " has a heading");
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertTrue(errors.isEmpty(), name + " console: " + errors.stream().map(LogEntry::getMessage)
                .collect(Collectors.joining("\n")));
        js.executeScript("window.scrollTo(0, 0)");
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
