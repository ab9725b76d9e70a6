package org.bitpoll.vote.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The answer icons as CSS images, drawn from the outlines of PrimeFaces' icon font. */
class IconImagesTest {

    @Test
    void anIconIsAnSvgImageOfItsOutlineInTheColour() {
        String check = IconImages.of("check", "#212529");

        assertThat(check)
                .startsWith(
                        "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1088 1024'")
                .contains("fill='%23212529'", "transform='matrix(1 0 0 -1 0 960)'", " d='M367.973 82.291")
                .endsWith("/%3E%3C/svg%3E\")")
                .doesNotContain("#", "<", ">");
    }

    @Test
    void anUnknownIconIsTheQuestionMark() {
        assertThat(IconImages.of("no-such-icon", "#757575")).isEqualTo(IconImages.of("question", "#757575"));
        assertThat(IconImages.of("check", "#757575")).isNotEqualTo(IconImages.of("question", "#757575"));
    }
}
