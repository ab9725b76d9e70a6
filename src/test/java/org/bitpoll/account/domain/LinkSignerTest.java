package org.bitpoll.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bitpoll.platform.error.RuleViolations.violating;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkSignerTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private static LinkSigner at(Instant instant) {
        return new LinkSigner(KEY, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aSignedLinkReadsBackWithItsPurposeTimeAndValues() {
        String token = at(NOW).sign(LinkPurpose.REGISTRATION, List.of("alice", "Alice", "Ä Ö ü", "a@example.org"));

        SignedLink link = at(NOW.plusSeconds(60)).read(token, LinkPurpose.REGISTRATION);

        assertThat(link.purpose()).isEqualTo(LinkPurpose.REGISTRATION);
        assertThat(link.issued()).isEqualTo(NOW);
        assertThat(link.expires()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(link.claims()).containsExactly("alice", "Alice", "Ä Ö ü", "a@example.org");
        assertThat(link.id()).hasSize(22);
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
        assertThat(LinkSigner.looksLikeToken(token)).isTrue();
    }

    @Test
    void everyLinkHasItsOwnId() {
        LinkSigner signer = at(NOW);
        String first = signer.sign(LinkPurpose.PASSWORD_RESET, List.of("7"));
        String second = signer.sign(LinkPurpose.PASSWORD_RESET, List.of("7"));

        assertThat(first).isNotEqualTo(second);
        assertThat(signer.read(first, LinkPurpose.PASSWORD_RESET).id())
                .isNotEqualTo(signer.read(second, LinkPurpose.PASSWORD_RESET).id());
    }

    @Test
    void aLinkWorksUntilTwentyFourHoursHavePassed() {
        String token = at(NOW).sign(LinkPurpose.EMAIL_CHANGE, List.of("7", "new@example.org"));

        assertThat(at(NOW.plus(Duration.ofHours(24)).minusSeconds(1)).read(token, LinkPurpose.EMAIL_CHANGE))
                .isNotNull();
        assertThatThrownBy(() -> at(NOW.plus(Duration.ofHours(24))).read(token, LinkPurpose.EMAIL_CHANGE))
                .is(violating(AccountRule.LINK_EXPIRED));
    }

    @Test
    void aChangedValueBreaksTheSignature() {
        String token = at(NOW).sign(LinkPurpose.EMAIL_CHANGE, List.of("7", "new@example.org"));
        String forged = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(new String(
                                        Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                                        StandardCharsets.ISO_8859_1)
                                .replace("new@example.org", "evil@example.org")
                                .getBytes(StandardCharsets.ISO_8859_1))
                + token.substring(token.indexOf('.'));

        assertThatThrownBy(() -> at(NOW).read(forged, LinkPurpose.EMAIL_CHANGE))
                .is(violating(AccountRule.LINK_INVALID));
    }

    @Test
    void aChangedCharacterOrSignatureIsInvalid() {
        String token = at(NOW).sign(LinkPurpose.PASSWORD_RESET, List.of("7"));
        char last = token.charAt(token.length() - 1);
        String badSignature = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        char first = token.charAt(0);
        String badContent = (first == 'A' ? 'B' : 'A') + token.substring(1);

        assertThatThrownBy(() -> at(NOW).read(badSignature, LinkPurpose.PASSWORD_RESET))
                .is(violating(AccountRule.LINK_INVALID));
        assertThatThrownBy(() -> at(NOW).read(badContent, LinkPurpose.PASSWORD_RESET))
                .is(violating(AccountRule.LINK_INVALID));
    }

    @Test
    void everyCharacterCounts() {
        LinkSigner signer = at(NOW);
        String token = signer.sign(LinkPurpose.PASSWORD_RESET, List.of("7"));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '.') {
                continue;
            }
            char other = alphabet.charAt((alphabet.indexOf(token.charAt(i)) + 1) % alphabet.length());
            String changed = token.substring(0, i) + other + token.substring(i + 1);
            assertThatThrownBy(() -> signer.read(changed, LinkPurpose.PASSWORD_RESET))
                    .as("changed at %d", i)
                    .is(violating(AccountRule.LINK_INVALID));
        }
    }

    @Test
    void anotherKeysLinkIsInvalid() {
        String token = new LinkSigner(
                        "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII),
                        Clock.fixed(NOW, ZoneOffset.UTC))
                .sign(LinkPurpose.PASSWORD_RESET, List.of("7"));

        assertThatThrownBy(() -> at(NOW).read(token, LinkPurpose.PASSWORD_RESET))
                .is(violating(AccountRule.LINK_INVALID));
    }

    @Test
    void aLinkForOnePurposeDoesNotWorkForAnother() {
        String token = at(NOW).sign(LinkPurpose.PASSWORD_RESET, List.of("7"));

        assertThatThrownBy(() -> at(NOW).read(token, LinkPurpose.EMAIL_CHANGE)).is(violating(AccountRule.LINK_INVALID));
    }

    @Test
    void aLinkFromTheFutureIsInvalid() {
        String token = at(NOW.plus(Duration.ofHours(1))).sign(LinkPurpose.PASSWORD_RESET, List.of("7"));

        assertThatThrownBy(() -> at(NOW).read(token, LinkPurpose.PASSWORD_RESET))
                .is(violating(AccountRule.LINK_INVALID));
    }

    @Test
    void garbageIsInvalid() {
        for (String garbage : new String[] {null, "", "abc", "abc.def", "a.b.c", "x".repeat(3000) + ".y"}) {
            assertThatThrownBy(() -> at(NOW).read(garbage, LinkPurpose.REGISTRATION))
                    .is(violating(AccountRule.LINK_INVALID));
        }
        assertThat(LinkSigner.looksLikeToken("create.xhtml")).isFalse();
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new LinkSigner(new byte[16], Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
