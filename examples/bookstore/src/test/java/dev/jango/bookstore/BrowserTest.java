package dev.jango.bookstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.jango.web.test.LiveServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drives Debian's Chromium (headless, through Playwright) against the bookstore on a live server: the list page,
 * the add-book form with its CSRF token, a validation error, and the CSV download. Without Chromium it is skipped
 * with a message, except under {@code CI=true}, where a missing browser fails the build.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("JANGO_CHROMIUM", "/usr/bin/chromium"));
    private static final int BOOKS = 120;

    @RegisterExtension
    static final LiveServerExtension LIVE = new LiveServerExtension(() -> LiveBookstore.dispatcher(BOOKS));

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;

    @BeforeAll
    static void launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Chromium not found at " + CHROMIUM + ": install it with "
                    + "'apt-get install -y chromium' (or set JANGO_CHROMIUM)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; CI=true, so this is a failure, not a skip");
            }
            System.err.println("BrowserTest SKIPPED: " + message);
            Assumptions.abort(message);
        }
        // The driver ships inside the driver-bundle jar; never download browsers, use Debian's Chromium.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();   // closes the browser too
        }
    }

    private Page page(String path) {
        context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
        Page page = context.newPage();
        page.navigate(LIVE.uri().resolve(path).toString());
        return page;
    }

    @org.junit.jupiter.api.AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    @Order(1)
    void listPageRendersFiftyBooksAndPagesOn() {
        Page page = page("/books/");
        assertThat(page.title()).isEqualTo("Books · Jango bookstore");
        assertThat(page.locator("#books tbody tr").count()).isEqualTo(50);
        assertThat(page.locator("#books tbody tr").first().locator("td").nth(3).textContent()).matches(
                "tag-\\d+, tag-\\d+, tag-\\d+");
        page.click("#older");
        assertThat(page.url()).contains("/books/?before=");
        assertThat(page.locator("#books tbody tr").count()).isEqualTo(50);
    }

    @Test
    @Order(2)
    void addBookFormSubmitsWithItsCsrfToken() {
        Page page = page("/books/new/");
        assertThat(page.locator("input[name=csrfmiddlewaretoken]").getAttribute("value")).isNotBlank();
        page.fill("#id_title", "Browsing With Chromium");
        page.fill("#id_author", "3");
        page.fill("#id_price", "19.90");
        page.fill("#id_published", "2031-05-06");
        page.fill("#id_pages", "321");
        page.click("#book-form button[type=submit]");
        page.waitForURL("**/books/*/");
        assertThat(page.locator("h1").textContent()).isEqualTo("Browsing With Chromium");
        // Published in 2031: newest of all, so it heads the list.
        page.navigate(LIVE.uri().resolve("/books/").toString());
        assertThat(page.locator("#books tbody tr").first().textContent()).contains("Browsing With Chromium");
    }

    @Test
    @Order(3)
    void validationErrorIsShownAndInputKept() {
        Page page = page("/books/new/");
        page.fill("#id_title", "Nobody Wrote This");
        page.fill("#id_author", "987654");
        page.fill("#id_price", "5.00");
        page.fill("#id_published", "2020-01-01");
        page.fill("#id_pages", "10");
        page.click("#book-form button[type=submit]");
        page.waitForSelector(".errorlist");
        assertThat(page.locator(".errorlist").textContent()).isEqualTo("No author has id 987654.");
        assertThat(page.inputValue("#id_title")).isEqualTo("Nobody Wrote This");
        assertThat(page.url()).endsWith("/books/new/");
    }

    @Test
    @Order(4)
    void csvExportDownloads() throws Exception {
        Page page = page("/books/");
        Download download = page.waitForDownload(() -> page.click("text=CSV export"));
        assertThat(download.suggestedFilename()).isEqualTo("books.csv");
        List<String> lines = Files.readAllLines(download.path());
        assertThat(lines.getFirst()).isEqualTo("id,title,author,price,published");
        // The header and every seeded book (plus the one the form test added, when it ran first).
        assertThat(lines.size()).isBetween(1 + BOOKS, 2 + BOOKS);
        assertThat(lines.get(1)).startsWith("1,A Silent River 1,");
    }
}
