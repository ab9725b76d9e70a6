package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bitpoll.it.support.TestMail;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;

/** Registration as a person without JavaScript goes through it, for the account tests. */
final class Registrations {

    /** A password that follows the policy. */
    static final String GOOD_PASSWORD = "Tulpen-Zwiebel-42";

    private Registrations() {}

    /** A user name and address no other run uses. */
    static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    static String address(String username) {
        return username + "@example.org";
    }

    /** Posts the registration form with these fields (user name, names, address). */
    static Page request(WebClient client, String username, String email) {
        Page form = client.get("/register/");
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("registerForm:username", username);
        fields.put("registerForm:firstName", "Anna");
        fields.put("registerForm:lastName", "Kowalski");
        fields.put("registerForm:email", email);
        return client.submit(form, "registerForm", fields, "registerForm:submit");
    }

    /** Asks for an account and returns the path of the mailed link. */
    static String requestLink(WebClient client, GreenMailExtension mail, String username) {
        Page sent = request(client, username, address(username));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.html().getElementById("sentTo").text()).isEqualTo(address(username));
        return TestMail.awaitOne(mail, address(username)).linkPath("/register/");
    }

    /** Chooses the password on the page of a registration link. */
    static Page choosePassword(WebClient client, String linkPath, String password, String confirmation) {
        Page page = client.get(linkPath);
        return client.submit(
                page,
                "createForm",
                Map.of("createForm:password", password, "createForm:confirmation", confirmation),
                "createForm:create");
    }

    /** A new local account, registered through the mailed link; returns its user name. */
    static String registered(GreenMailExtension mail, String prefix) {
        String username = unique(prefix);
        WebClient client = new WebClient();
        String link = requestLink(client, mail, username);
        Page created = choosePassword(client, link, GOOD_PASSWORD, GOOD_PASSWORD);
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.uri().getPath()).isEqualTo("/");
        return username;
    }
}
