package org.bitpoll.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URI;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The operator's settings, as the application uses them. Each is read when asked (a system property changed in the
 * admin console applies without a redeploy) through {@link SettingSource}: the server system property
 * ({@code bitpoll.*}), else the environment variable, else the default of its {@link Setting}, which lists them all.
 * {@code wildfly-config/configure-server.cli} defines the common ones from environment variables; the rate limits
 * have their defaults here and are set only to change them. {@link SettingsStartup} refuses a bad value when the
 * application is deployed; one changed to a bad value later is logged and its default used.
 */
@Named
@ApplicationScoped
public class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    private final SettingSource source;

    public Settings() {
        this(SettingSource.system());
    }

    public Settings(SettingSource source) {
        this.source = source;
    }

    public String getSiteName() {
        return source.value(Setting.SITE_NAME);
    }

    /** The address people reach this site at, without a trailing slash; used in links shown and mailed. */
    public String getBaseUrl() {
        String url = valid(Setting.BASE_URL);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public boolean isPublicPolls() {
        return bool(Setting.PUBLIC_POLLS);
    }

    /** Whether the create form starts with "random URL name" ticked. */
    public boolean isRandomSlugs() {
        return bool(Setting.RANDOM_SLUGS);
    }

    /** The time zone of new polls. */
    public ZoneId getDefaultTimeZone() {
        return ZoneId.of(valid(Setting.DEFAULT_TIMEZONE));
    }

    /** How many votes (cast or changed) one client address may send per minute. */
    public int getVotesPerClientPerMinute() {
        return number(Setting.VOTES_PER_CLIENT_PER_MINUTE);
    }

    /** Wrong passwords an account may get in 15 minutes before logins to it are slowed. */
    public int getLoginFailuresPerAccount() {
        return number(Setting.LOGIN_FAILURES_PER_ACCOUNT);
    }

    /** Wrong passwords a client address may send in 15 minutes, over all accounts, before it is slowed. */
    public int getLoginFailuresPerClient() {
        return number(Setting.LOGIN_FAILURES_PER_CLIENT);
    }

    /** How many votes (cast or changed) one poll takes per hour. */
    public int getVotesPerPollPerHour() {
        return number(Setting.VOTES_PER_POLL_PER_HOUR);
    }

    /** How many account registrations one client address may ask for per hour. */
    public int getRegistrationsPerClientPerHour() {
        return number(Setting.REGISTRATIONS_PER_CLIENT_PER_HOUR);
    }

    /** How many registration mails one e-mail address may be sent per hour. */
    public int getRegistrationsPerEmailPerHour() {
        return number(Setting.REGISTRATIONS_PER_EMAIL_PER_HOUR);
    }

    /** How many password resets one client address may ask for per hour. */
    public int getResetsPerClientPerHour() {
        return number(Setting.RESETS_PER_CLIENT_PER_HOUR);
    }

    /** How many password-reset requests one e-mail address may receive per hour. */
    public int getResetsPerEmailPerHour() {
        return number(Setting.RESETS_PER_EMAIL_PER_HOUR);
    }

    /** How many comments guests from one client address may write per hour. */
    public int getCommentsPerClientPerHour() {
        return number(Setting.COMMENTS_PER_CLIENT_PER_HOUR);
    }

    /** How many comments guests may write on one poll per hour. */
    public int getCommentsPerPollPerHour() {
        return number(Setting.COMMENTS_PER_POLL_PER_HOUR);
    }

    /** For how many minutes a guest's anti-spam question can be answered. */
    public int getCommentChallengeMinutes() {
        return number(Setting.COMMENT_CHALLENGE_MINUTES);
    }

    /** After how many days past its last option and due date a poll is deleted; 0: never. */
    public int getRetentionDays() {
        return number(Setting.RETENTION_DAYS);
    }

    /** How many days before its deletion a poll's owner is warned. */
    public int getRetentionWarningDays() {
        return number(Setting.RETENTION_WARNING_DAYS);
    }

    /** When the clean-up runs: EJB calendar attributes such as {@code hour=3 minute=15}. */
    public String getCleanupSchedule() {
        return valid(Setting.CLEANUP_SCHEDULE);
    }

    /** When the mail outbox tries the mails the mail server did not take: EJB calendar attributes. */
    public String getMailRetrySchedule() {
        return valid(Setting.MAIL_RETRY_SCHEDULE);
    }

    /**
     * How many days before a poll's due date its invitees who have not voted get the automatic reminder, for polls
     * whose managers did not choose; 0: none.
     */
    public int getReminderDaysBefore() {
        return number(Setting.REMINDER_DAYS_BEFORE);
    }

    /** The megabytes of heap the poll pages' results grids may keep between requests; 0: none. */
    public int getResultsCacheMegabytes() {
        return number(Setting.RESULTS_CACHE_MB);
    }

    /** When the automatic reminders are sent: EJB calendar attributes such as {@code minute=*&#47;15 hour=*}. */
    public String getReminderSchedule() {
        return valid(Setting.REMINDER_SCHEDULE);
    }

    /** The address of the operator's imprint elsewhere, if it is a full http(s) address; the imprint page goes there. */
    public Optional<String> getImprintUrl() {
        return webAddress(Setting.IMPRINT_URL);
    }

    /** The operator's imprint in Markdown (simple HTML allowed), shown when there is no imprint address; may be empty. */
    public String getImprintText() {
        return source.value(Setting.IMPRINT_TEXT);
    }

    /** The address of the operator's privacy policy elsewhere, if it is a full http(s) address. */
    public Optional<String> getPrivacyUrl() {
        return webAddress(Setting.PRIVACY_URL);
    }

    /** The operator's privacy policy in Markdown (simple HTML allowed); may be empty. */
    public String getPrivacyText() {
        return source.value(Setting.PRIVACY_TEXT);
    }

    /** The mail address for reports of problems with the site (the problems page); may be empty. */
    public String getContactEmail() {
        return valid(Setting.CONTACT_EMAIL);
    }

    /** Whether only logged-in people may create or copy polls (off unless the operator turns it on). */
    public boolean isPollCreationRequiresLogin() {
        return bool(Setting.POLL_CREATION_REQUIRES_LOGIN);
    }

    /** Whether someone may create (or copy) polls: anyone, unless the operator reserves it to logged-in people. */
    public boolean mayCreatePolls(boolean loggedIn) {
        return loggedIn || !isPollCreationRequiresLogin();
    }

    /** Whether people may register local accounts (on unless the operator turns it off). */
    public boolean isRegistrationEnabled() {
        return bool(Setting.REGISTRATION);
    }

    /** Whether people create and run groups (on unless the operator turns it off). */
    public boolean isGroupManagement() {
        return bool(Setting.GROUP_MANAGEMENT);
    }

    /**
     * The directory groups that appear as read-only groups, by the names the directory gives them (separated by
     * commas, blanks around a name ignored); empty: none.
     */
    public List<String> getLdapGroups() {
        return Arrays.stream(valid(Setting.LDAP_GROUPS).split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
    }

    /** The value set if it keeps the setting's rule; else, logged, the default. */
    private String valid(Setting setting) {
        Optional<String> set = source.set(setting);
        if (set.isEmpty()) {
            return setting.defaultValue();
        }
        Optional<String> problem = setting.rule().problem(set.get());
        if (problem.isPresent()) {
            LOG.warning(() -> setting.displayName() + "=" + set.get() + " " + problem.get() + "; using "
                    + (setting.defaultValue().isEmpty() ? "none" : setting.defaultValue()));
            return setting.defaultValue();
        }
        return set.get();
    }

    private boolean bool(Setting setting) {
        return Boolean.parseBoolean(valid(setting).toLowerCase(Locale.ROOT));
    }

    private int number(Setting setting) {
        return Integer.parseInt(valid(setting));
    }

    /** A setting that names a web page: only an absolute http or https address counts, anything else is unset. */
    private Optional<String> webAddress(Setting setting) {
        return Rule.webAddress(source.value(setting)).map(URI::toASCIIString);
    }
}
