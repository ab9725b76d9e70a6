package org.bitpoll.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestParametersTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"UTF-8", "utf-8", "utf8", "\"UTF-8\"", " UTF-8 "})
    void noCharsetOrUtf8IsRead(String charset) {
        assertThat(RequestParameters.isUtf8(charset)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x-no-such-charset", "UTF-16", "ISO-8859-1", "\"", "", "utf-8; x", "\u0100"})
    void anyOtherCharsetIsRefused(String charset) {
        assertThat(RequestParameters.isUtf8(charset)).isFalse();
    }
}
