package org.bitpoll.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

    @TempDir
    Path folder;

    @Test
    void withoutVariablesItIsTheServersDefaultH2File() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("BITPOLL_BASE_DIR", "/var/lib/bitpoll"));

        assertThat(settings.driver()).isEqualTo("h2");
        assertThat(settings.url())
                .isEqualTo("jdbc:h2:file:/var/lib/bitpoll/data/bitpoll/bitpoll;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThat(settings.user()).isEqualTo("sa");
        assertThat(settings.password()).isEqualTo("sa");
    }

    @Test
    void thePasswordFileWinsOverThePasswordVariable() throws Exception {
        Path file = Files.writeString(folder.resolve("db.password"), "from-file\n");

        DatabaseSettings settings = DatabaseSettings.from(Map.of(
                "BITPOLL_DB_DRIVER", "postgresql",
                "BITPOLL_DB_URL", "jdbc:postgresql://db:5432/bitpoll",
                "BITPOLL_DB_USER", "bitpoll",
                "BITPOLL_DB_PASSWORD_FILE", file.toString(),
                "BITPOLL_DB_PASSWORD", "from-variable"));

        assertThat(settings.password()).isEqualTo("from-file");
        assertThat(settings.user()).isEqualTo("bitpoll");
    }

    @Test
    void aMissingPasswordFileIsNamed() {
        assertThatThrownBy(() -> DatabaseSettings.from(
                        Map.of("BITPOLL_DB_URL", "jdbc:h2:mem:x", "BITPOLL_DB_PASSWORD_FILE", "/nonexistent/password")))
                .isInstanceOf(ManageFailure.class)
                .hasMessageStartingWith("BITPOLL_DB_PASSWORD_FILE=/nonexistent/password cannot be read");
    }

    @Test
    void anUnknownDriverIsRefused() {
        assertThatThrownBy(() -> DatabaseSettings.from(Map.of("BITPOLL_DB_DRIVER", "mysql")))
                .hasMessage("BITPOLL_DB_DRIVER=mysql is not a driver Bitpoll knows: h2 or postgresql");
    }

    @Test
    void aUrlOfAnotherDatabaseIsRefused() {
        assertThatThrownBy(() -> DatabaseSettings.from(
                        Map.of("BITPOLL_DB_DRIVER", "postgresql", "BITPOLL_DB_URL", "jdbc:h2:mem:x")))
                .hasMessage("BITPOLL_DB_URL does not start with jdbc:postgresql: but BITPOLL_DB_DRIVER is postgresql");
    }

    @Test
    void noUrlAndNoBaseDirectoryIsRefused() {
        assertThatThrownBy(() -> DatabaseSettings.from(Map.of()))
                .hasMessage("neither BITPOLL_DB_URL nor BITPOLL_BASE_DIR is set: no database to open");
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of(
                "BITPOLL_DB_DRIVER", "postgresql",
                "BITPOLL_DB_URL", "jdbc:postgresql://db/bitpoll?user=bitpoll&password=secret&ssl=true"));

        assertThat(settings.shownUrl()).isEqualTo("jdbc:postgresql://db/bitpoll?user=bitpoll&password=***&ssl=true");
    }
}
