package org.cancerregistry.endtoend.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * Debian's Chromium, headless, at 1280 px, driven by Playwright; every page a test visits is saved under
 * target/screenshots/{test}/.
 */
final class Browser implements AutoCloseable {

    static final String UI = "http://127.0.0.1:8082/ui";
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final BrowserContext context;
    private final Path screenshots;
    private int shot;

    final Page page;

    Browser(String test) {
        // Every edit is saved as it is typed, one after another: a whole abstract takes some seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create();
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        context = chromium.newContext(new NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.onPageError(error -> System.out.println("[browser] page error: " + error));
        page.onRequestFailed(request -> System.out.println("[browser] request failed: " + request.method() + " " + request.url()
                + " " + request.failure()));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                System.out.println("[browser] " + response.status() + " " + response.request().method() + " " + response.url());
            }
        });
        screenshots = Paths.get("target", "screenshots", test);
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a UI page and logs in on Keycloak's own login page, as a person would. */
    void logIn(String uiPath, String username, String password) {
        page.navigate(UI + uiPath);
        assertThat(page).hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:8180/realms/cancer-registry/protocol/openid-connect/auth.*"));
        screenshot("keycloak-login");
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign In")).click();
    }

    /** The browser's cookies for a URL as a Cookie header, the way someone who captured them would send them. */
    String cookieHeader(String url) {
        return context.cookies(url).stream().map(cookie -> cookie.name + "=" + cookie.value)
                .reduce((a, b) -> a + "; " + b).orElse("");
    }

    /** Saves what the page shows now as the test's next numbered screenshot. */
    Path screenshot(String name) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shot, name));
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        context.close();
        chromium.close();
        playwright.close();
    }
}
