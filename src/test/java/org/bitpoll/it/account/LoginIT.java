package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Login over HTTP against the server's security domain: the same refusal for a wrong password and an unknown user,
 * the session id that changes at login, the session cookie's flags, the throttle, logout by POST only, and the
 * posts that must come from this site with a valid view state.
 */
public class LoginIT {

    private static final String REFUSED = "Wrong user name or password.";

    public static WebClient.Page logIn(WebClient client, String username, String password) {
        WebClient.Page page = client.get("/login/?next=/about/");
        return client.submit(
                page,
                "loginForm",
                Map.of("loginForm:username", username, "loginForm:password", password),
                "loginForm:logIn");
    }

    private static String sessionId(WebClient client) {
        return client.cookies().getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    @Test
    void aLocalUserLogsInWithANewSessionIdAndIsBackOnTheAskingPage() {
        TestAccounts.Credentials account = TestAccounts.create("login");
        WebClient client = new WebClient();
        client.get("/login/?next=/about/");
        String before = sessionId(client);

        WebClient.Page answer = logIn(client, account.username(), account.password());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.uri().getPath()).as("back on the asking page").isEqualTo("/about/");
        assertThat(sessionId(client)).isNotNull().isNotEqualTo(before);
        assertThat(answer.html().getElementById("userName").text()).isEqualTo("Test (" + account.username() + ")");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        TestAccounts.Credentials account = TestAccounts.create("cookie");
        WebClient client = new WebClient();
        WebClient.Page page = client.get("/login/");
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(TestServer.uri("/login/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", TestServer.baseUrl())
                .POST(HttpRequest.BodyPublishers.ofString(WebClient.formEncoded(client.fields(
                        page,
                        "loginForm",
                        Map.of("loginForm:username", account.username(), "loginForm:password", account.password()),
                        "loginForm:logIn"))))
                .build());

        List<String> cookies = answer.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .toList();
        assertThat(cookies)
                .isNotEmpty()
                .allSatisfy(cookie ->
                        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        TestAccounts.Credentials account = TestAccounts.create("wrong");

        WebClient.Page wrongPassword = logIn(new WebClient(), account.username(), "not-the-password");
        WebClient.Page unknownUser = logIn(new WebClient(), "nobody-" + account.username(), account.password());

        assertThat(wrongPassword.status()).isEqualTo(200);
        assertThat(wrongPassword.text()).contains(REFUSED);
        assertThat(unknownUser.status()).isEqualTo(200);
        assertThat(unknownUser.text()).contains(REFUSED);
        assertThat(wrongPassword.html().getElementById("userMenu")).isNull();
    }

    @Test
    void twentyWrongPasswordsInARowAreSlowedAndEvenTheRightOneWaits() {
        TestAccounts.Credentials account = TestAccounts.create("throttle");
        WebClient client = new WebClient();
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(client, account.username(), "guess-" + i).text()).contains(REFUSED);
        }

        for (int i = 5; i < 20; i++) {
            WebClient.Page slowed = logIn(client, account.username(), "guess-" + i);
            assertThat(slowed.status()).isEqualTo(429);
            assertThat(slowed.text()).contains("Too many failed logins. Please wait 3 minutes and try again.");
        }
        WebClient.Page right = logIn(new WebClient(), account.username(), account.password());
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.html().getElementById("userMenu")).isNull();
    }

    @Test
    void aLoginPostWithoutOriginOrWithoutViewStateIsRefused() {
        TestAccounts.Credentials account = TestAccounts.create("csrf");
        WebClient client = new WebClient();
        WebClient.Page page = client.get("/login/");
        Map<String, String> fields = client.fields(
                page,
                "loginForm",
                Map.of("loginForm:username", account.username(), "loginForm:password", account.password()),
                "loginForm:logIn");

        assertThat(client.post(TestServer.uri("/login/"), fields).status())
                .as("no Origin, no Referer")
                .isEqualTo(400);
        Map<String, String> withoutState = new java.util.HashMap<>(fields);
        withoutState.remove("jakarta.faces.ViewState");
        WebClient.Page stale =
                client.post(TestServer.uri("/login/"), withoutState, Map.of("Origin", TestServer.baseUrl()));
        assertThat(stale.status()).isNotEqualTo(500);
        assertThat(stale.html().getElementById("userMenu")).isNull();
        assertThat(client.get("/about/").html().getElementById("userMenu")).isNull();
    }

    @Test
    void logoutIsAPostThatEndsTheSession() {
        TestAccounts.Credentials account = TestAccounts.create("logout");
        WebClient client = new WebClient();
        logIn(client, account.username(), account.password());

        assertThat(client.raw("/logout").statusCode()).isEqualTo(405);
        assertThat(client.get("/about/").html().getElementById("userMenu")).isNotNull();
        WebClient.Page out = client.post(TestServer.uri("/logout"), Map.of(), Map.of("Origin", TestServer.baseUrl()));

        assertThat(out.uri().getPath()).isEqualTo("/");
        assertThat(client.get("/about/").html().getElementById("userMenu")).isNull();
        assertThat(client.get("/about/").html().getElementById("loginLink")).isNotNull();
    }
}
