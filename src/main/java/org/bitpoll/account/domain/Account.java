package org.bitpoll.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.i18n.Languages;
import org.bitpoll.platform.persistence.BaseEntity;
import org.bitpoll.platform.persistence.InstantConverter;
import org.bitpoll.platform.time.ZoneNames;

/**
 * A person's account: local (registered here, with a password hash the server's {@code jdbc-realm} verifies) or
 * mirrored from the directory (no hash: the directory checks the password and owns the names and the address).
 * {@link #displayName()} follows the reference: the chosen display name, else "first name (username)".
 *
 * <p>A person changes their own settings ({@link #changeSettings}: everything checked before anything changes; a
 * directory account keeps the directory's display name); a site administrator disables or enables another local
 * account and flags it as administrator ({@link #changeActiveBy}, {@link #changeSiteAdminBy}), never their own.
 */
@Entity
@Table(name = "account")
@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.count", query = "SELECT COUNT(a) FROM Account a")
@NamedQuery(
        name = "Account.search",
        query = "SELECT a FROM Account a WHERE " + Account.MATCHES + " ORDER BY a.username")
@NamedQuery(name = "Account.countSearch", query = "SELECT COUNT(a) FROM Account a WHERE " + Account.MATCHES)
public class Account extends BaseEntity {

    /** The admin search's condition: a name or the e-mail address contains the pattern. */
    static final String MATCHES = "LOWER(a.username) LIKE :pattern ESCAPE '!' OR LOWER(a.firstName) LIKE :pattern"
            + " ESCAPE '!' OR LOWER(a.lastName) LIKE :pattern ESCAPE '!' OR LOWER(a.displayName) LIKE :pattern"
            + " ESCAPE '!' OR LOWER(a.email) LIKE :pattern ESCAPE '!'";

    /** Longest display name. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 150)
    private String username;

    @Column(name = "password_hash", length = 128)
    private String passwordHash;

    @Column(name = "first_name", nullable = false, length = 150)
    private String firstName = "";

    @Column(name = "last_name", nullable = false, length = 150)
    private String lastName = "";

    @Column(name = "email", nullable = false, length = 254)
    private String email = "";

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME_LENGTH)
    private String displayName = "";

    @Column(name = "site_admin", nullable = false)
    private boolean siteAdmin;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "language", nullable = false, length = 10)
    private String language = "en";

    @Column(name = "timezone_name", nullable = false, length = ZoneNames.MAX_LENGTH)
    private String timeZoneName = "Europe/Berlin";

    @Column(name = "email_invitation", nullable = false)
    private boolean emailInvitation = true;

    @Column(name = "auto_watch", nullable = false)
    private boolean autoWatch;

    @Convert(converter = InstantConverter.class)
    @Column(name = "date_joined", nullable = false)
    private Instant dateJoined;

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_login")
    private Instant lastLogin;

    protected Account() {}

    private Account(String username, String passwordHash, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = passwordHash;
        this.dateJoined = Objects.requireNonNull(now);
    }

    /** A locally registered account; {@code passwordHash} comes from {@link Passwords#hash(String)}. */
    public static Account local(
            String username, String firstName, String lastName, String email, String passwordHash, Instant now) {
        Account account = new Account(username, Objects.requireNonNull(passwordHash), now);
        account.firstName = Objects.requireNonNullElse(firstName, "");
        account.lastName = Objects.requireNonNullElse(lastName, "");
        account.email = Objects.requireNonNullElse(email, "");
        return account;
    }

    /** The row of a directory user, made at their first login; the names come from the directory. */
    public static Account directory(String username, Instant now) {
        return new Account(username, null, now);
    }

    /** Whether this account is kept here (it has a password hash), not in the directory. */
    public boolean isLocal() {
        return passwordHash != null;
    }

    public String displayName() {
        if (!displayName.isEmpty()) {
            return displayName;
        }
        return firstName + " (" + username + ")";
    }

