package org.bitpoll.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bitpoll.platform.error.RuleViolations.violating;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The account settings' rules (F31) and what an administrator may change on an account. */
class AccountTest {

    private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

    static Account local(long id, String username) {
        return withId(Account.local(username, "Anna", "Muster", username + "@example.org", "$2a$10$hash", NOW), id);
    }

    static Account directory(long id, String username) {
        return withId(Account.directory(username, NOW), id);
    }

    private static Account withId(Account account, long id) {
        try {
            Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
            return account;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static AccountSettings settings(String displayName, String language, String zone) {
        return new AccountSettings(displayName, language, zone, true, false);
    }

    @Nested
    class Settings {

        @Test
        void areSavedAllAtOnce() {
            Account anna = local(1, "anna");
            anna.changeSettings(settings("  Anna M.  ", "de", "America/New_York"));
            assertThat(anna.displayName()).isEqualTo("Anna M.");
            assertThat(anna.locale()).isEqualTo(Locale.GERMAN);
            assertThat(anna.zone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(anna.isAutoWatch()).isTrue();
            assertThat(anna.isEmailInvitation()).isFalse();
        }

        @Test
        void anEmptyDisplayNameShowsFirstNameAndUserName() {
            Account anna = local(1, "anna");
            anna.changeSettings(settings("", "en", "Europe/Berlin"));
            assertThat(anna.displayName()).isEqualTo("Anna (anna)");
        }

        @Test
        void aTooLongDisplayNameIsRefusedAndNothingChanges() {
            Account anna = local(1, "anna");
            assertThatThrownBy(() -> anna.changeSettings(settings("x".repeat(101), "de", "America/New_York")))
                    .is(violating(AccountRule.DISPLAY_NAME_TOO_LONG));
            assertThat(anna.getDisplayName()).isEmpty();
            assertThat(anna.getLanguage()).isEqualTo("en");
            assertThat(anna.getTimeZoneName()).isEqualTo("Europe/Berlin");
            assertThat(anna.isAutoWatch()).isFalse();
        }

        @Test
        void aDisplayNameOfTheLongestLengthIsTaken() {
            Account anna = local(1, "anna");
            anna.changeSettings(settings("x".repeat(100), "en", "Europe/Berlin"));
            assertThat(anna.displayName()).hasSize(100);
        }

        @Test
        void anUnknownZoneIsRefused() {
            Account anna = local(1, "anna");
            assertThatThrownBy(() -> anna.changeSettings(settings("", "en", "Mars/Olympus_Mons")))
                    .is(violating(AccountRule.TIME_ZONE_UNKNOWN));
            assertThatThrownBy(() -> anna.changeSettings(settings("", "en", "+01:00")))
                    .is(violating(AccountRule.TIME_ZONE_UNKNOWN));
            assertThat(anna.getTimeZoneName()).isEqualTo("Europe/Berlin");
        }

        @Test
        void anUnsupportedLanguageIsRefused() {
            Account anna = local(1, "anna");
            assertThatThrownBy(() -> anna.changeSettings(settings("", "fr", "Europe/Berlin")))
                    .is(violating(AccountRule.LANGUAGE_UNKNOWN));
            assertThatThrownBy(() -> anna.changeLanguage(Locale.FRENCH)).is(violating(AccountRule.LANGUAGE_UNKNOWN));
        }

        @Test
        void theFooterSwitchChangesTheLanguage() {
            Account anna = local(1, "anna");
            anna.changeLanguage(Locale.ITALIAN);
            assertThat(anna.getLanguage()).isEqualTo("it");
        }

        @Test
        void aDirectoryAccountKeepsTheDirectorysDisplayName() {
            Account bert = directory(2, "bert");
            assertThatThrownBy(() -> bert.changeSettings(settings("Someone else", "de", "Europe/Rome")))
                    .is(violating(AccountRule.DIRECTORY_OWNS_NAME));
            bert.changeSettings(settings("", "de", "Europe/Rome"));
            assertThat(bert.getLanguage()).isEqualTo("de");
        }
    }

    @Nested
    class Administration {

        @Test
        void anAdministratorDisablesAndEnablesAnotherLocalAccount() {
            Account anna = local(1, "anna");
            anna.changeActiveBy(9L, false);
            assertThat(anna.isActive()).isFalse();
            anna.changeActiveBy(9L, true);
            assertThat(anna.isActive()).isTrue();
        }

        @Test
        void anAdministratorFlagsAnotherLocalAccount() {
            Account anna = local(1, "anna");
            assertThat(anna.isAdministrableBy(9L)).isTrue();
            anna.changeSiteAdminBy(9L, true);
            assertThat(anna.isSiteAdmin()).isTrue();
            anna.changeSiteAdminBy(9L, false);
            assertThat(anna.isSiteAdmin()).isFalse();
        }

        @Test
        void nobodyDisablesOrUnflagsThemselves() {
            Account admin = local(9, "admin");
            admin.changeSiteAdminBy(1L, true);
            assertThat(admin.isAdministrableBy(9L)).isFalse();
            assertThatThrownBy(() -> admin.changeActiveBy(9L, false)).is(violating(AccountRule.NOT_YOURSELF));
            assertThatThrownBy(() -> admin.changeSiteAdminBy(9L, false)).is(violating(AccountRule.NOT_YOURSELF));
            assertThat(admin.isActive()).isTrue();
            assertThat(admin.isSiteAdmin()).isTrue();
        }

        @Test
        void theDirectoryOwnsTheFlagsOfItsAccounts() {
            Account bert = directory(2, "bert");
            assertThat(bert.isLocal()).isFalse();
            assertThat(bert.isAdministrableBy(9L)).isFalse();
            assertThatThrownBy(() -> bert.changeActiveBy(9L, false)).is(violating(AccountRule.DIRECTORY_OWNS_FLAGS));
            assertThatThrownBy(() -> bert.changeSiteAdminBy(9L, true)).is(violating(AccountRule.DIRECTORY_OWNS_FLAGS));
            assertThat(bert.isActive()).isTrue();
            assertThat(bert.isSiteAdmin()).isFalse();
        }
    }
}
