package org.bitpoll.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsTest {

    private final Settings settings = new Settings();

    @AfterEach
    void forgetTheSettings() {
        System.clearProperty("bitpoll.imprint-url");
        System.clearProperty("bitpoll.imprint-text");
        System.clearProperty("bitpoll.ldap.groups");
        System.clearProperty("bitpoll.group-management");
    }

    @Test
    void theDirectoryGroupsAreANameListSeparatedByCommas() {
        assertThat(settings.getLdapGroups()).isEmpty();

        System.setProperty("bitpoll.ldap.groups", " staff, ,Lab-42,staff ");

        assertThat(settings.getLdapGroups()).containsExactly("staff", "Lab-42");
    }

    @Test
    void groupManagementIsOnUnlessTurnedOff() {
        assertThat(settings.isGroupManagement()).isTrue();

        System.setProperty("bitpoll.group-management", "false");

        assertThat(settings.isGroupManagement()).isFalse();
    }

    @Test
    void anImprintAddressIsAFullWebAddress() {
        System.setProperty("bitpoll.imprint-url", " https://example.org/impressum ");

        assertThat(settings.getImprintUrl()).contains("https://example.org/impressum");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "example.org/impressum", "/impressum", "javascript:alert(1)", "ftp://example.org/", "http://"
            })
    void anythingElseCountsAsNoAddress(String value) {
        System.setProperty("bitpoll.imprint-url", value);

        assertThat(settings.getImprintUrl()).isEmpty();
    }

    @Test
    void withoutSettingsThereIsNoImprint() {
        assertThat(settings.getImprintUrl()).isEmpty();
        assertThat(settings.getImprintText()).isEmpty();
    }

    @Test
    void pollsAreCreatedByAnyoneUnlessTheOperatorReservesItToLoggedInPeople() {
        String property = "bitpoll.poll-creation-requires-login";
        try {
            System.clearProperty(property);
            assertThat(settings.mayCreatePolls(false)).isTrue();
            assertThat(settings.mayCreatePolls(true)).isTrue();

            System.setProperty(property, "true");
            assertThat(settings.mayCreatePolls(false)).isFalse();
            assertThat(settings.mayCreatePolls(true)).isTrue();
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void retentionAndItsScheduleHaveTheirDefaults() {
        Settings defaults = new Settings(SettingSource.of(Map.of(), Map.of()));

        assertThat(defaults.getRetentionDays()).isEqualTo(180);
        assertThat(defaults.getRetentionWarningDays()).isEqualTo(14);
        assertThat(defaults.getCleanupSchedule()).isEqualTo("hour=3 minute=15");
    }

    @Test
    void theEnvironmentGivesWhatNoSystemPropertySets() {
        Settings configured = new Settings(SettingSource.of(
                Map.of("bitpoll.retention-days", "0"),
                Map.of("BITPOLL_RETENTION_DAYS", "30", "BITPOLL_RETENTION_WARNING_DAYS", "3")));

        assertThat(configured.getRetentionDays()).isZero();
        assertThat(configured.getRetentionWarningDays()).isEqualTo(3);
    }

    @Test
    void aValueMadeBadWhileRunningGivesTheDefault() {
        Settings changed = new Settings(SettingSource.of(
                Map.of("bitpoll.retention-days", "-1", "bitpoll.votes-per-poll-per-hour", "many"), Map.of()));

        assertThat(changed.getRetentionDays()).isEqualTo(180);
        assertThat(changed.getVotesPerPollPerHour()).isEqualTo(200);
    }
}
