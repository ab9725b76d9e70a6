package org.bitpoll.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who is visiting, from the principal, its role and the cookies alone: never through the session. */
class VisitorsTest {

    private static final AccountDirectory ALICE_ONLY = username -> switch (username) {
        case "alice" ->
            Optional.of(new AccountDirectory.Identity(
                    7L, "Alice Smith", Locale.GERMAN, ZoneId.of("Europe/Rome"), false, false));
        case "bob" ->
            Optional.of(new AccountDirectory.Identity(8L, "Bob (bob)", Locale.ENGLISH, ZoneId.of("UTC"), true, true));
        case "carol" ->
            Optional.of(
                    new AccountDirectory.Identity(9L, "Carol (carol)", Locale.ENGLISH, ZoneId.of("UTC"), true, false));
        default -> Optional.empty();
    };

    /** A request with this principal, roles and cookies; any other call (getSession among them) fails the test. */
    private static HttpServletRequest request(String user, Set<String> roles, Cookie... cookies) {
        Principal principal = user == null ? null : () -> user;
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getUserPrincipal" -> principal;
                    case "isUserInRole" -> principal != null && roles.contains((String) arguments[0]);
                    case "getCookies" -> cookies.length == 0 ? null : cookies;
                    default -> throw new AssertionError("the visitor must not call " + method.getName());
                });
    }

    @Test
    void aGuestWithoutCookiesIsNobody() {
        Visitor visitor = Visitors.resolve(request(null, Set.of()), ALICE_ONLY);

        assertThat(visitor.isLoggedIn()).isFalse();
        assertThat(visitor.displayName()).isEmpty();
        assertThat(visitor.siteAdmin()).isFalse();
        assertThat(visitor.accountLanguage()).isEmpty();
        assertThat(visitor.accountZone()).isEmpty();
        assertThat(visitor.managementTokens()).isEmpty();
        assertThat(visitor.editTokens()).isEmpty();
    }

    @Test
    void aLoggedInVisitorIsTheirAccountAndAnAdministratorByRole() {
        Visitor alice = Visitors.resolve(request("alice", Set.of(Visitors.ADMIN_ROLE)), ALICE_ONLY);
        Visitor unknown = Visitors.resolve(request("mallory", Set.of()), ALICE_ONLY);

        assertThat(alice.accountId()).isEqualTo(7L);
        assertThat(alice.displayName()).isEqualTo("Alice Smith");
        assertThat(alice.siteAdmin()).isTrue();
        assertThat(alice.accountLanguage()).contains(Locale.GERMAN);
        assertThat(alice.accountZone()).contains(ZoneId.of("Europe/Rome"));
        assertThat(unknown.isLoggedIn()).isFalse();
        assertThat(unknown.siteAdmin()).isFalse();
    }

    @Test
    void aLocalAccountIsAnAdministratorByItsFlagNotByTheRoleOfItsLogin() {
        Visitor flagged = Visitors.resolve(request("bob", Set.of()), ALICE_ONLY);
        Visitor unflaggedSinceLogin = Visitors.resolve(request("carol", Set.of(Visitors.ADMIN_ROLE)), ALICE_ONLY);
        Visitor disabledOrUnknown = Visitors.resolve(request("mallory", Set.of(Visitors.ADMIN_ROLE)), ALICE_ONLY);

        assertThat(flagged.siteAdmin()).isTrue();
        assertThat(unflaggedSinceLogin.siteAdmin()).isFalse();
        assertThat(disabledOrUnknown.isLoggedIn()).isFalse();
        assertThat(disabledOrUnknown.siteAdmin()).isFalse();
    }

    @Test
    void theSecretsAreTheManagementAndEditCookiesByIdAndOthersAreIgnored() {
        Visitor visitor = Visitors.resolve(
                request(
                        null,
                        Set.of(),
                        new Cookie("bitpoll-manage-12", "m12"),
                        new Cookie("bitpoll-vote-34", "v34"),
                        new Cookie("bitpoll-manage-x1", "not ours"),
                        new Cookie("bitpoll-vote-", "no id"),
                        new Cookie("bitpoll-vote-1234567890123456789", "id too long"),
                        new Cookie("bitpoll-tz", "Europe/Berlin")),
                ALICE_ONLY);

        assertThat(visitor.managementTokens()).isEqualTo(Map.of(12L, "m12"));
        assertThat(visitor.editTokens()).isEqualTo(Map.of(34L, "v34"));
        assertThat(visitor.managementTokenFor(12L)).isEqualTo("m12");
        assertThat(visitor.editTokenFor(null)).isNull();
    }
}
