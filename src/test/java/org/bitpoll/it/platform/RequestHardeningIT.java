package org.bitpoll.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.bitpoll.it.poll.PollFixtures;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request-hardening layer, attacked from outside over HTTP: requests that must not break a session, inputs
 * that must not produce a 500, posts that must not change anything unless they come from a form of this site,
 * cookies and caching, and redirects.
 */
class RequestHardeningIT {

    /** The security headers every page carries, error pages included. */
    private static final List<String> SECURITY_HEADERS =
            List.of("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options");

    /** What a response naming an exception's class contains. */
    private static final String EXCEPTION_NAME = "<error-name>|class (java|jakarta|org|com|io)\\.";

    private final WebClient client = new WebClient();

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(TestServer.uri(path)).timeout(Duration.ofSeconds(30));
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        for (String header : SECURITY_HEADERS) {
            assertThat(headers.allValues(header)).as(header).hasSize(1);
        }
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'", "script-src 'self' 'nonce-");
    }

    private static void assertErrorPage(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(Jsoup.parse(response.body()).getElementById("errorPage"))
                .as("the normal error page")
                .isNotNull();
        assertSecurityHeaders(response.headers());
    }

    private String universalPollWithOption(String prefix) {
        String slug = PollFixtures.uniqueSlug(prefix);
        Page editor = PollFixtures.create(client, "universal", "Hardening " + prefix, slug);
        client.submit(editor, "choicesForm", Map.of("choicesForm:newText", "Pizza"), "choicesForm:add");
        return slug;
    }

    private String settingsTitle(String slug) {
        return client.get("/poll/" + slug + "/settings/")
                .html()
                .getElementById("settingsForm:title")
                .attr("value");
    }

    @Nested
    class OneRequestNeverBreaksASession {

        @ParameterizedTest
        @CsvSource({"GET, x-no-such-charset", "POST, x-no-such-charset", "POST, UTF-16", "GET, '\"'"})
        void aRequestNamingAnUnusableCharsetIsRefusedAndForgotten(String method, String charset) {
            assertThat(client.get("/").status()).isEqualTo(200);

            HttpResponse<String> refused = client.send(request("/?jakarta.faces.partial.ajax=true")
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=" + charset)
                    .header("Faces-Request", "partial/ajax")
                    .method(method, HttpRequest.BodyPublishers.ofString("a=b"))
                    .build());

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(client.get("/").status()).isEqualTo(200);
            assertThat(client.get("/about/").status()).isEqualTo(200);
        }
    }

    @Nested
    class NoServerErrorForAnyInput {

        /** The create form with 1200 more fields. */
        private String tooManyFields() {
            Map<String, String> fields = new LinkedHashMap<>(client.fields(
                    client.get("/"), "createForm", Map.of("createForm:title", "Too many"), "createForm:create"));
            for (int i = 0; i < 1200; i++) {
                fields.put("p" + i, "x");
            }
            return WebClient.formEncoded(fields);
        }

        @ParameterizedTest
        @ValueSource(booleans = {false, true})
        void aFormWithMoreThanAThousandFieldsGetsTheNormal400Page(boolean ajax) {
            HttpRequest.Builder post = request("/")
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(tooManyFields()));
            if (ajax) {
                post.header("Faces-Request", "partial/ajax");
            }

            HttpResponse<String> refused = client.send(post.build());

            assertErrorPage(refused, 400);
            assertThat(refused.body()).doesNotContainPattern(EXCEPTION_NAME);
        }

        @Test
        void aQueryStringWithMoreThanAThousandParametersIsRefusedByTheServer() {
            HttpResponse<String> refused =
                    client.send(request("/?" + tooManyFields()).GET().build());

            assertThat(refused.statusCode()).isEqualTo(400);
        }

        @Test
        void theViewStateOfTheVotePagePostedToTheChoicesEditorIsRefused() {
            String slug = universalPollWithOption("foreignstate");
            Page votePage = client.get("/poll/" + slug + "/vote/");
            Map<String, String> fields =
                    client.fields(votePage, "voteForm", Map.of("voteForm:name", "Mallory"), "voteForm:save");

            Page refused = client.post(TestServer.uri("/poll/" + slug + "/edit/choices/universal/"), fields);

            assertThat(refused.status()).isIn(400, 404);
            assertThat(refused.html().getElementById("errorPage")).isNotNull();
        }

        @Test
        void theViewStateOfTheVotePageInAnAjaxPostToTheChoicesEditorIsRefusedWithoutNamingAnException() {
            String slug = universalPollWithOption("foreignajax");
            Page votePage = client.get("/poll/" + slug + "/vote/");
            Map<String, String> fields =
                    new LinkedHashMap<>(client.fields(votePage, "voteForm", Map.of("voteForm:name", "Mallory"), null));
            fields.putAll(ajax("choicesForm:add", "choicesForm"));

            HttpResponse<String> refused = client.send(request("/poll/" + slug + "/edit/choices/universal/")
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(WebClient.formEncoded(fields)))
                    .build());

            assertThat(refused.statusCode()).isIn(400, 404);
            assertThat(refused.body()).doesNotContainPattern(EXCEPTION_NAME);
        }

        @Test
        void theServersOwn404ForTheApplicationsSourcesCarriesTheServerWideHeaders() {
            HttpResponse<String> refused = client.raw("/WEB-INF/web.xml");

            assertThat(refused.statusCode()).isEqualTo(404);
            for (String header : SECURITY_HEADERS.subList(1, SECURITY_HEADERS.size())) {
                assertThat(refused.headers().allValues(header)).as(header).hasSize(1);
            }
        }

        @Test
        void errorPagesCarryTheSecurityHeadersOfEveryPage() {
            String slug = universalPollWithOption("headers");
            assertSecurityHeaders(client.raw("/").headers());

            assertErrorPage(client.raw("/poll/" + PollFixtures.uniqueSlug("nosuchpoll") + "/"), 404);
            assertErrorPage(new WebClient().raw("/poll/" + slug + "/settings/"), 403);
            assertErrorPage(
                    client.send(request("/")
                            .header("Content-Type", "text/plain; charset=x-no-such-charset")
                            .POST(HttpRequest.BodyPublishers.ofString("a=b"))
                            .build()),
                    400);
        }
    }

    /** The parameters with which PrimeFaces sends an ajax request of this button, processing this form. */
    private static Map<String, String> ajax(String button, String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", button + " " + form);
        fields.put("jakarta.faces.partial.render", form);
        fields.put(button, button);
        return fields;
    }

    @Nested
    class StateChangingRequests {

        @Test
        void theDeleteFormSentAsAQueryStringDeletesNothing() {
            String slug = universalPollWithOption("getdelete");
            Page deletePage = client.get("/poll/" + slug + "/delete/");
            Map<String, String> fields = client.fields(deletePage, "deleteForm", Map.of(), "deleteForm:delete");

            HttpResponse<String> refused =
                    client.send(request("/poll/" + slug + "/delete/?" + WebClient.formEncoded(fields))
                            .GET()
                            .build());

            assertErrorPage(refused, 400);
            assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(200);
        }

        @ParameterizedTest
        @CsvSource({"Origin, http://evil.example", "Referer, http://evil.example/page", "Origin, null"})
        void aPostFromAnotherSiteIsRefusedAndChangesNothing(String header, String value) {
            String slug = universalPollWithOption("crosssite");
            Page settings = client.get("/poll/" + slug + "/settings/");
            Map<String, String> fields = client.fields(
                    settings, "settingsForm", Map.of("settingsForm:title", "Hijacked"), "settingsForm:save");

            Page refused = client.post(TestServer.uri("/poll/" + slug + "/settings/"), fields, Map.of(header, value));

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.html().getElementById("errorPage")).isNotNull();
            assertThat(settingsTitle(slug)).isEqualTo("Hardening crosssite");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Origin", "Referer"})
        void aPostFromThisSiteIsAccepted(String header) {
            String slug = universalPollWithOption("samesite");
            Page settings = client.get("/poll/" + slug + "/settings/");
            Map<String, String> fields = client.fields(
                    settings, "settingsForm", Map.of("settingsForm:title", "Renamed"), "settingsForm:save");
            URI own = TestServer.uri("/poll/" + slug + "/settings/");
            String value = header.equals("Origin") ? own.getScheme() + "://" + own.getAuthority() : own.toString();

            Page saved = client.post(own, fields, Map.of(header, value));

            assertThat(saved.status()).isEqualTo(200);
            assertThat(settingsTitle(slug)).isEqualTo("Renamed");
        }

        @Test
        void anAjaxPostWithAWrongCspNonceIsRefusedAndSavesNothing() {
            String slug = PollFixtures.uniqueSlug("nonce");
            Page editor = PollFixtures.create(client, "universal", "Nonce", slug);
            Map<String, String> fields = new LinkedHashMap<>(client.fields(
                    editor,
                    "choicesForm",
                    Map.of("choicesForm:newText", "Smuggled", "primefaces.nonce", "d3Jvbmc="),
                    null));
            fields.putAll(ajax("choicesForm:add", "choicesForm"));

            HttpResponse<String> refused = client.send(request("/poll/" + slug + "/edit/choices/universal/")
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(WebClient.formEncoded(fields)))
                    .build());

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).doesNotContainPattern(EXCEPTION_NAME);
            assertThat(client.get("/poll/" + slug + "/").text()).doesNotContain("Smuggled");
        }
    }

    @Nested
    class CookiesAndCaching {

        private List<String> cookies(HttpResponse<?> response, String name) {
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith(name + "="))
                    .toList();
        }

        @Test
        void theSessionAndFlashCookiesAreSameSiteLax() {
            Page index = client.get("/");
            HttpResponse<String> created = client.send(request("/")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(WebClient.formEncoded(client.fields(
                            index,
                            "createForm",
                            Map.of(
                                    "createForm:type",
                                    "universal",
                                    "createForm:title",
                                    "Cookies",
                                    "createForm:slug",
                                    PollFixtures.uniqueSlug("cookies")),
                            "createForm:create"))))
                    .build());
            assertThat(created.statusCode()).isEqualTo(302);

            List<String> session = cookies(new WebClient().raw("/"), "JSESSIONID");
            List<String> flash = cookies(created, "csfcfc");
            assertThat(session)
                    .isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie)
                            .containsIgnoringCase("; SameSite=Lax")
                            .containsIgnoringCase("; HttpOnly")
                            .doesNotContainIgnoringCase("Secure"));
            assertThat(flash)
                    .isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie)
                            .containsIgnoringCase("; SameSite=Lax")
                            .doesNotContainIgnoringCase("Secure"));
            assertThat(created.headers().firstValue("Strict-Transport-Security"))
                    .isEmpty();
        }

        @Test
        void overHttpsCookiesAreSecureAndStrictTransportSecurityIsSent() throws Exception {
            SSLContext trustAll = SSLContext.getInstance("TLS");
            trustAll.init(null, new X509ExtendedTrustManager[] {new TrustingManager()}, null);
            HttpClient https = HttpClient.newBuilder()
                    .sslContext(trustAll)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

            HttpResponse<String> index = https.send(
                    HttpRequest.newBuilder(TestServer.httpsUri("/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(value -> assertThat(value).startsWith("max-age="));
            assertThat(cookies(index, "JSESSIONID"))
                    .isNotEmpty()
                    .allSatisfy(cookie ->
                            assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; SameSite=Lax"));
        }

        @Test
        void behindAProxyThatSaysHttpsCookiesAreSecure() {
            HttpResponse<String> index = new WebClient()
                    .send(request("/")
                            .header("X-Forwarded-Proto", "https")
                            .header("X-Forwarded-For", "203.0.113.9")
                            .GET()
                            .build());

            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(cookies(index, "JSESSIONID"))
                    .isNotEmpty()
                    .allSatisfy(cookie -> assertThat(cookie)
                            .containsIgnoringCase("; Secure")
                            .containsIgnoringCase("; HttpOnly")
                            .containsIgnoringCase("; SameSite=Lax"));
        }

        /** Posts the form of this page without following the redirect that answers it. */
        private HttpResponse<String> postUnfollowed(
                WebClient browser, Page page, String form, Map<String, String> values, String button) {
            return browser.send(request(page.uri().getPath())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            WebClient.formEncoded(browser.fields(page, form, values, button))))
                    .build());
        }

        private HttpResponse<String> follow(WebClient browser, HttpResponse<String> redirect) {
            assertThat(redirect.statusCode()).isEqualTo(302);
            return browser.send(request(TestServer.uri("/")
                            .resolve(redirect.headers().firstValue("Location").orElseThrow())
                            .getPath())
                    .GET()
                    .build());
        }

        @Test
        void thePageShowingTheManagementLinkIsNeverStored() {
            String slug = PollFixtures.uniqueSlug("nostore");
            HttpResponse<String> created = postUnfollowed(
                    client,
                    client.get("/"),
                    "createForm",
                    Map.of("createForm:type", "universal", "createForm:title", "No store", "createForm:slug", slug),
                    "createForm:create");

            HttpResponse<String> editor = follow(client, created);

            assertThat(Jsoup.parse(editor.body()).getElementById("managementLinkAnchor"))
                    .isNotNull();
            assertThat(editor.headers().allValues("Cache-Control")).contains("no-store");
            assertThat(client.raw("/poll/" + slug + "/").headers().allValues("Cache-Control"))
                    .doesNotContain("no-store");
        }

        @Test
        void thePageShowingTheEditLinkOfAVoteIsNeverStored() {
            String slug = universalPollWithOption("editlink");
            WebClient guest = new WebClient();
            Page votePage = guest.get("/poll/" + slug + "/vote/");
            String field =
                    votePage.html().selectFirst("#voteTable input[type=radio]").attr("name");
            String value =
                    votePage.html().selectFirst("#voteTable input[type=radio]").attr("value");
            HttpResponse<String> voted = postUnfollowed(
                    guest, votePage, "voteForm", Map.of("voteForm:name", "Alice", field, value), "voteForm:save");

            HttpResponse<String> poll = follow(guest, voted);

            assertThat(Jsoup.parse(poll.body()).getElementById("voteEditLinkAnchor"))
                    .isNotNull();
            assertThat(poll.headers().allValues("Cache-Control")).contains("no-store");
        }
    }

    @Nested
    class Redirects {

        @ParameterizedTest
        @ValueSource(strings = {"/%00", "/poll/%00x/", "/%C4%80", "/about/%C4%80/"})
        void aNulOrAWideCharacterInTheLanguageSwitchsNextGoesHome(String next) {
            HttpResponse<String> response = client.raw("/language/de?next=" + next);

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(TestServer.uri("/language/de")
                            .resolve(response.headers().firstValue("Location").orElseThrow())
                            .getPath())
                    .isEqualTo("/");
        }

        @Test
        void theLanguageSwitchStillFollowsPathsOfThisSite() {
            HttpResponse<String> response = client.raw("/language/it?next=%2Fpoll%2Fm%25C3%25BCller%2F%3Fx%3D1");

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/poll/m%C3%BCller/?x=1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/language/en?next=/about/", "/about", "/poll/some-poll"})
        void aRedirectNeverNamesTheHostTheRequestClaims(String path) throws IOException {
            String response =
                    rawExchange("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

            assertThat(location(response)).doesNotContain("evil.example").startsWith("/");
        }

        @Test
        void theReloadOfAnExpiredFormNeverNamesTheHostTheRequestClaims() throws IOException {
            String body = "jakarta.faces.ViewState=stale";
            String response = rawExchange("POST / HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body);

            assertThat(location(response)).doesNotContain("evil.example").startsWith("/");
        }

        private static String location(String response) {
            assertThat(response).startsWith("HTTP/1.1 30");
            return response.lines()
                    .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                    .findFirst()
                    .orElseThrow()
                    .substring(9)
                    .strip();
        }

        /** One HTTP/1.1 exchange on a plain socket, so that the Host header can be anything. */
        private String rawExchange(String request) throws IOException {
            URI base = TestServer.uri("/");
            try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream head = new ByteArrayOutputStream();
                int b;
                while ((b = in.read()) != -1) {
                    head.write(b);
                    if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                        break;
                    }
                }
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
    }

    /** Trusts the test server's self-signed certificate (and any other: for this test only). */
    private static final class TrustingManager extends X509ExtendedTrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
