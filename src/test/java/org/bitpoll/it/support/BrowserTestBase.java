package org.bitpoll.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The frame of a browser test class: one {@link Browser} for the whole class in {@link #browser} (started before
 * the first test, closed after the last), a screenshot of the page as it was when a test failed
 * ({@code failed-<class>-<test>.png} in the screenshots folder), and after every test the check that the enforced
 * Content-Security-Policy blocked nothing. Every page the browser opens or a click loads is checked with axe
 * ({@link Browser#open}, {@link Browser#clickAndWaitForPage}).
 *
 * <p>A subclass's own {@code @BeforeAll} runs after the browser has started, e.g. to choose the language.
 */
@ExtendWith(BrowserTestBase.ScreenshotOnFailure.class)
public abstract class BrowserTestBase {

    /** The browser of the running test class. */
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The enforced Content-Security-Policy blocked nothing: no violation reached the browser's console. */
    @AfterEach
    void noContentSecurityPolicyViolations() {
        assertThat(browser.consoleErrors()).noneMatch(line -> line.contains("Content Security Policy"));
    }

    /** Saves the page a test failed on, before anything after the test changes it. */
    static final class ScreenshotOnFailure implements TestExecutionExceptionHandler {

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            if (browser != null) {
                String name = ("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                                + context.getRequiredTestMethod().getName() + "-" + context.getDisplayName())
                        .replaceAll("[^A-Za-z0-9_-]+", "_");
                try {
                    browser.screenshot(name);
                } catch (RuntimeException unavailable) {
                    failure.addSuppressed(unavailable);
                }
            }
            throw failure;
        }
    }
}
