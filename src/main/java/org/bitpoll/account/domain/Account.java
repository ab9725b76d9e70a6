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
 * A person's account, local or mirrored from the directory. {@link #displayName()} follows the reference: the
 * chosen display name, else "first name (username)".
 *
 * <p>A local account has a password hash; a directory account has none, and the directory owns its names, mail
 * and password, so they are never changed here. A person changes their own settings ({@link #changeSettings});
 * a site administrator disables or enables a local account and flags it as administrator ({@link #changeActiveBy},
 * {@link #changeSiteAdminBy}), never their own.
 */
@Entity
@Table(name = "account")
@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(
        name = "Account.search",
        query = "SELECT a FROM Account a WHERE " + Account.MATCHES + " ORDER BY a.username")
@NamedQuery(name = "Account.countSearch", query = "SELECT COUNT(a) FROM Account a WHERE " + Account.MATCHES)
public class Account extends BaseEntity {

    /** The admin search's condition: a name or the e-mail address contains the pattern. */
    static final String MATCHES =
            "LOWER(a.username) LIKE :pattern ESCAPE '!' OR LOWER(a.firstName) LIKE :pattern ESCAPE '!'"
                    + " OR LOWER(a.lastName) LIKE :pattern ESCAPE '!' OR LOWER(a.displayName) LIKE :pattern ESCAPE '!'"
                    + " OR LOWER(a.email) LIKE :pattern ESCAPE '!'";

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

    private Account(String username, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.dateJoined = Objects.requireNonNull(now);
    }

    /** A local account, with a password the realm verifies by this hash. */
    public static Account local(
            String username, String firstName, String lastName, String email, String passwordHash, Instant now) {
        Account account = new Account(username, now);
        account.firstName = Objects.requireNonNull(firstName);
        account.lastName = Objects.requireNonNull(lastName);
        account.email = Objects.requireNonNull(email);
        account.passwordHash = Objects.requireNonNull(passwordHash);
        return account;
    }

    /** The row of a directory account, made at its first login. */
    public static Account directory(String username, Instant now) {
        return new Account(username, now);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String displayName() {
        if (!displayName.isEmpty()) {
            return displayName;
        }
        return firstName + " (" + username + ")";
    }

    /** Whether this account logs in with a password stored here (not through the directory). */
    public boolean isLocal() {
        return passwordHash != null;
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

    /** The display name as chosen, empty when none was. */
    public String getDisplayName() {
        return displayName;
    }

    public boolean isSiteAdmin() {
        return siteAdmin;
    }

    public boolean isActive() {
        return active;
    }

    /** The language code: en, de or it. */
    public String getLanguage() {
        return language;
    }

    public String getTimeZoneName() {
        return timeZoneName;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZoneName);
    }

    public Locale locale() {
        Locale locale = Languages.supported(language);
        return locale == null ? Locale.ENGLISH : locale;
    }

    public boolean isEmailInvitation() {
        return emailInvitation;
    }

    public boolean isAutoWatch() {
        return autoWatch;
    }

    public Instant getDateJoined() {
        return dateJoined;
    }

    public Instant getLastLogin() {
        return lastLogin;
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
