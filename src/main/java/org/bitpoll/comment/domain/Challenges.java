package org.bitpoll.comment.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.bitpoll.account.domain.AccountRule;
import org.bitpoll.account.domain.LinkPurpose;
import org.bitpoll.account.domain.LinkSigner;
import org.bitpoll.account.domain.SignedLink;
import org.bitpoll.platform.error.RuleViolation;

/**
 * The anti-spam challenge a guest answers before commenting (F23, product decision 5): {@code x op y} with x and y
 * from 1 to 10 and op one of +, − and ×, drawn from the given random source (a {@code SecureRandom} in the
 * server). The question travels in a token signed with the server's key ({@link LinkSigner}, purpose
 * {@link LinkPurpose#COMMENT_CHALLENGE}), bound to the poll and valid for a bounded time, so the server keeps
 * nothing per question until it is answered; that a question is answered only once is the caller's part (the
 * token's id, recorded as a used link).
 *
 * <p>Checked in the reference's order: a token that is broken, forged, of another purpose or of another poll is
 * {@link CommentRule#CHALLENGE_INVALID}, an old one {@link CommentRule#CHALLENGE_EXPIRED}; then (after the caller's
 * check that it is unused) an empty answer is {@link CommentRule#ANSWER_REQUIRED}, one that is no whole number
 * {@link CommentRule#ANSWER_NOT_A_NUMBER} and a wrong one {@link CommentRule#ANSWER_WRONG}.
 */
public final class Challenges {

    /** The longest validity: the signer's own limit. */
    public static final Duration MAX_VALIDITY = LinkSigner.VALIDITY;

    private static final int MAX_OPERAND = 10;
    private static final int MAX_ANSWER_LENGTH = 10;

    /** The operations a question uses, with the sign it shows. */
    enum Operation {
        PLUS("+"),
        MINUS("−"),
        TIMES("×");

        private final String sign;

        Operation(String sign) {
            this.sign = sign;
        }

        int apply(int x, int y) {
            return switch (this) {
                case PLUS -> x + y;
                case MINUS -> x - y;
                case TIMES -> x * y;
            };
        }
    }

    /** A question to show ({@code "3 × 7"}) and its signed token, which the form sends back with the answer. */
    public record Question(String text, String token) {}

    /** A question whose token was checked: the link (its id marks it used) and the right answer. */
    public record Presented(SignedLink link, int answer) {

        /** The given answer as a number, or the rule it breaks (empty, not a whole number). */
        public int parse(String given) {
            String stripped = given == null ? "" : given.strip();
            if (stripped.isEmpty()) {
                throw new RuleViolation(CommentRule.ANSWER_REQUIRED);
            }
            if (stripped.length() > MAX_ANSWER_LENGTH || !stripped.matches("[+-]?[0-9]+")) {
                throw new RuleViolation(CommentRule.ANSWER_NOT_A_NUMBER);
            }
            return Integer.parseInt(stripped);
        }

        public void checkAnswer(int given) {
            if (given != answer) {
                throw new RuleViolation(CommentRule.ANSWER_WRONG);
            }
        }
    }

    private final LinkSigner signer;
    private final Duration validity;
    private final Clock clock;
    private final RandomGenerator random;

    public Challenges(LinkSigner signer, Duration validity, Clock clock, RandomGenerator random) {
        this.signer = Objects.requireNonNull(signer);
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new IllegalArgumentException(
                    "a challenge is valid for more than 0 and at most 24 hours: " + validity);
        }
        this.validity = validity;
        this.clock = Objects.requireNonNull(clock);
        this.random = Objects.requireNonNull(random);
    }

    /** A new question for the poll with this id. */
    public Question issue(Long pollId) {
        int x = 1 + random.nextInt(MAX_OPERAND);
        int y = 1 + random.nextInt(MAX_OPERAND);
        Operation operation = Operation.values()[random.nextInt(Operation.values().length)];
        String token = signer.sign(
                LinkPurpose.COMMENT_CHALLENGE,
                List.of(pollId.toString(), Integer.toString(x), operation.name(), Integer.toString(y)));
        return new Question(x + " " + operation.sign + " " + y, token);
    }

    /** The question of a token made for this poll and not yet expired, or the rule it breaks. */
    public Presented read(String token, Long pollId) {
        SignedLink link;
        try {
            link = signer.read(token, LinkPurpose.COMMENT_CHALLENGE);
        } catch (RuleViolation broken) {
            throw new RuleViolation(
                    broken.rule() == AccountRule.LINK_EXPIRED
                            ? CommentRule.CHALLENGE_EXPIRED
                            : CommentRule.CHALLENGE_INVALID);
        }
        List<String> claims = link.claims();
        if (claims.size() != 4 || !claims.get(0).equals(pollId.toString())) {
            throw new RuleViolation(CommentRule.CHALLENGE_INVALID);
        }
        if (!clock.instant().isBefore(link.issued().plus(validity))) {
            throw new RuleViolation(CommentRule.CHALLENGE_EXPIRED);
        }
        int x = Integer.parseInt(claims.get(1));
        int y = Integer.parseInt(claims.get(3));
        return new Presented(link, Operation.valueOf(claims.get(2)).apply(x, y));
    }
}
