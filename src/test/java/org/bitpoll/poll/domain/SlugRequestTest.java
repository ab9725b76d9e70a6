package org.bitpoll.poll.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugRequestTest {

    @Test
    void typedNameIsKeptStripped() {
        assertThat(new SlugRequest("  My-Poll  ", false).resolve("Some title")).isEqualTo("My-Poll");
    }

    @Test
    void typedNameWinsOverRandom() {
        assertThat(new SlugRequest("my-poll", true).resolve("Some title")).isEqualTo("my-poll");
    }

    @Test
    void typedNameIsNotCheckedHere() {
        // validity is checked later by Slugs.isValid when the poll is created
        assertThat(new SlugRequest("not valid!", false).resolve("Some title")).isEqualTo("not valid!");
    }

    @Test
    void emptyAndNotRandomFollowsTheTitle() {
        assertThat(new SlugRequest("", false).resolve("Summer Party 2030")).isEqualTo("summer-party-2030");
        assertThat(new SlugRequest(null, false).resolve("Summer Party 2030")).isEqualTo("summer-party-2030");
        assertThat(new SlugRequest("   ", false).resolve("Summer Party 2030")).isEqualTo("summer-party-2030");
    }

    @Test
    void emptyAndRandomGivesATenCharacterRandomName() {
        String slug = new SlugRequest("", true).resolve("Summer Party 2030");
        assertThat(slug).hasSize(10).isNotEqualTo("summer-party-2030");
        assertThat(slug.chars()).allMatch(c -> Slugs.RANDOM_ALPHABET.indexOf(c) >= 0);
    }

    @Test
    void titleOfOnlySymbolsGivesARandomName() {
        String slug = new SlugRequest("", false).resolve("?!?! ++ ???");
        assertThat(slug).hasSize(10);
        assertThat(slug.chars()).allMatch(c -> Slugs.RANDOM_ALPHABET.indexOf(c) >= 0);
        assertThat(new SlugRequest("", false).resolve("?!")).isNotEqualTo(slug);
    }
}
