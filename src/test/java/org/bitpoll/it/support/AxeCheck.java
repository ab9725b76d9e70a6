package org.bitpoll.it.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility check of a page: axe-core (the copy bundled in {@code com.deque.html.axe-core:selenium}, nothing
 * is fetched) runs in the browser on the page as it is, and any serious or critical violation fails the test with
 * the rule, its impact and the elements it found. Selenium runs the script as the browser's automation, which the
 * page's Content-Security-Policy does not govern, so the enforced policy needs no exception for it.
 */
public final class AxeCheck {

    /** The impacts that fail a test; minor and moderate findings are left to review. */
    private static final Set<String> FAILING = Set.of("serious", "critical");

    private AxeCheck() {}

    /** Fails when axe finds a serious or critical violation on the current page of this browser. */
    public static void assertNoSeriousViolations(WebDriver driver) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // one page, no frames: axe runs in the page itself rather than in a helper tab
        Results results =
                new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError(
                    "axe-core did not run on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<Rule> failing = results.getViolations().stream()
                .filter(rule -> FAILING.contains(rule.getImpact()))
                .toList();
        if (!failing.isEmpty()) {
            throw new AssertionError("Accessibility violations on " + driver.getCurrentUrl() + ":\n"
                    + failing.stream().map(AxeCheck::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        StringBuilder text = new StringBuilder()
                .append("- ")
                .append(rule.getId())
                .append(" (")
                .append(rule.getImpact())
                .append("): ")
                .append(rule.getHelp());
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    ").append(node.getTarget()).append("  ").append(abbreviate(node.getHtml()));
        }
        return text.toString();
    }

    private static String abbreviate(String html) {
        return html.length() <= 200 ? html : html.substring(0, 200) + "…";
    }
}
