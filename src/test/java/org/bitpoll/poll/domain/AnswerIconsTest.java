package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every offered answer icon exists in the PrimeIcons of the PrimeFaces version the WAR ships. */
class AnswerIconsTest {

    @Test
    void everyOfferedIconIsAPrimeIcon() throws IOException {
        String css;
        try (InputStream in = getClass()
                .getClassLoader()
                .getResourceAsStream("META-INF/resources/primefaces/primeicons/primeicons.css")) {
            assertThat(in).as("primeicons.css in the PrimeFaces jar").isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(AnswerIcons.ALL)
                .hasSizeGreaterThanOrEqualTo(20)
                .doesNotHaveDuplicates()
                .allSatisfy(icon -> assertThat(css).as(icon).contains(".pi-" + icon + ":before"));
    }

    @Test
    void theDefaultsComeFirst() {
        assertThat(AnswerIcons.ALL).startsWith("check", "ban", "question", "thumbs-down");
    }
}
