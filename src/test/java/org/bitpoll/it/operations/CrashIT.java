package org.bitpoll.it.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.bitpoll.it.operations.VoteTraffic.Outcome;
import org.bitpoll.it.support.ServerProcess;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The server is killed with SIGKILL while guests are voting, and started again as it was started: every vote
 * that had been acknowledged is in the database, every stored vote is whole (a POST the crash cut off left
 * nothing or all of its answers), and the site takes votes again. On H2 this needs {@code WRITE_DELAY=0} in the
 * database URL (configure-server.cli, pom.xml): by default H2 keeps the last second of commits in memory.
 */
class CrashIT {

    private static final int THREADS = 4;

    @Test
    void everyAcknowledgedVoteSurvivesAKillAndNoVoteIsStoredInPart() {
        ServerProcess server = ServerProcess.find();
        VoteTraffic traffic = new VoteTraffic();
        long start = System.nanoTime();
        traffic.start(THREADS);
        long killed = 0;
        int inFlightAtKill;
        long restartStarted;
        try {
            traffic.awaitAcknowledged(start, 12, Duration.ofSeconds(120));
            inFlightAtKill = traffic.awaitInFlight(2, Duration.ofSeconds(10));
            killed = System.nanoTime();
            server.kill();
        } finally {
            traffic.stop();
            restartStarted = System.nanoTime();
            if (killed != 0) {
                server = server.restart();
            }
        }
        long restartMillis = (System.nanoTime() - restartStarted) / 1_000_000;
        long killedAt = killed;
        long cutOff = traffic.count(post -> post.outcome() == Outcome.NO_ANSWER && post.spans(killedAt));
        System.out.printf(
                "CrashIT on %s: killed with %d vote POSTs in flight, %d of them left without an answer; %d vote"
                        + " POSTs, %d acknowledged; restart to a deployed Bitpoll took %d ms; answers: %s%n",
                server,
                inFlightAtKill,
                cutOff,
                traffic.posts().size(),
                traffic.acknowledged(),
                restartMillis,
                traffic.summary());

        assertThat(inFlightAtKill)
                .as("vote POSTs in flight when the server was killed")
                .isPositive();
        assertThat(cutOff).as("vote POSTs the kill left without an answer").isPositive();
        long storedAnyway = traffic.assertEveryAcknowledgedVoteStoredAndEveryStoredVoteWhole();
        System.out.printf("CrashIT: %d unacknowledged votes were stored whole%n", storedAnyway);
        traffic.assertNoStackTraces();

        VoteTraffic after = new VoteTraffic();
        long restarted = System.nanoTime();
        after.start(1);
        try {
            after.awaitAcknowledged(restarted, 3, Duration.ofSeconds(120));
        } finally {
            after.stop();
        }
        assertThat(after.count(post -> post.outcome() != Outcome.ACKNOWLEDGED))
                .as("votes refused after the restart: %s", after.summary())
                .isZero();
        after.assertEveryAcknowledgedVoteStoredAndEveryStoredVoteWhole();
        assertThat(new WebClient().get("/").status()).isEqualTo(200);
    }
}
