package org.bitpoll.account.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DirectoryStatusTest {

    private InMemoryDirectoryServer directory;

    @AfterEach
    void stopDirectory() {
        System.clearProperty("bitpoll.ldap.url");
        if (directory != null) {
            directory.shutDown(true);
        }
    }

    @Test
    void aRunningDirectoryAnswers() throws Exception {
        assertThat(DirectoryStatus.answers(startDirectory())).isTrue();
    }

    @Test
    void aPortNobodyListensOnDoesNotAnswer() throws IOException {
        assertThat(DirectoryStatus.answers("ldap://127.0.0.1:" + freePort() + "/"))
                .isFalse();
    }

    @Test
    void aServerThatAcceptsButNeverAnswersIsGivenUpAfterTheTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(DirectoryStatus.answers("ldap://127.0.0.1:" + silent.getLocalPort() + "/"))
                    .isFalse();
        }
    }

    @Test
    void theNextUrlIsTriedWhenTheFirstDoesNotAnswer() throws Exception {
        String running = startDirectory();
        assertThat(DirectoryStatus.answers("ldap://127.0.0.1:" + freePort() + "/ " + running))
                .isTrue();
    }

    @Test
    void withoutADirectoryNothingIsUnreachable() {
        assertThat(new DirectoryStatus().unreachable()).isFalse();
    }

    @Test
    void aConfiguredDirectoryThatIsDownIsUnreachable() throws IOException {
        System.setProperty("bitpoll.ldap.url", "ldap://127.0.0.1:" + freePort() + "/");
        assertThat(new DirectoryStatus().unreachable()).isTrue();
    }

    @Test
    void aConfiguredDirectoryThatRunsIsReachable() throws Exception {
        System.setProperty("bitpoll.ldap.url", startDirectory());
        assertThat(new DirectoryStatus().unreachable()).isFalse();
    }

    private String startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=bitpoll,dc=test");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        directory = new InMemoryDirectoryServer(config);
        directory.startListening();
        return "ldap://127.0.0.1:" + directory.getListenPort() + "/";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