    /** Records a login; a directory account takes over what the directory says of it. */
    public void loggedIn(DirectoryAttributes directory, Instant now) {
        lastLogin = now;
        if (!isLocal() && directory != null) {
            firstName = limit(directory.firstName(), 150);
            lastName = limit(directory.lastName(), 150);
            email = limit(directory.email(), 254);
            displayName = limit(directory.displayName(), 100);
        }
    }

    private static String limit(String value, int length) {
        String text = value == null ? "" : value.strip();
        return text.length() <= length ? text : text.substring(0, length);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        if (!isLocal()) {
            throw new IllegalStateException("the directory owns the password of " + username);
        }
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Objects.requireNonNull(email);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = Objects.requireNonNull(displayName);
    }

    public boolean isSiteAdmin() {
        return siteAdmin;
    }

    public void setSiteAdmin(boolean siteAdmin) {
        this.siteAdmin = siteAdmin;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = Objects.requireNonNull(language);
    }

    public String getTimeZoneName() {
        return timeZoneName;
    }

    public void setTimeZoneName(String timeZoneName) {
        this.timeZoneName = Objects.requireNonNull(timeZoneName);
    }

    public boolean isEmailInvitation() {
        return emailInvitation;
    }

    public void setEmailInvitation(boolean emailInvitation) {
        this.emailInvitation = emailInvitation;
    }

    public boolean isAutoWatch() {
        return autoWatch;
    }

    public void setAutoWatch(boolean autoWatch) {
        this.autoWatch = autoWatch;
    }

    public Instant getDateJoined() {
        return dateJoined;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZoneName);
    }

    public Locale locale() {
        Locale locale = Languages.supported(language);
        return locale == null ? Locale.ENGLISH : locale;
    }

    /**
     * Applies what the person set on their settings page; every field is checked first, so nothing is half-saved.
     * A directory account's display name is the directory's: a different one is refused.
     */
    public void changeSettings(AccountSettings settings) {
        if (settings.displayName().length() > MAX_DISPLAY_NAME_LENGTH) {
            throw new RuleViolation(AccountRule.DISPLAY_NAME_TOO_LONG, MAX_DISPLAY_NAME_LENGTH);
        }
        if (!isLocal() && !settings.displayName().equals(displayName)) {
            throw new RuleViolation(AccountRule.DIRECTORY_OWNS_NAME);
        }
        if (Languages.supported(settings.language()) == null) {
            throw new RuleViolation(AccountRule.LANGUAGE_UNKNOWN);
        }
        if (!ZoneNames.isKnown(settings.timeZone())) {
            throw new RuleViolation(AccountRule.TIME_ZONE_UNKNOWN, settings.timeZone());
        }
        displayName = settings.displayName();
        language = settings.language();
        timeZoneName = settings.timeZone();
        autoWatch = settings.autoWatch();
        emailInvitation = settings.emailInvitation();
    }

    /** The language chosen with the footer's switch. */
    public void changeLanguage(Locale locale) {
        if (!Languages.SUPPORTED.contains(locale)) {
            throw new RuleViolation(AccountRule.LANGUAGE_UNKNOWN);
        }
        language = locale.getLanguage();
    }

    /** Disables (false) or enables (true) this local account, by another administrator: a disabled one cannot log in. */
    public void changeActiveBy(Long administratorId, boolean newActive) {
        checkAdministrableBy(administratorId);
        active = newActive;
    }

    /** Flags (true) or unflags this local account as site administrator, from its next login on. */
    public void changeSiteAdminBy(Long administratorId, boolean newSiteAdmin) {
        checkAdministrableBy(administratorId);
        siteAdmin = newSiteAdmin;
    }

    /** Whether an administrator may change this account's flags: a local account, and not their own. */
    public boolean isAdministrableBy(Long administratorId) {
        return isLocal() && !Objects.equals(id, administratorId);
    }

    private void checkAdministrableBy(Long administratorId) {
        if (Objects.equals(id, administratorId)) {
            throw new RuleViolation(AccountRule.NOT_YOURSELF);
        }
        if (!isLocal()) {
            throw new RuleViolation(AccountRule.DIRECTORY_OWNS_FLAGS);
        }
    }
}
