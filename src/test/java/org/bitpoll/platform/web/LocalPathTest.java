package org.bitpoll.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/about/", "/poll/m%C3%BCller/", "/poll/x/?tab=settings&a=b", "/poll/team_lunch-2/"})
    void pathsOfThisSiteAreKept(String path) {
        assertThat(LocalPath.orHome(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "poll/x/",
                "//evil.example/",
                "/\\evil.example/",
                "https://evil.example/",
                "/\u0000",
                "/poll/\u0000x/",
                "/\u0100",
                "/m\u00fcller/",
                "/a b/",
                "/x\r\nSet-Cookie: a=b",
                "/<script>"
            })
    void everythingElseIsTheStartPage(String path) {
        assertThat(LocalPath.orHome(path)).isEqualTo("/");
    }
}
