package org.bitpoll.account.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bcrypt hashes the server's jdbc-realm reads. */
class PasswordsTest {

    @Test
    void aHashIsModularCryptBcryptThatTheRealmReads() {
        String hash = Passwords.hash("correct horse battery");

        assertThat(hash).startsWith("$2a$10$").hasSize(60);
        assertThat(Passwords.matches("correct horse battery", hash)).isTrue();
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertThat(Passwords.hash("same password")).isNotEqualTo(Passwords.hash("same password"));
    }

    @Test
    void anotherPasswordOrAnUnreadableHashDoesNotMatch() {
        String hash = Passwords.hash("correct horse battery");

        assertThat(Passwords.matches("Correct horse battery", hash)).isFalse();
        assertThat(Passwords.matches("", hash)).isFalse();
        assertThat(Passwords.matches(null, hash)).isFalse();
        assertThat(Passwords.matches("correct horse battery", null)).isFalse();
        assertThat(Passwords.matches("correct horse battery", "not a hash")).isFalse();
    }
}
