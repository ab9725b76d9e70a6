package org.bitpoll.platform.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.util.Map;
import org.bitpoll.platform.config.SettingSource;
import org.junit.jupiter.api.Test;

class DatabaseReachabilityTest {

    @Test
    void aDatabaseThatCannotBeReachedIsNamedByItsSettingsWithoutThePassword() {
        String url = "jdbc:postgresql://127.0.0.1:1/bitpoll?password=s3cret";
        SettingSource settings = SettingSource.of(
                Map.of(),
                Map.of(
                        "BITPOLL_DB_DRIVER", "postgresql",
                        "BITPOLL_DB_URL", url,
                        "BITPOLL_DB_USER", "bitpoll",
                        "BITPOLL_DB_PASSWORD", "s3cret"));

        assertThatThrownBy(() -> DatabaseReachability.require(() -> DriverManager.getConnection(url), settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("BitpollDS (bitpoll.db.driver (BITPOLL_DB_DRIVER)=postgresql, "
                        + "bitpoll.db.url (BITPOLL_DB_URL)=jdbc:postgresql://127.0.0.1:1/bitpoll?password=(hidden), "
                        + "bitpoll.db.user (BITPOLL_DB_USER)=bitpoll) cannot be reached: ")
                .hasMessageContaining("Connection to 127.0.0.1:1 refused")
                .message()
                .doesNotContain("s3cret");
    }

    @Test
    void aDatabaseThatAnswersPasses() {
        SettingSource settings = SettingSource.of(Map.of(), Map.of());

        assertThatCode(() -> DatabaseReachability.require(
                        () -> DriverManager.getConnection("jdbc:h2:mem:reachability", "sa", ""), settings))
                .doesNotThrowAnyException();
    }
}
