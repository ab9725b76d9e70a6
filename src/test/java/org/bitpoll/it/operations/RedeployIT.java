package org.bitpoll.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bitpoll.it.operations.VoteTraffic.Outcome;
import org.bitpoll.it.support.Management;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * An operator redeploys the WAR through the management API (a full replace, as {@code deploy --force} or the admin
 * console does) while guests keep voting: no acknowledged vote is lost, no vote is stored in part, no answer shows
 * a stack trace, and the site works afterwards. Requests that reach the server while the deployment is replaced
 * are refused: 404 while no application is deployed, and 500 (WildFly's plain error page, no stack trace) for the
 * few that arrive while the old deployment stops; how many of each is printed.
 */
class RedeployIT {

    private static final int THREADS = 4;
    private static final Path WAR = Path.of("target", "ROOT.war");

    @Test
    void votesPostedDuringARedeployAreKeptWholeOrNotAtAllAndTheSiteWorksAfterwards() {
        VoteTraffic traffic = new VoteTraffic();
        long start = System.nanoTime();
        traffic.start(THREADS);
        long redeployStarted;
        long redeployEnded;
        try {
            traffic.awaitAcknowledged(start, 8, Duration.ofSeconds(120));
            redeployStarted = System.nanoTime();
            new Management().replaceDeployment(WAR);
            redeployEnded = System.nanoTime();
            traffic.awaitAcknowledged(redeployEnded, 8, Duration.ofSeconds(120));
        } finally {
            traffic.stop();
        }
        long during = traffic.count(post -> post.started() < redeployEnded && post.ended() > redeployStarted);
        long refusedDuring = traffic.count(post -> post.outcome() != Outcome.ACKNOWLEDGED
                && post.started() < redeployEnded
                && post.ended() > redeployStarted);
        System.out.printf(
                "RedeployIT on %s: redeploy took %d ms; %d vote POSTs, %d acknowledged (%d before, %d after the"
                        + " redeploy), %d overlapping it (%d not acknowledged); answers: %s%n",
                WAR,
                (redeployEnded - redeployStarted) / 1_000_000,
                traffic.posts().size(),
                traffic.acknowledged(),
                traffic.count(post -> post.outcome() == Outcome.ACKNOWLEDGED && post.ended() < redeployStarted),
                traffic.count(post -> post.outcome() == Outcome.ACKNOWLEDGED && post.started() > redeployEnded),
                during,
                refusedDuring,
                traffic.summary());

        assertThat(during)
                .as("vote POSTs sent while the deployment was replaced")
                .isPositive();
        long storedAnyway = traffic.assertEveryAcknowledgedVoteStoredAndEveryStoredVoteWhole();
        System.out.printf("RedeployIT: %d unacknowledged votes were stored whole%n", storedAnyway);
        traffic.assertNoStackTraces();

        WebClient visitor = new WebClient();
        assertThat(visitor.get("/").status()).isEqualTo(200);
        List<String> slugs =
                traffic.posts().stream().map(VoteTraffic.Post::slug).distinct().toList();
        assertThat(visitor.get("/poll/" + slugs.get(0) + "/").status()).isEqualTo(200);
        assertThat(new Management().deploymentStatus()).isEqualTo("OK");
    }
}
