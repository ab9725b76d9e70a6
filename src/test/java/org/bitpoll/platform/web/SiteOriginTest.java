package org.bitpoll.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteOriginTest {

    /** Behind a proxy: configured for HTTPS on the public name, the request reaches the server as plain HTTP. */
    private final SiteOrigin behindProxy = new SiteOrigin("https://polls.example.org/", "http://127.0.0.1:8080");

    @ParameterizedTest
    @ValueSource(strings = {"https://polls.example.org", "HTTPS://Polls.Example.org:443", "https://polls.example.org/"})
    void theOriginOfTheBaseUrlIsThisSite(String origin) {
        assertThat(behindProxy.accepts(origin, null)).isTrue();
    }

    @Test
    void theOriginTheRequestWasAddressedToIsThisSiteToo() {
        SiteOrigin misconfigured = new SiteOrigin("http://localhost:8080", "http://localhost:8280");

        assertThat(misconfigured.accepts("http://localhost:8280", null)).isTrue();
        assertThat(behindProxy.accepts("http://127.0.0.1:8080", null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evil.example",
                "http://polls.example.org",
                "https://polls.example.org:8443",
                "https://polls.example.org.evil.example",
                "null",
                "",
                "not a url",
                "file:///etc/passwd"
            })
    void anyOtherOriginIsRefused(String origin) {
        assertThat(behindProxy.accepts(origin, null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "https://polls.example.org/poll/lunch/settings/, true",
        "https://evil.example/poll/lunch/settings/, false",
        "/poll/lunch/settings/, false"
    })
    void withoutOriginTheRefererDecides(String referer, boolean accepted) {
        assertThat(behindProxy.accepts(null, referer)).isEqualTo(accepted);
    }

    @Test
    void theOriginWinsOverTheReferer() {
        assertThat(behindProxy.accepts("https://evil.example", "https://polls.example.org/"))
                .isFalse();
    }

    @Test
    void aRequestWithNeitherHeaderIsNoBrowsersCrossSitePost() {
        assertThat(behindProxy.accepts(null, null)).isTrue();
    }
}
