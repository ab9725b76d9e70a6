package org.bitpoll.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeRedirectsTest {

    @ParameterizedTest
    @CsvSource({
        "http://evil.example/about/, /about/",
        "http://evil.example, /",
        "HTTP://Evil.Example/poll/x/?a=b, /poll/x/?a=b",
        "https://polls.example.org/manage/x, https://polls.example.org/manage/x",
        "http://evil.example.org/x, http://evil.example.org/x",
        "http://evil.example//other.example/, http://evil.example//other.example/",
        "/already/relative/, /already/relative/"
    })
    void theRequestsOwnOriginIsTakenOff(String location, String expected) {
        assertThat(RelativeRedirects.relative(location, "http://evil.example")).isEqualTo(expected);
    }
}
