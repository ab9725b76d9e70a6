package org.bitpoll.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.bitpoll.it.operations.VoteTraffic.Outcome;
import org.bitpoll.it.operations.VoteTraffic.Post;
import org.bitpoll.it.support.Management;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * An operator redeploys the WAR through the management API (a full replace, as {@code deploy --force} or the admin
 * console does) while guests keep voting: no acknowledged vote is lost, no vote is stored in part, no answer shows
 * a stack trace, and the site works afterwards. Requests that reach the server while the deployment is replaced
 * are refused: 404 while no application is deployed, and 500 (WildFly's plain error page, no stack trace) for the
 * few that arrive while the old deployment stops, which may have saved their vote. Suspending the server first
 * (running requests finish, new ones get 503) and resuming it after the replace avoids those 500s. How many of each
 * answer came is printed.
 */
class RedeployIT {

    private static final int THREADS = 4;
    private static final Path WAR = Path.of("target", "ROOT.war");

    /** The traffic around a redeploy, and when the redeploy ran (nanoTime). */
    private record Redeploy(VoteTraffic traffic, long started, long ended) {

        boolean overlaps(Post post) {
            return post.started() < ended && post.ended() > started;
        }
    }

    @Test
    void votesPostedDuringARedeployAreKeptWholeOrNotAtAllAndTheSiteWorksAfterwards() {
        Management management = new Management();

        Redeploy redeploy = whileVoting("full replace", () -> management.replaceDeployment(WAR));

        long storedAnyway = checkVotesAndSite(redeploy);
        System.out.printf("RedeployIT, full replace: %d unacknowledged votes were stored whole%n", storedAnyway);
    }

    @Test
    void suspendingTheServerAroundTheRedeployAnswers503InsteadOfErrorsAndSavesNoUnacknowledgedVote() {
        Management management = new Management();

        Redeploy redeploy = whileVoting("suspend, full replace, resume", () -> {
            management.suspend(30);
            try {
                management.replaceDeployment(WAR);
            } finally {
                management.resume();
            }
        });

        assertThat(redeploy.traffic().posts().stream()
                        .filter(post -> post.status() >= 500 && post.status() != 503)
                        .map(Post::describe))
                .as("vote POSTs answered with a server error other than 503")
                .isEmpty();
        assertThat(checkVotesAndSite(redeploy))
                .as("unacknowledged votes stored anyway")
                .isZero();
    }

    private static Redeploy whileVoting(String how, Runnable redeploy) {
        VoteTraffic traffic = new VoteTraffic();
        long start = System.nanoTime();
        traffic.start(THREADS);
        long started;
        long ended;
        try {
            traffic.awaitAcknowledged(start, 8, Duration.ofSeconds(120));
            started = System.nanoTime();
            redeploy.run();
            ended = System.nanoTime();
            traffic.awaitAcknowledged(ended, 8, Duration.ofSeconds(120));
        } finally {
            traffic.stop();
        }
        Redeploy result = new Redeploy(traffic, started, ended);
        System.out.printf(
                "RedeployIT, %s: took %d ms; %d vote POSTs, %d acknowledged (%d before, %d after the redeploy), %d"
                        + " overlapping it (%d not acknowledged); answers: %s%n",
                how,
                (ended - started) / 1_000_000,
                traffic.posts().size(),
                traffic.acknowledged(),
                traffic.count(post -> post.outcome() == Outcome.ACKNOWLEDGED && post.ended() < started),
                traffic.count(post -> post.outcome() == Outcome.ACKNOWLEDGED && post.started() > ended),
                traffic.count(result::overlaps),
                traffic.count(post -> post.outcome() != Outcome.ACKNOWLEDGED && result.overlaps(post)),
                traffic.summary());
        return result;
    }

    /** The common checks; returns how many unacknowledged votes were stored whole. */
    private static long checkVotesAndSite(Redeploy redeploy) {
        VoteTraffic traffic = redeploy.traffic();
        assertThat(traffic.count(redeploy::overlaps))
                .as("vote POSTs sent while the deployment was replaced")
                .isPositive();
        long storedAnyway = traffic.assertEveryAcknowledgedVoteStoredAndEveryStoredVoteWhole();
        traffic.assertNoStackTraces();

        WebClient visitor = new WebClient();
        assertThat(visitor.get("/").status()).isEqualTo(200);
        String slug = traffic.posts().get(0).slug();
        assertThat(visitor.get("/poll/" + slug + "/").status()).isEqualTo(200);
        assertThat(new Management().deploymentStatus()).isEqualTo("OK");
        return storedAnyway;
    }
}
