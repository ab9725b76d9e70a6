package org.bitpoll.it.info;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bitpoll.it.support.ServerSettings;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages about the site over HTTP: robots.txt keeps crawlers out of polls, every page's footer links the info
 * pages, each info page answers in every language, and the imprint and privacy pages follow the operator's
 * settings (an address to redirect to, or a text), changed on the running server as an operator would.
 */
class InfoPagesIT {

    private final WebClient client = new WebClient();

    @Test
    void robotsTxtKeepsCrawlersOutOfPollsAndSecretLinks() {
        HttpResponse<String> robots = client.raw("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body().lines()).contains("User-agent: *", "Disallow: /poll/", "Disallow: /manage/");
    }

    @ParameterizedTest
    @CsvSource({"/", "/about/", "/imprint/", "/poll/no-such-poll/"})
    void theFooterLinksEveryInfoPage(String path) {
        Page page = client.get(path);

        assertThat(page.html().select("footer .info-links a").eachAttr("href"))
                .contains("/about/", "/imprint/", "/privacy/", "/problems/", "/licenses/", "/technical-info/");
    }

    @ParameterizedTest
    @CsvSource({
        "/imprint/, en, Imprint",
        "/imprint/, de, Impressum",
        "/imprint/, it, Note legali",
        "/privacy/, en, Privacy",
        "/privacy/, de, Datenschutz",
        "/privacy/, it, Privacy",
        "/problems/, en, Problems",
        "/problems/, de, Probleme",
        "/problems/, it, Problemi",
        "/licenses/, en, Licences",
        "/licenses/, de, Lizenzen",
        "/licenses/, it, Licenze",
        "/technical-info/, en, Technical info",
        "/technical-info/, de, Technische Informationen",
        "/technical-info/, it, Informazioni tecniche"
    })
    void everyInfoPageSpeaksEveryLanguage(String path, String language, String heading) {
        client.get("/language/" + language + "?next=/");

        Page page = client.get(path);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().selectFirst("h1").text()).isEqualTo(heading);
    }

    @Test
    void withoutAnImprintTheImprintPageSaysTheOperatorHasSetNone() {
        Page page = client.get("/imprint/");

        assertThat(page.html().getElementById("noImprint").text())
                .isEqualTo("The operator of this site has not set up an imprint (legal notice) yet.");
        assertThat(page.html().getElementById("operatorText")).isNull();
    }

    @Test
    void withoutAPrivacyPolicyThePrivacyPageSaysWhatBitpollStores() {
        Page page = client.get("/privacy/");

        assertThat(page.html().getElementById("noPrivacyPolicy").text())
                .startsWith("The operator of this site has not published a privacy policy");
        assertThat(page.html().getElementById("builtInPrivacy").text())
                .contains("bitpoll-lang", "bitpoll-manage-", "JSESSIONID");
        assertThat(page.html().getElementById("collaborationData").text())
                .contains("Comments:", "Watching:", "Invitations to vote:", "Groups:", "stay under that name");
    }

    @Test
    void withoutAContactTheProblemsPageSaysSo() {
        Page page = client.get("/problems/");

        assertThat(page.html().getElementById("noContact").text())
                .isEqualTo("The operator of this site has not published a contact address for problems.");
    }

    @Test
    void theLicencesPageNamesTheLicencesOfWhatShips() {
        Page page = client.get("/licenses/");

        assertThat(page.html().getElementById("bitpollLicense").text()).contains("GPL-3.0-or-later");
        Map<String, String> licences = new LinkedHashMap<>();
        page.html()
                .select("#licenses tbody tr")
                .forEach(row -> licences.put(
                        row.selectFirst("th").text(), row.select("td").last().text()));
        assertThat(licences)
                .containsEntry("WildFly", "Apache-2.0")
                .containsEntry("PrimeFaces", "MIT")
                .containsEntry("EclipseLink", "EPL-2.0 OR BSD-3-Clause (EDL-1.0)")
                .containsEntry("Flyway", "Apache-2.0")
                .containsEntry("commonmark-java", "BSD-2-Clause")
                .containsEntry("jsoup", "MIT")
                .containsEntry("H2", "MPL-2.0 OR EPL-1.0")
                .containsEntry("PostgreSQL JDBC Driver", "BSD-2-Clause");
    }

    private static String version(Page page, String component) {
        return page.html()
                .selectFirst("#components tr[data-component='techinfo." + component + "'] td")
                .text();
    }

