package org.bitpoll.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operator's settings. Each is a server system property ({@code bitpoll.*}) read when asked, so a change in
 * the admin console applies without a redeploy. {@code wildfly-config/configure-server.cli} defines the common ones
 * from environment variables; the rate limits have their defaults here and are set only to change them.
 */
@Named
@ApplicationScoped
public class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    public String getSiteName() {
        return System.getProperty("bitpoll.site-name", "Bitpoll");
    }

    /** The address people reach this site at, without a trailing slash; used in links shown and mailed. */
    public String getBaseUrl() {
        String url = System.getProperty("bitpoll.base-url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public boolean isPublicPolls() {
        return Boolean.parseBoolean(System.getProperty("bitpoll.public-polls", "true"));
    }

    /** Whether the create form starts with "random URL name" ticked. */
    public boolean isRandomSlugs() {
        return Boolean.parseBoolean(System.getProperty("bitpoll.random-slugs", "false"));
    }

    /** The time zone of new polls. */
    public ZoneId getDefaultTimeZone() {
        return ZoneId.of(System.getProperty("bitpoll.default-timezone", "Europe/Berlin"));
    }

    /** How many votes (cast or changed) one client address may send per minute. */
    public int getVotesPerClientPerMinute() {
        return positive("bitpoll.votes-per-client-per-minute", 10);
    }

    /** Wrong passwords an account may get in 15 minutes before logins to it are slowed. */
    public int getLoginFailuresPerAccount() {
        return positive("bitpoll.login-failures-per-account", 5);
    }

    /** Wrong passwords a client address may send in 15 minutes, over all accounts, before it is slowed. */
    public int getLoginFailuresPerClient() {
        return positive("bitpoll.login-failures-per-client", 20);
    }

    /** How many votes (cast or changed) one poll takes per hour. */
    public int getVotesPerPollPerHour() {
        return positive("bitpoll.votes-per-poll-per-hour", 200);
    }

    /** How many account registrations one client address may ask for per hour. */
    public int getRegistrationsPerClientPerHour() {
        return positive("bitpoll.registrations-per-client-per-hour", 10);
    }

    /** How many registration mails one e-mail address may be sent per hour. */
    public int getRegistrationsPerEmailPerHour() {
        return positive("bitpoll.registrations-per-email-per-hour", 3);
    }

    /** How many password resets one client address may ask for per hour. */
    public int getResetsPerClientPerHour() {
        return positive("bitpoll.resets-per-client-per-hour", 10);
    }

    /** How many password-reset requests one e-mail address may receive per hour. */
    public int getResetsPerEmailPerHour() {
        return positive("bitpoll.resets-per-email-per-hour", 3);
    }

    /** A whole number of at least 1; an unreadable setting is logged and the default used. */
    private static int positive(String property, int defaultValue) {
        String value = System.getProperty(property);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> property + "=" + value + " is not a whole number of at least 1; using " + defaultValue);
        return defaultValue;
    }

    /** The address of the operator's imprint elsewhere, if it is a full http(s) address; the imprint page goes there. */
    public Optional<String> getImprintUrl() {
        return webAddress("bitpoll.imprint-url");
    }

    /** The operator's imprint in Markdown (simple HTML allowed), shown when there is no imprint address; may be empty. */
    public String getImprintText() {
        return System.getProperty("bitpoll.imprint-text", "").strip();
    }

    /** The address of the operator's privacy policy elsewhere, if it is a full http(s) address. */
    public Optional<String> getPrivacyUrl() {
        return webAddress("bitpoll.privacy-url");
    }

    /** The operator's privacy policy in Markdown (simple HTML allowed); may be empty. */
    public String getPrivacyText() {
        return System.getProperty("bitpoll.privacy-text", "").strip();
    }

    /** The mail address for reports of problems with the site (the problems page); may be empty. */
    public String getContactEmail() {
        return System.getProperty("bitpoll.contact-email", "").strip();
    }

    /** Whether only logged-in people may create or copy polls (off unless the operator turns it on). */
    public boolean isPollCreationRequiresLogin() {
        return Boolean.parseBoolean(System.getProperty("bitpoll.poll-creation-requires-login", "false"));
    }

    /** Whether someone may create (or copy) polls: anyone, unless the operator reserves it to logged-in people. */
    public boolean mayCreatePolls(boolean loggedIn) {
        return loggedIn || !isPollCreationRequiresLogin();
    }

    /** Whether people may register local accounts (on unless the operator turns it off). */
    public boolean isRegistrationEnabled() {
        return Boolean.parseBoolean(System.getProperty("bitpoll.registration", "true"));
    }

    /**
     * When the cleanup runs (expired link records, idle rate-limit state, retention of old polls): EJB calendar
     * attributes separated by spaces, as {@code hour=3 minute=15} (the default).
     */
    public String getCleanupSchedule() {
        return System.getProperty("bitpoll.cleanup-schedule", "hour=3 minute=15")
                .strip();
    }

    /** Days after its last date that a poll is deleted; 0 keeps polls for ever. */
    public int getRetentionDays() {
        return notNegative("bitpoll.retention-days", 180);
    }

    /** Days before a poll's deletion that its owner is warned by mail. */
    public int getRetentionWarningDays() {
        return notNegative("bitpoll.retention-warning-days", 14);
    }

    /** A whole number of at least 0; anything else fails with a message naming the setting. */
    private static int notNegative(String property, int defaultValue) {
        String value =
                System.getProperty(property, String.valueOf(defaultValue)).strip();
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(property + "=" + value + " is not a whole number of days of at least 0");
    }

    /** A setting that names a web page: only an absolute http or https address counts, anything else is unset. */
    static Optional<String> webAddress(String property) {
        String value = System.getProperty(property, "").strip();
        try {
            URI uri = new URI(value);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
