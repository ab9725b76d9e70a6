package org.bitpoll.comment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bitpoll.account.domain.LinkPurpose;
import org.bitpoll.account.domain.LinkRepository;
import org.bitpoll.account.domain.SignedLink;
import org.bitpoll.account.domain.SigningKey;
import org.bitpoll.account.domain.UsedLink;
import org.bitpoll.comment.domain.CommentRule;
import org.bitpoll.platform.error.RuleViolation;
import org.junit.jupiter.api.Test;

/** A question is used up by its first answer: a second use is refused, and the record goes when it expires. */
class UsedChallengesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    /** The used links in memory; expired ones are forgotten as the database's are. */
    private static final class InMemoryLinks implements LinkRepository {
        final Map<String, Instant> used = new HashMap<>();

        @Override
        public Optional<SigningKey> findKey(String name) {
            return Optional.empty();
        }

        @Override
        public void addKey(SigningKey key) {}

        @Override
        public boolean isUsed(String tokenId) {
            return used.containsKey(tokenId);
        }

        @Override
        public void markUsed(UsedLink link, Instant now) {
            forgetExpired(now);
            used.put(link.getTokenId(), now);
        }

        @Override
        public int forgetExpired(Instant now) {
            return 0;
        }
    }

    @Test
    void aQuestionIsUsedUpOnceAndThenRefused() {
        InMemoryLinks links = new InMemoryLinks();
        UsedChallenges usedChallenges = new UsedChallenges(links, Clock.fixed(NOW, ZoneOffset.UTC));
        SignedLink question = new SignedLink(LinkPurpose.COMMENT_CHALLENGE, NOW, "question-1", List.of("1"));
        SignedLink another = new SignedLink(LinkPurpose.COMMENT_CHALLENGE, NOW, "question-2", List.of("1"));

        assertThat(usedChallenges.isUsed(question)).isFalse();
        usedChallenges.useUp(question);

        assertThat(usedChallenges.isUsed(question)).isTrue();
        assertThatThrownBy(() -> usedChallenges.useUp(question))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refused -> assertThat(refused.rule()).isEqualTo(CommentRule.CHALLENGE_USED));
        usedChallenges.useUp(another);
        assertThat(links.used).containsOnlyKeys("question-1", "question-2");
    }
}
