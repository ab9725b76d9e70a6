package org.bitpoll.manage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresTargetTest {

    private static PostgresTarget target(String url, String user, String password) {
        return PostgresTarget.of(new DatabaseSettings("postgresql", url, user, password));
    }

    @Test
    void hostPortAndDatabaseBecomeALibpqAddressWithoutSecrets() {
        PostgresTarget target =
                target("jdbc:postgresql://db.example.org:6543/bitpoll?sslmode=require&password=x", "bitpoll", "y");

        assertThat(target.address()).isEqualTo("postgresql://db.example.org:6543/bitpoll?sslmode=require");
        assertThat(target.user()).isEqualTo("bitpoll");
        assertThat(target.password()).isEqualTo("x");
    }

    @Test
    void aUserInTheUrlIsTheOneThatLogsIn() {
        PostgresTarget target = target("jdbc:postgresql://127.0.0.1:55432/postgres?user=postgres", "sa", "sa");

        assertThat(target.address()).isEqualTo("postgresql://127.0.0.1:55432/postgres");
        assertThat(target.user()).isEqualTo("postgres");
    }

    @Test
    void aUrlWithoutHostIsTheLocalServerOnTheDefaultPort() {
        assertThat(target("jdbc:postgresql:bitpoll", "bitpoll", "p").address())
                .isEqualTo("postgresql://localhost:5432/bitpoll");
        assertThat(target("jdbc:postgresql://db/bitpoll", "bitpoll", "p").address())
                .isEqualTo("postgresql://db:5432/bitpoll");
    }

    @Test
    void aUnixSocketOfJunixsocketIsReachedThroughItsFolderAndPort() {
        PostgresTarget target = target(
                "jdbc:postgresql://localhost/bitpoll?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg"
                        + "&socketFactoryArg=/run/postgresql/.s.PGSQL.5433",
                "bitpoll",
                "sa");

        assertThat(target.address()).isEqualTo("postgresql:///bitpoll?host=/run/postgresql&port=5433");
        assertThat(target.user()).isEqualTo("bitpoll");
    }

    @Test
    void thePasswordFileLineEscapesColonsAndBackslashes() {
        assertThat(target("jdbc:postgresql:bitpoll", "bitpoll", "a:b\\c").passwordFileLine())
                .isEqualTo("*:*:*:*:a\\:b\\\\c");
    }
}
