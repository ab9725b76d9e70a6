package org.bitpoll.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.Browser;
import org.bitpoll.it.support.TestServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A poll page loaded in the browser tests' headless Chromium ({@link Browser}): the Navigation Timing API's
 * milestones from navigation start, the number of elements, and where the renderer spent its time (the DevTools
 * protocol's {@code Performance.getMetrics}: layout, style recalculation, script, all main-thread tasks). One
 * load first (to fill the cache with the static resources, as for a returning visitor), then the median of the
 * measured loads.
 */
final class BrowserTimings {

    /** One page's figures, medians over the measured loads, in milliseconds (the counts as they are). */
    record Load(
            double responseStartMs,
            double responseEndMs,
            double domInteractiveMs,
            double domContentLoadedMs,
            double loadEventMs,
            long elements,
            double layoutMs,
            double styleMs,
            double scriptMs,
            double taskMs) {}

    private static final String NAVIGATION = "const n = performance.getEntriesByType('navigation')[0];"
            + " return n && n.loadEventEnd > 0 ? [n.responseStart, n.responseEnd, n.domInteractive,"
            + " n.domContentLoadedEventEnd, n.loadEventEnd, document.getElementsByTagName('*').length] : null;";

    /**
     * The browser's extra arguments: without the back/forward cache, the page left for {@code about:blank} before
     * each load is not kept alive in its renderer (the poll pages may be cached, having no {@code no-store}), so
     * one load does not run beside the memory of the earlier ones.
     */
    static final List<String> ARGUMENTS = List.of("--disable-features=BackForwardCache");

    private static final List<String> RENDERER_METRICS =
            List.of("LayoutDuration", "RecalcStyleDuration", "ScriptDuration", "TaskDuration");

    private final ChromeDriver driver;

    BrowserTimings(Browser browser) {
        this.driver = browser.driver();
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
        try {
            driver.executeCdpCommand("Performance.enable", Map.of());
        } catch (RuntimeException unavailable) {
            // then the renderer's times are reported as NaN; the Navigation Timing figures do not need it
        }
    }

    /** The browser's version, for the report. */
    String version() {
        return String.valueOf(driver.getCapabilities().getBrowserVersion());
    }

    /** Loads the page once, then {@code loads} times more, and returns the medians of the latter. */
    Load measure(String path, int loads) {
        load(path);
        List<double[]> samples = new ArrayList<>();
        for (int i = 0; i < loads; i++) {
            samples.add(load(path));
        }
        double[] medians = new double[samples.get(0).length];
        for (int k = 0; k < medians.length; k++) {
            int column = k;
            double[] values =
                    samples.stream().mapToDouble(s -> s[column]).sorted().toArray();
            medians[k] = values[values.length / 2];
        }
        return new Load(
                medians[0],
                medians[1],
                medians[2],
                medians[3],
                medians[4],
                Math.round(medians[5]),
                medians[6],
                medians[7],
                medians[8],
                medians[9]);
    }

    private double[] load(String path) {
        driver.get("about:blank");
        Map<String, Double> before = rendererMetrics();
        driver.get(TestServer.baseUrl() + path);
        List<?> timing = new WebDriverWait(driver, Duration.ofMinutes(2))
                .until(d -> (List<?>) ((ChromeDriver) d).executeScript(NAVIGATION));
        Map<String, Double> after = rendererMetrics();
        double[] sample = new double[10];
        for (int i = 0; i < 6; i++) {
            sample[i] = ((Number) timing.get(i)).doubleValue();
        }
        for (int i = 0; i < RENDERER_METRICS.size(); i++) {
            String name = RENDERER_METRICS.get(i);
            double spent = after.getOrDefault(name, Double.NaN) - before.getOrDefault(name, 0.0);
            // a navigation that moved to a fresh renderer starts its counters at zero
            sample[6 + i] = (spent < 0 ? after.getOrDefault(name, Double.NaN) : spent) * 1000;
        }
        return sample;
    }

    /** The renderer's cumulative time per activity, in seconds (NaN when the protocol does not answer). */
    private Map<String, Double> rendererMetrics() {
        Map<String, Double> values = new HashMap<>();
        try {
            Object metrics =
                    driver.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics");
            for (Object metric : (List<?>) metrics) {
                Map<?, ?> entry = (Map<?, ?>) metric;
                values.put(entry.get("name").toString(), ((Number) entry.get("value")).doubleValue());
            }
        } catch (RuntimeException unavailable) {
            RENDERER_METRICS.forEach(name -> values.put(name, Double.NaN));
        }
        return values;
    }
}
