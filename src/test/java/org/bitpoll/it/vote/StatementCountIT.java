package org.bitpoll.it.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The poll page and the CSV export run a fixed number of SQL statements, whatever the number of votes and
 * options (no N+1). Counted on the server by the test-only statement probe. The page's comments add two: their
 * poll (for who may delete them) and their list with the authors' names.
 */
class StatementCountIT {

    private final HttpClient http = HttpClient.newHttpClient();

    private int statementsOf(String path) throws IOException, InterruptedException {
        String probe = UUID.randomUUID().toString();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(TestServer.uri(path))
                        .header("X-Bitpoll-Probe", probe)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        // the server records the count when the request has left its filters, which can be just after the
        // client has the whole response: ask again for a moment
        HttpResponse<String> count = null;
        for (int attempt = 0; attempt < 30 && (count == null || count.statusCode() == 404); attempt++) {
            if (count != null) {
                Thread.sleep(100);
            }
            count = http.send(
                    HttpRequest.newBuilder(TestServer.uri("/__probe/statements?id=" + probe))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(count.statusCode())
                .as("the test server runs with -Dbitpoll.statement-probe=true")
                .isEqualTo(200);
        return Integer.parseInt(count.body().strip());
    }

    @Test
    void thePollPageAndTheExportCostTheSameForSmallAndBigPolls() throws Exception {
        WebClient owner = new WebClient();
        String small = VotingIT.pollWithOptions(owner, "Small", Map.of(), "A");
        VotingIT.vote(new WebClient(), small, "Only", "yes");
        String big = VotingIT.pollWithOptions(owner, "Big", Map.of(), "A", "B", "C", "D", "E", "F", "G", "H");
        for (int i = 0; i < 12; i++) {
            VotingIT.vote(
                    new WebClient(), big, "Voter " + i, "yes", "no", "maybe", "rather not", "yes", null, "no", "maybe");
        }

        int smallPage = statementsOf("/poll/" + small + "/");
        int bigPage = statementsOf("/poll/" + big + "/");
        int smallCsv = statementsOf("/poll/" + small + ".csv");
        int bigCsv = statementsOf("/poll/" + big + ".csv");

        // the page reads its comments (two statements) and the pending invitations (one), the export none of them
        assertThat(bigPage).isEqualTo(smallPage).isLessThanOrEqualTo(9);
        assertThat(bigCsv).isEqualTo(smallCsv).isLessThanOrEqualTo(6);
    }
}
