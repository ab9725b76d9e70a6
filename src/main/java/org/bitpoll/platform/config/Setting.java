package org.bitpoll.platform.config;

/**
 * Every setting an operator gives Bitpoll: its server system property and/or environment variable (a system
 * property wins over the variable), its default, and the rule a value must keep. {@link SettingsCheck} checks them
 * all when the application starts and lists them in the log; {@link Settings} reads them. Settings that the server
 * itself resolves (mail session, datasource, session timeout, directory, listener) are here too, so that a bad value
 * is named at start and the log shows what is in effect.
 */
public enum Setting {
    SITE_NAME("bitpoll.site-name", "BITPOLL_SITE_NAME", "Bitpoll", Rule.TEXT),
    BASE_URL("bitpoll.base-url", "BITPOLL_BASE_URL", "http://localhost:8080", Rule.SITE_ADDRESS),
    REGISTRATION("bitpoll.registration", "BITPOLL_REGISTRATION", "true", Rule.BOOLEAN),
    GROUP_MANAGEMENT("bitpoll.group-management", "BITPOLL_GROUP_MANAGEMENT", "true", Rule.BOOLEAN),
    POLL_CREATION_REQUIRES_LOGIN(
            "bitpoll.poll-creation-requires-login", "BITPOLL_POLL_CREATION_REQUIRES_LOGIN", "false", Rule.BOOLEAN),
    PUBLIC_POLLS("bitpoll.public-polls", "BITPOLL_PUBLIC_POLLS", "true", Rule.BOOLEAN),
    RANDOM_SLUGS("bitpoll.random-slugs", "BITPOLL_RANDOM_SLUGS", "false", Rule.BOOLEAN),
    DEFAULT_TIMEZONE("bitpoll.default-timezone", "BITPOLL_DEFAULT_TIMEZONE", "Europe/Berlin", Rule.TIME_ZONE),
    IMPRINT_URL("bitpoll.imprint-url", "BITPOLL_IMPRINT_URL", "", Rule.WEB_ADDRESS),
    IMPRINT_TEXT("bitpoll.imprint-text", "BITPOLL_IMPRINT_TEXT", "", Rule.LONG_TEXT),
    PRIVACY_URL("bitpoll.privacy-url", "BITPOLL_PRIVACY_URL", "", Rule.WEB_ADDRESS),
    PRIVACY_TEXT("bitpoll.privacy-text", "BITPOLL_PRIVACY_TEXT", "", Rule.LONG_TEXT),
    CONTACT_EMAIL("bitpoll.contact-email", "BITPOLL_CONTACT_EMAIL", "", Rule.MAIL_ADDRESS),

    MAIL_FROM("bitpoll.mail-from", "BITPOLL_MAIL_FROM", "bitpoll@localhost", Rule.MAIL_ADDRESS),
    SMTP_HOST("bitpoll.smtp.host", "BITPOLL_SMTP_HOST", "localhost", Rule.HOST),
    SMTP_PORT("bitpoll.smtp.port", "BITPOLL_SMTP_PORT", "25", Rule.PORT),
    SMTP_SSL("bitpoll.smtp.ssl", "BITPOLL_SMTP_SSL", "false", Rule.BOOLEAN),
    SMTP_STARTTLS("bitpoll.smtp.starttls", "BITPOLL_SMTP_STARTTLS", "false", Rule.BOOLEAN),
    SMTP_USER("bitpoll.smtp.user", "BITPOLL_SMTP_USER", "", Rule.TEXT),
    SMTP_PASSWORD("bitpoll.smtp.password", "BITPOLL_SMTP_PASSWORD", "", Rule.SECRET),

    LDAP_URL("bitpoll.ldap.url", null, "", Rule.LDAP_ADDRESSES),
    LDAP_BIND_DN("bitpoll.ldap.bind-dn", null, "", Rule.TEXT),
    LDAP_BIND_PASSWORD("bitpoll.ldap.bind-password", null, "", Rule.SECRET),
    LDAP_USER_BASE("bitpoll.ldap.user-base", null, "ou=people,dc=example,dc=org", Rule.TEXT),
    LDAP_USER_ATTRIBUTE("bitpoll.ldap.user-attribute", null, "uid", Rule.TEXT),
    LDAP_USER_FILTER("bitpoll.ldap.user-filter", null, "(&(objectClass=inetOrgPerson)(uid={0}))", Rule.TEXT),
    LDAP_GROUP_BASE("bitpoll.ldap.group-base", null, "ou=groups,dc=example,dc=org", Rule.TEXT),
    LDAP_GROUP_FILTER("bitpoll.ldap.group-filter", null, "(&(objectClass=groupOfNames)(member={1}))", Rule.TEXT),
    LDAP_GROUP_ATTRIBUTE("bitpoll.ldap.group-attribute", null, "cn", Rule.TEXT),
    LDAP_ADMIN_GROUP("bitpoll.ldap.admin-group", null, "bitpoll-admins", Rule.TEXT),
    LDAP_GROUPS("bitpoll.ldap.groups", "BITPOLL_LDAP_GROUPS", "", Rule.TEXT),
    LDAP_CONNECT_TIMEOUT("bitpoll.ldap.connect-timeout", null, "3000", Rule.POSITIVE),
    LDAP_READ_TIMEOUT("bitpoll.ldap.read-timeout", null, "5000", Rule.POSITIVE),

