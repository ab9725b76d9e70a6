package org.bitpoll.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.InetAddress;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory part of check and create-admin, against a real LDAP server in this JVM (UnboundID). */
class DirectoryTest {

    private static final String SUFFIX = "dc=bitpoll,dc=test";
    private InMemoryDirectoryServer server;

    @BeforeEach
    void startDirectory() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(SUFFIX);
        config.addAdditionalBindCredentials("cn=bitpoll,ou=services," + SUFFIX, "service-secret");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + SUFFIX, "objectClass: domain", "dc: bitpoll");
        server.add("dn: ou=people," + SUFFIX, "objectClass: organizationalUnit", "ou: people");
        server.add(
                "dn: uid=anna,ou=people," + SUFFIX,
                "objectClass: inetOrgPerson",
                "uid: anna",
                "cn: Anna",
                "sn: Example");
        server.startListening();
    }

    @AfterEach
    void stopDirectory() {
        server.shutDown(true);
    }

    private Properties settings(String password) {
        Properties settings = new Properties();
        settings.setProperty("bitpoll.ldap.url", "ldap://127.0.0.1:" + server.getListenPort() + "/");
        settings.setProperty("bitpoll.ldap.bind-dn", "cn=bitpoll,ou=services," + SUFFIX);
        settings.setProperty("bitpoll.ldap.bind-password", password);
        settings.setProperty("bitpoll.ldap.user-base", "ou=people," + SUFFIX);
        return settings;
    }

    @Test
    void withoutAnAddressThereIsNoDirectory() {
        assertThat(Directory.from(new Properties())).isEmpty();
    }

    @Test
    void theServiceAccountBinds() {
        assertThat(Directory.from(settings("service-secret")).orElseThrow().probe())
                .isEqualTo("reachable at ldap://127.0.0.1:" + server.getListenPort()
                        + "/, bound as cn=bitpoll,ou=services," + SUFFIX);
    }

    @Test
    void aWrongBindPasswordFailsWithTheDirectorysReason() {
        Directory directory = Directory.from(settings("wrong")).orElseThrow();

        assertThatThrownBy(directory::probe)
                .isInstanceOf(ManageFailure.class)
                .hasMessageStartingWith("the directory at ldap://127.0.0.1:" + server.getListenPort()
                        + "/ cannot be reached as cn=bitpoll,ou=services," + SUFFIX + ": ");
    }

    @Test
    void itTellsWhetherItKnowsAPerson() {
        Directory directory = Directory.from(settings("service-secret")).orElseThrow();

        assertThat(directory.knows("anna")).isTrue();
        assertThat(directory.knows("bruno")).isFalse();
    }

    @Test
    void anAddressWithoutLdapSchemeIsRefused() {
        Properties settings = settings("service-secret");
        settings.setProperty("bitpoll.ldap.url", "directory.example.org:389");

        assertThatThrownBy(() -> Directory.from(settings))
                .hasMessage("bitpoll.ldap.url directory.example.org:389 is no ldap://host:port or ldaps://host:port");
    }

    @Test
    void aMissingBindPasswordIsNamed() {
        Properties settings = settings("service-secret");
        settings.remove("bitpoll.ldap.bind-password");

        assertThatThrownBy(() -> Directory.from(settings))
                .hasMessage("bitpoll.ldap.bind-password is not set, but bitpoll.ldap.url is");
    }
}
