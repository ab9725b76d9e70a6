package org.bitpoll.account.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.bitpoll.account.application.AccountSettingsService;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountSettings;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.i18n.Languages;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.time.ZoneNames;

/**
 * The settings page {@code /account/} (F31): display name, language, time zone, auto-watch and invitation mails,
 * saved at once (a broken rule is shown next to its field and nothing is saved). A local account links to the pages
 * that change its e-mail address and password; a directory account shows what the directory owns, read-only. A
 * guest is sent to the login page first.
 */
@Named
@ViewScoped
public class EditAccountSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The language codes offered (labels are each language's own name). */
    private static final List<String> LANGUAGES =
            Languages.SUPPORTED.stream().map(Locale::getLanguage).toList();

    @Inject
    private AccountSettingsService service;

    @Inject
    private Visitors visitors;

    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private boolean local;
    private String displayName;
    private String language;
    private String timeZone;
    private boolean autoWatch;
    private boolean emailInvitation;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!visitors.current().isLoggedIn()) {
            Redirects.toLogin(context);
            return;
        }
        Account account = service.ownAccount(visitors.current());
        username = account.getUsername();
        firstName = account.getFirstName();
        lastName = account.getLastName();
        email = account.getEmail();
        local = account.isLocal();
        AccountSettings settings = AccountSettings.of(account);
        displayName = settings.displayName();
        language = settings.language();
        timeZone = settings.timeZone();
        autoWatch = settings.autoWatch();
        emailInvitation = settings.emailInvitation();
    }

    public void save() {
        service.save(
                visitors.current(), new AccountSettings(displayName, language, timeZone, autoWatch, emailInvitation));
        FacesContext context = FacesContext.getCurrentInstance();
        // the confirmation is in the language just chosen, as the page it shows on
        context.getViewRoot().setLocale(Languages.supported(language));
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "account.settings.saved");
        Redirects.to(context, "/account/");
    }

    public List<String> getLanguages() {
        return LANGUAGES;
    }

    public List<String> getTimeZones() {
        return ZoneNames.available();
    }

    public int getMaxDisplayNameLength() {
        return Account.MAX_DISPLAY_NAME_LENGTH;
    }

    public String getUsername() {
        return username;
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

    public boolean isLocal() {
        return local;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public boolean isAutoWatch() {
        return autoWatch;
    }

    public void setAutoWatch(boolean autoWatch) {
        this.autoWatch = autoWatch;
    }

    public boolean isEmailInvitation() {
        return emailInvitation;
    }

    public void setEmailInvitation(boolean emailInvitation) {
        this.emailInvitation = emailInvitation;
    }
}