    @Test
    void theTechnicalInfoPageNamesTheVersionsItRuns() {
        Page page = client.get("/technical-info/");

        assertThat(version(page, "bitpoll")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(version(page, "server")).startsWith("WildFly 39.");
        assertThat(version(page, "jakartaEe")).startsWith("10.");
        assertThat(version(page, "faces")).startsWith("4.0.");
        assertThat(version(page, "primefaces")).startsWith("15.");
        assertThat(version(page, "eclipselink")).startsWith("4.0.");
        assertThat(version(page, "database")).matches("(H2|PostgreSQL) \\d.*");
    }

    /** Whether a test below changed the server's settings. */
    private static boolean settingsChanged;

    @AfterAll
    static void putTheSettingsBack() {
        if (settingsChanged) {
            ServerSettings.clear(
                    "bitpoll.imprint-url",
                    "bitpoll.imprint-text",
                    "bitpoll.privacy-url",
                    "bitpoll.privacy-text",
                    "bitpoll.contact-email");
        }
    }

    /**
     * The operator keeps the imprint elsewhere and the privacy policy here, and names a contact (set on the
     * running server once for these tests; changing a setting takes a jboss-cli run).
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ImprintElsewhereAndPrivacyHere {

        @BeforeAll
        void configure() {
            settingsChanged = true;
            ServerSettings.set(Map.of(
                    "bitpoll.imprint-url", "https://www.example.org/impressum",
                    "bitpoll.imprint-text", "never shown",
                    "bitpoll.privacy-url", "",
                    "bitpoll.privacy-text", "We keep *nothing* else. <script>alert(1)</script>",
                    "bitpoll.contact-email", "polls@example.org"));
        }

        @Test
        void theImprintPageRedirectsToTheImprintAddress() {
            HttpResponse<String> imprint = client.raw("/imprint/");

            assertThat(imprint.statusCode()).isEqualTo(302);
            assertThat(imprint.headers().firstValue("Location")).contains("https://www.example.org/impressum");
            assertThat(imprint.headers().firstValue("Set-Cookie")).isEmpty();
        }

        @Test
        void thePrivacyPageShowsTheOperatorsTextSanitisedInsteadOfTheBuiltInOne() {
            Page page = client.get("/privacy/");

            assertThat(page.html().select("#operatorText em").text()).isEqualTo("nothing");
            assertThat(page.html().select("#operatorText script")).isEmpty();
            assertThat(page.body()).doesNotContain("alert(1)");
            assertThat(page.html().getElementById("builtInPrivacy")).isNull();
        }

        @Test
        void theProblemsPageNamesTheContact() {
            Page page = client.get("/problems/");

            assertThat(page.html().getElementById("contactEmail").attr("href")).isEqualTo("mailto:polls@example.org");
            assertThat(page.html().getElementById("noContact")).isNull();
        }
    }

    /** The operator keeps the imprint here and the privacy policy elsewhere. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ImprintHereAndPrivacyElsewhere {

        @BeforeAll
        void configure() {
            settingsChanged = true;
            ServerSettings.set(Map.of(
                    "bitpoll.imprint-url", "javascript:alert(2)",
                    "bitpoll.imprint-text",
                            "**Example Club** <br> Main Street 1 <script>alert(1)</script> "
                                    + "[mail](mailto:club@example.org)",
                    "bitpoll.privacy-url", "https://www.example.org/datenschutz",
                    "bitpoll.privacy-text", "never shown",
                    "bitpoll.contact-email", ""));
        }

        @Test
        void theImprintPageShowsTheOperatorsTextSanitisedAndIgnoresAnAddressThatIsNoWebPage() {
            Page page = client.get("/imprint/");

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.html().select("#operatorText strong").text()).isEqualTo("Example Club");
            assertThat(page.html().select("#operatorText a").attr("href")).isEqualTo("mailto:club@example.org");
            assertThat(page.html().select("#operatorText script")).isEmpty();
            assertThat(page.body()).doesNotContain("alert(1)", "alert(2)");
            assertThat(page.html().getElementById("noImprint")).isNull();
        }

        @Test
        void thePrivacyPageRedirectsToThePrivacyAddress() {
            HttpResponse<String> privacy = client.raw("/privacy/");

            assertThat(privacy.statusCode()).isEqualTo(302);
            assertThat(privacy.headers().firstValue("Location")).contains("https://www.example.org/datenschutz");
        }
    }
}
