package org.bitpoll.comment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitpoll.account.domain.LinkPurpose;
import org.bitpoll.account.domain.LinkSigner;
import org.bitpoll.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** The guests' anti-spam questions on fixed clocks: signed, bound to their poll, expiring, checked in order. */
class ChallengesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Duration VALIDITY = Duration.ofMinutes(30);
    private static final Long POLL = 4711L;
    private static final Pattern QUESTION = Pattern.compile("(\\d+) ([+−×]) (\\d+)");

    private static Challenges at(Instant instant) {
        return at(instant, KEY);
    }

    private static Challenges at(Instant instant, byte[] key) {
        Clock clock = Clock.fixed(instant, ZoneOffset.UTC);
        return new Challenges(new LinkSigner(key, clock), VALIDITY, clock, new Random(7));
    }

    /** The answer a person computes from the question's text. */
    private static int solve(String question) {
        Matcher matcher = QUESTION.matcher(question);
        assertThat(matcher.matches()).as(question).isTrue();
        int x = Integer.parseInt(matcher.group(1));
        int y = Integer.parseInt(matcher.group(3));
        return switch (matcher.group(2)) {
            case "+" -> x + y;
            case "−" -> x - y;
            default -> x * y;
        };
    }

    private static void assertBreaks(Runnable check, CommentRule rule) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(rule));
    }

    @Test
    void theRightAnswerPassesWithinTheValidity() {
        Challenges.Question question = at(NOW).issue(POLL);

        Challenges.Presented presented = at(NOW.plus(VALIDITY).minusSeconds(1)).read(question.token(), POLL);

        int answer = presented.parse(" " + solve(question.text()) + " ");
        presented.checkAnswer(answer);
        assertThat(presented.answer()).isEqualTo(solve(question.text()));
        assertThat(presented.link().issued()).isEqualTo(NOW);
    }

    @Test
    void questionsUseOneToTenAndEveryOperationFromTheRandomSource() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Challenges challenges = new Challenges(new LinkSigner(KEY, clock), VALIDITY, clock, new SecureRandom());
        Set<String> operations = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            Challenges.Question question = challenges.issue(POLL);
            Matcher matcher = QUESTION.matcher(question.text());
            assertThat(matcher.matches()).isTrue();
            assertThat(Integer.parseInt(matcher.group(1))).isBetween(1, 10);
            assertThat(Integer.parseInt(matcher.group(3))).isBetween(1, 10);
            operations.add(matcher.group(2));
            ids.add(challenges.read(question.token(), POLL).link().id());
        }
        assertThat(operations).containsExactlyInAnyOrder("+", "−", "×");
        assertThat(ids)
                .as("each question has its own id, under which it is used up")
                .hasSize(300);
    }

    @Test
    void theSameTokenReadsAsTheSameQuestionEveryTimeSoItsUseCanBeRecorded() {
        Challenges.Question question = at(NOW).issue(POLL);

        String first =
                at(NOW.plusSeconds(5)).read(question.token(), POLL).link().id();
        String second =
                at(NOW.plusSeconds(50)).read(question.token(), POLL).link().id();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void aQuestionExpiresAfterItsValidity() {
        Challenges.Question question = at(NOW).issue(POLL);

        assertBreaks(() -> at(NOW.plus(VALIDITY)).read(question.token(), POLL), CommentRule.CHALLENGE_EXPIRED);
        assertBreaks(
                () -> at(NOW.plus(Duration.ofDays(2))).read(question.token(), POLL), CommentRule.CHALLENGE_EXPIRED);
    }

    @Test
    void aQuestionOfAnotherPollIsRefusedAsAnErrorBeforeItsAge() {
        Challenges.Question question = at(NOW).issue(POLL);

        assertBreaks(() -> at(NOW).read(question.token(), 4712L), CommentRule.CHALLENGE_INVALID);
        assertBreaks(() -> at(NOW.plus(VALIDITY)).read(question.token(), 4712L), CommentRule.CHALLENGE_INVALID);
    }

    @Test
    void aTamperedForgedOrForeignTokenIsRefused() {
        String token = at(NOW).issue(POLL).token();
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        String content = token.substring(0, token.indexOf('.'));
        String otherContent = at(NOW).issue(POLL).token();
        String swapped = otherContent.substring(0, otherContent.indexOf('.')) + token.substring(token.indexOf('.'));
        byte[] otherKey = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
        String forged = at(NOW, otherKey).issue(POLL).token();
        String mailedLink = new LinkSigner(KEY, Clock.fixed(NOW, ZoneOffset.UTC))
                .sign(LinkPurpose.PASSWORD_RESET, List.of(POLL.toString(), "1", "PLUS", "1"));

        for (String bad : List.of(tampered, content, swapped, forged, mailedLink, "", "not a token", "a.b")) {
            assertBreaks(() -> at(NOW).read(bad, POLL), CommentRule.CHALLENGE_INVALID);
        }
        assertBreaks(() -> at(NOW).read(null, POLL), CommentRule.CHALLENGE_INVALID);
    }

    @Test
    void anAnswerMustBeGivenAsAWholeNumberAndBeRight() {
        Challenges.Question question = at(NOW).issue(POLL);
        Challenges.Presented presented = at(NOW).read(question.token(), POLL);
        int right = solve(question.text());

        assertBreaks(() -> presented.parse(null), CommentRule.ANSWER_REQUIRED);
        assertBreaks(() -> presented.parse("  "), CommentRule.ANSWER_REQUIRED);
        for (String notANumber : List.of("seven", "1.5", "1e2", "12345678901", "0x10")) {
            assertBreaks(() -> presented.parse(notANumber), CommentRule.ANSWER_NOT_A_NUMBER);
        }
        assertBreaks(() -> presented.checkAnswer(right + 1), CommentRule.ANSWER_WRONG);
        assertThat(presented.parse("-3")).isEqualTo(-3);
        presented.checkAnswer(presented.parse(Integer.toString(right)));
    }

    @Test
    void aValidityBeyondTheSignersDayIsRefused() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        LinkSigner signer = new LinkSigner(KEY, clock);

        assertThatThrownBy(() -> new Challenges(signer, Duration.ofHours(25), clock, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Challenges(signer, Duration.ZERO, clock, new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
