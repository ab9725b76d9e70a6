package org.bitpoll.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsCheckTest {

    private final Map<String, String> properties = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>();

    private SettingsCheck check() {
        return new SettingsCheck(SettingSource.of(properties, environment));
    }

    @Test
    void withoutAnySettingEveryDefaultIsFine() {
        assertThat(check().problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bitpoll.base-url | polls.example.org | must be an absolute address starting with http:// or https://",
                "bitpoll.base-url | https://example.org/bitpoll | no path",
                "bitpoll.base-url | https://example.org/?x=1 | no path",
                "bitpoll.imprint-url | /impressum | must be an absolute address",
                "bitpoll.privacy-url | javascript:alert(1) | must be an absolute address",
                "bitpoll.registration | yes | must be true or false",
                "bitpoll.poll-creation-requires-login | 1 | must be true or false",
                "bitpoll.public-polls | on | must be true or false",
                "bitpoll.random-slugs | no | must be true or false",
                "bitpoll.default-timezone | Mars/Olympus | must be a time zone",
                "bitpoll.contact-email | nobody | must be a mail address",
                "bitpoll.mail-from | Bitpoll <bitpoll@example.org> | must be a mail address",
                "bitpoll.smtp.host | smtp://mail.example.org | must be a host name or address",
                "bitpoll.smtp.port | 0 | must be a port number from 1 to 65535",
                "bitpoll.smtp.port | 65536 | must be a port number from 1 to 65535",
                "bitpoll.smtp.ssl | maybe | must be true or false",
                "bitpoll.smtp.starttls | maybe | must be true or false",
                "bitpoll.ldap.url | localhost:389 | localhost:389 must start with ldap:// or ldaps://",
                "bitpoll.ldap.url | ldap://a:389 http://b | http://b must start with ldap:// or ldaps://",
                "bitpoll.ldap.url | ldap:///dc=example | names no host",
                "bitpoll.ldap.connect-timeout | 0 | must be a whole number of at least 1",
                "bitpoll.ldap.read-timeout | -5 | must be a whole number of at least 1",
                "bitpoll.trusted-proxy | proxy.example.org | proxy.example.org is no IP address",
                "bitpoll.trusted-proxy | 127.0.0.1 ::1 | ::1 must be written as 0:0:0:0:0:0:0:1",
                "bitpoll.trusted-proxy | 300.1.1.1 | 300.1.1.1 is no IP address",
                "bitpoll.votes-per-client-per-minute | ten | must be a whole number of at least 1",
                "bitpoll.votes-per-poll-per-hour | 0 | must be a whole number of at least 1",
                "bitpoll.login-failures-per-account | 1.5 | must be a whole number of at least 1",
                "bitpoll.login-failures-per-client | 99999999999 | must be a whole number of at least 1",
                "bitpoll.registrations-per-client-per-hour | -1 | must be a whole number of at least 1",
                "bitpoll.registrations-per-email-per-hour | 0 | must be a whole number of at least 1",
                "bitpoll.resets-per-client-per-hour | 0 | must be a whole number of at least 1",
                "bitpoll.resets-per-email-per-hour | x | must be a whole number of at least 1",
                "bitpoll.retention-days | -1 | must be a whole number of at least 0",
                "bitpoll.retention-warning-days | -1 | must be a whole number of at least 0",
                "bitpoll.cleanup-schedule | 3:15 | 3:15 is no key=value pair",
                "bitpoll.cleanup-schedule | hour= | hour= is no key=value pair",
                "bitpoll.cleanup-schedule | hour=3 minutes=15 | minutes is none of second, minute, hour",
            })
    void aBadPropertyIsNamedWithItsValueAndTheReason(String property, String value, String reason) {
        properties.put(property, value);

        List<String> problems = check().problems();

        assertThat(problems)
                .singleElement()
                .asString()
                .startsWith(property)
                .contains(value + ": ")
                .contains(reason);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "BITPOLL_DB_DRIVER | mysql | must be h2 or postgresql",
                "BITPOLL_DB_URL | postgresql://localhost/bitpoll | must be a JDBC URL",
                "BITPOLL_SESSION_TIMEOUT | 0 | must be a whole number of at least 1",
                "BITPOLL_RETENTION_DAYS | -1 | must be a whole number of at least 0",
                "BITPOLL_SMTP_PORT | smtp | must be a port number",
            })
    void aBadEnvironmentVariableIsNamed(String variable, String value, String reason) {
        environment.put(variable, value);

        assertThat(check().problems())
                .singleElement()
                .asString()
                .contains(variable)
                .contains(reason);
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        environment.put("BITPOLL_RETENTION_DAYS", "-1");
        properties.put("bitpoll.retention-days", "30");

        assertThat(check().problems()).isEmpty();
    }

    @Test
    void aBlankValueCountsAsNotSet() {
        properties.put("bitpoll.retention-days", "  ");
        properties.put("bitpoll.imprint-url", "");

        assertThat(check().problems()).isEmpty();
        assertThat(check().summary()).contains("bitpoll.retention-days (BITPOLL_RETENTION_DAYS) = 180 (default)");
    }

    @Test
    void goodValuesPass() {
        properties.putAll(Map.of(
                "bitpoll.base-url", "https://polls.example.org/",
                "bitpoll.ldap.url", "ldaps://a.example.org:636 ldap://127.0.0.1:389",
                "bitpoll.ldap.bind-dn", "cn=bitpoll,dc=example,dc=org",
                "bitpoll.trusted-proxy", "10.0.0.1, 192.168.1.2 0:0:0:0:0:0:0:1",
                "bitpoll.cleanup-schedule", "second=0 minute=*/30 hour=* dayOfMonth=* month=* dayOfWeek=Mon-Fri",
                "bitpoll.smtp.host", "[2001:db8::1]",
                "bitpoll.retention-days", "0",
                "bitpoll.retention-warning-days", "0"));
        environment.putAll(Map.of(
                "BITPOLL_DB_DRIVER", "postgresql", "BITPOLL_DB_URL", "jdbc:postgresql://db.example.org:5432/bitpoll"));

        assertThat(check().problems()).isEmpty();
    }

    @Test
    void theWarningComesBeforeTheDeletion() {
        properties.put("bitpoll.retention-days", "14");
        properties.put("bitpoll.retention-warning-days", "14");

        assertThat(check().problems())
                .containsExactly("bitpoll.retention-warning-days (BITPOLL_RETENTION_WARNING_DAYS) = 14: must be less "
                        + "than bitpoll.retention-days (14)");

        properties.put("bitpoll.retention-days", "0");
        assertThat(check().problems()).as("no warning without retention").isEmpty();
    }

    @Test
    void theDatabaseUrlMatchesTheDriver() {
        environment.put("BITPOLL_DB_URL", "jdbc:postgresql://localhost/bitpoll");

        assertThat(check().problems())
                .singleElement()
                .asString()
                .startsWith(
                        "bitpoll.db.url (BITPOLL_DB_URL) = jdbc:postgresql://localhost/bitpoll: must start with jdbc:h2:");

        environment.put("BITPOLL_DB_DRIVER", "postgresql");
        assertThat(check().problems()).isEmpty();
    }

    @Test
    void aDirectoryNeedsItsAddressAndItsServiceAccount() {
        properties.put("bitpoll.ldap.bind-dn", "cn=bitpoll,dc=example,dc=org");
        assertThat(check().problems()).singleElement().asString().startsWith("bitpoll.ldap.url is not set");

        properties.remove("bitpoll.ldap.bind-dn");
        properties.put("bitpoll.ldap.url", "ldap://localhost:389");
        assertThat(check().problems()).singleElement().asString().startsWith("bitpoll.ldap.bind-dn is not set");
    }

    @Test
    void theSummaryNamesEverySettingOnceAndNoSecret() {
        properties.put("bitpoll.smtp.password", "smtp-secret");
        properties.put("bitpoll.ldap.bind-password", "ldap-secret");
        properties.put("bitpoll.imprint-text", "# Impressum\nsecret-free but long");
        environment.put("BITPOLL_DB_PASSWORD", "db-secret");
        environment.put("BITPOLL_DB_URL", "jdbc:h2:file:/tmp/x;PASSWORD=url-secret;USER=sa");

        List<String> summary = check().summary();

        assertThat(summary).hasSize(Setting.values().length);
        assertThat(String.join("\n", summary)).doesNotContain("secret-free", "-secret");
        assertThat(summary)
                .contains(
                        "bitpoll.smtp.password (BITPOLL_SMTP_PASSWORD) = (set)",
                        "bitpoll.ldap.bind-password = (set)",
                        "bitpoll.db.password (BITPOLL_DB_PASSWORD) = (set)",
                        "bitpoll.db.url (BITPOLL_DB_URL) = jdbc:h2:file:/tmp/x;PASSWORD=(hidden);USER=sa",
                        "bitpoll.imprint-text (BITPOLL_IMPRINT_TEXT) = (32 characters)",
                        "bitpoll.privacy-text (BITPOLL_PRIVACY_TEXT) = (not set) (default)",
                        "bitpoll.site-name (BITPOLL_SITE_NAME) = Bitpoll (default)");
    }

    @Test
    void aPasswordInAJdbcUrlIsHidden() {
        assertThat(SettingsCheck.withoutPassword("jdbc:postgresql://db/bitpoll?user=b&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/bitpoll?user=b&password=(hidden)&ssl=true");
        assertThat(SettingsCheck.withoutPassword("jdbc:postgresql://bitpoll:s3cret@db/bitpoll"))
                .isEqualTo("jdbc:postgresql://(hidden)@db/bitpoll");
    }
}
