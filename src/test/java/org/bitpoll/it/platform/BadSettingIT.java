package org.bitpoll.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Properties;
import org.bitpoll.it.support.Management;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A bad setting fails the deployment with a message naming it: an operator writes it through the management API
 * and redeploys, as they would, and the failure the API returns names the setting and the reason. The good value
 * is restored and the WAR redeployed in every case, so the server stays healthy for the other tests.
 */
class BadSettingIT {

    private final Management management = new Management();

    @Test
    void aRetentionOfMinusOneFailsTheDeployment() {
        String failure = redeployWith("bitpoll.retention-days", "-1", "180");

        assertThat(failure)
                .contains("bitpoll.retention-days (BITPOLL_RETENTION_DAYS) = -1: must be a whole number of at least 0");
    }

    @Test
    void aDirectoryAddressWithoutSchemeFailsTheDeployment() throws IOException {
        Properties directory = new Properties();
        try (Reader in = Files.newBufferedReader(TestServer.services().resolve("ldap.properties"))) {
            directory.load(in);
        }
        String url = directory.getProperty("bitpoll.ldap.url");
        String withoutScheme = url.replaceFirst("^ldaps?://", "");

        String failure = redeployWith("bitpoll.ldap.url", withoutScheme, url);

        assertThat(failure)
                .contains("bitpoll.ldap.url = " + withoutScheme + ": " + withoutScheme
                        + " must start with ldap:// or ldaps://");
    }

    /** Redeploys with the bad value, then with the good one; returns the answer to the first redeploy. */
    private String redeployWith(String property, String bad, String good) {
        String failure;
        try {
            management.setSystemProperty(property, bad);
            failure = management.redeploy();
        } finally {
            management.setSystemProperty(property, good);
            String answer = management.redeploy();
            assertThat(answer).as("the redeploy with the good value").contains("\"outcome\" : \"success\"");
        }
        assertThat(failure).contains("\"outcome\" : \"failed\"").contains("Bad Bitpoll setting");
        assertThat(new WebClient().get("/").status()).as("the site works again").isEqualTo(200);
        return failure;
    }
}