    DB_DRIVER("bitpoll.db.driver", "BITPOLL_DB_DRIVER", "h2", Rule.DATABASE_DRIVER),
    DB_URL(
            "bitpoll.db.url",
            "BITPOLL_DB_URL",
            "jdbc:h2:file:${jboss.server.data.dir}/bitpoll/bitpoll;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
            Rule.JDBC_URL),
    DB_USER("bitpoll.db.user", "BITPOLL_DB_USER", "sa", Rule.TEXT),
    DB_PASSWORD("bitpoll.db.password", "BITPOLL_DB_PASSWORD", "sa", Rule.SECRET),

    SESSION_TIMEOUT(null, "BITPOLL_SESSION_TIMEOUT", "60", Rule.POSITIVE),
    TRUSTED_PROXY("bitpoll.trusted-proxy", "BITPOLL_TRUSTED_PROXY", "", Rule.IP_ADDRESSES),

    VOTES_PER_CLIENT_PER_MINUTE("bitpoll.votes-per-client-per-minute", null, "10", Rule.POSITIVE),
    VOTES_PER_POLL_PER_HOUR("bitpoll.votes-per-poll-per-hour", null, "200", Rule.POSITIVE),
    LOGIN_FAILURES_PER_ACCOUNT("bitpoll.login-failures-per-account", null, "5", Rule.POSITIVE),
    LOGIN_FAILURES_PER_CLIENT("bitpoll.login-failures-per-client", null, "20", Rule.POSITIVE),
    REGISTRATIONS_PER_CLIENT_PER_HOUR("bitpoll.registrations-per-client-per-hour", null, "10", Rule.POSITIVE),
    REGISTRATIONS_PER_EMAIL_PER_HOUR("bitpoll.registrations-per-email-per-hour", null, "3", Rule.POSITIVE),
    RESETS_PER_CLIENT_PER_HOUR("bitpoll.resets-per-client-per-hour", null, "10", Rule.POSITIVE),
    RESETS_PER_EMAIL_PER_HOUR("bitpoll.resets-per-email-per-hour", null, "3", Rule.POSITIVE),
    COMMENTS_PER_CLIENT_PER_HOUR("bitpoll.comments-per-client-per-hour", null, "10", Rule.POSITIVE),
    COMMENTS_PER_POLL_PER_HOUR("bitpoll.comments-per-poll-per-hour", null, "30", Rule.POSITIVE),
    COMMENT_CHALLENGE_MINUTES("bitpoll.comment-challenge-minutes", null, "30", Rule.MINUTES_OF_A_DAY),

    RETENTION_DAYS("bitpoll.retention-days", "BITPOLL_RETENTION_DAYS", "180", Rule.NOT_NEGATIVE),
    RETENTION_WARNING_DAYS("bitpoll.retention-warning-days", "BITPOLL_RETENTION_WARNING_DAYS", "14", Rule.NOT_NEGATIVE),
    CLEANUP_SCHEDULE("bitpoll.cleanup-schedule", "BITPOLL_CLEANUP_SCHEDULE", "hour=3 minute=15", Rule.SCHEDULE),
    MAIL_RETRY_SCHEDULE("bitpoll.mail-retry-schedule", "BITPOLL_MAIL_RETRY_SCHEDULE", "minute=* hour=*", Rule.SCHEDULE),

    REMINDER_DAYS_BEFORE("bitpoll.reminder-days-before", "BITPOLL_REMINDER_DAYS_BEFORE", "1", Rule.NOT_NEGATIVE),
    REMINDER_SCHEDULE("bitpoll.reminder-schedule", "BITPOLL_REMINDER_SCHEDULE", "minute=*/15 hour=*", Rule.SCHEDULE),

    RESULTS_CACHE_MB("bitpoll.results-cache-mb", null, "64", Rule.NOT_NEGATIVE);

    private final String property;
    private final String variable;
    private final String defaultValue;
    private final Rule rule;

    Setting(String property, String variable, String defaultValue, Rule rule) {
        this.property = property;
        this.variable = variable;
        this.defaultValue = defaultValue;
        this.rule = rule;
    }

    /** The system property ({@code bitpoll.…}); null for a setting only the environment gives. */
    public String property() {
        return property;
    }

    /** The environment variable ({@code BITPOLL_…}); null for a setting only a system property gives. */
    public String variable() {
        return variable;
    }

    /** The value when the operator sets none; empty for "not set". */
    public String defaultValue() {
        return defaultValue;
    }

    public Rule rule() {
        return rule;
    }

    /** How messages and the log name it: the property, and the variable in brackets when there is one. */
    public String displayName() {
        if (property == null) {
            return variable;
        }
        return variable == null ? property : property + " (" + variable + ")";
    }
}
