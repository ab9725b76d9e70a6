package org.bitpoll.it.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitpoll.it.support.Management;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Visitors who only read get no HTTP session: the pages without a form (the poll page, about and the other info
 * pages, the error pages), robots.txt and the CSV answer without a session cookie, and the server's count of
 * sessions stays where it was. Their CSP nonce still works: every script carries the nonce of the response's
 * policy. A form page keeps its view state, and with it the nonce PrimeFaces checks post backs against, in a
 * session. Sessions are counted through the management API; the integration tests run one after the other, so
 * nothing else makes sessions meanwhile.
 */
class SessionsIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final Management management = new Management();

    @Test
    void readOnlyPagesCreateNoSessionAndKeepTheirNonce() {
        WebClient owner = new WebClient();
        String slug = VotingIT.pollWithOptions(owner, "Readers", Map.of(), "Monday", "Tuesday");
        VotingIT.vote(new WebClient(), slug, "Alice", "yes", "no");
        long before = management.activeSessions();

        readOnly("/poll/" + slug + "/", 200, true);
        readOnly("/about/", 200, true);
        for (String info : List.of("/imprint/", "/privacy/", "/problems/", "/licenses/", "/technical-info/")) {
            readOnly(info, 200, true);
        }
        readOnly("/robots.txt", 200, false);
        readOnly("/poll/" + TestServer.uniqueSlug("none") + "/", 404, true);
        readOnly("/no-such-page", 404, true);
        readOnly("/poll/" + slug + ".csv", 200, false);
        readOnly("/language/de?next=/about/", 302, false);

        assertThat(management.activeSessions()).isEqualTo(before);
    }

    @Test
    void theCreateFormKeepsItsViewStateInASession() {
        long before = management.activeSessions();

        HttpResponse<String> index = new WebClient().raw("/");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(sessionCookies(index)).hasSize(1);
        assertThat(management.activeSessions()).isEqualTo(before + 1);
        assertNoncesMatch(index);
    }

    @Test
    void aFormRefusesAPostBackWithTheNonceOfAnotherPage() {
        WebClient client = new WebClient();
        String otherNonce = Jsoup.parse(new WebClient().raw("/about/").body())
                .selectFirst("script[nonce]")
                .attr("nonce");
        String slug = TestServer.uniqueSlug("foreign-nonce");

        WebClient.Page refused = client.submit(
                client.get("/"),
                "createForm",
                Map.of(
                        "createForm:type",
                        "universal",
                        "createForm:title",
                        "",
                        "createForm:slug",
                        slug,
                        "primefaces.nonce",
                        otherNonce),
                "createForm:create");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(404);
    }

    /** A cookie-less GET of {@code path}: its status, no session cookie, and on a page the nonces. */
    private static void readOnly(String path, int status, boolean page) {
        HttpResponse<String> response = new WebClient().raw(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(sessionCookies(response)).as(path).isEmpty();
        if (page) {
            assertNoncesMatch(response);
        }
    }

    private static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .toList();
    }

    private static void assertNoncesMatch(HttpResponse<String> response) {
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        Matcher nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as("a nonce in " + policy).isTrue();
        Document html = Jsoup.parse(response.body());
        List<Element> scripts = html.select("script");
        assertThat(scripts).as(response.uri().toString()).isNotEmpty();
        assertThat(scripts)
                .allSatisfy(script ->
                        assertThat(script.attr("nonce")).as(script.outerHtml()).isEqualTo(nonce.group(1)));
    }
}
