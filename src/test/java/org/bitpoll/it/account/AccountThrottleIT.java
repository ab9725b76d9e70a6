package org.bitpoll.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.bitpoll.it.support.TestMail;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What strangers repeat is limited per e-mail address (3 an hour by default; the per-client limits are lifted on
 * the test server, where every test comes from 127.0.0.1, and are covered by AccountLimitsTest): the request
 * beyond the limit gets HTTP 429 with the wait on the form, and no mail.
 */
class AccountThrottleIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = TestMail.server();

    @Test
    void theFourthRegistrationRequestForOneAddressWithinAnHourIsRefused() {
        String email = Registrations.address(Registrations.unique("kai"));
        for (int i = 0; i < 3; i++) {
            assertThat(Registrations.request(new WebClient(), Registrations.unique("kai"), email)
                            .html()
                            .getElementById("sentTo"))
                    .isNotNull();
        }

        Page refused = Registrations.request(new WebClient(), Registrations.unique("kai"), email);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text()).contains("Too many registration mails went to this address. Please wait");
        assertThat(refused.html().getElementById("registerForm")).isNotNull();
        assertThat(TestMail.await(MAIL, 3)).hasSize(3);
    }

    @Test
    void theFourthResetRequestForOneAddressWithinAnHourIsRefused() {
        String email = Registrations.address(Registrations.unique("lea"));
        for (int i = 0; i < 3; i++) {
            assertThat(PasswordResetIT.requestReset(new WebClient(), email).status())
                    .isEqualTo(200);
        }

        Page refused = PasswordResetIT.requestReset(new WebClient(), email);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text()).contains("Too many password resets were asked for this address. Please wait");
    }
}
