package org.bitpoll.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bitpoll.platform.error.RuleViolations.violating;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void theBundledListOfCommonPasswordsIsThere() {
        assertThat(PasswordPolicy.commonPasswords()).hasSizeGreaterThan(29_000).contains("password", "qwertyuiop");
    }

    @Test
    void aLongUncommonPasswordPasses() {
        assertThatCode(() -> PasswordPolicy.check("correct horse battery", "alice"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("Zq8#vL2!pW", "alice")).doesNotThrowAnyException();
    }

    @Test
    void fewerThanTenCharactersAreTooShort() {
        assertThatThrownBy(() -> PasswordPolicy.check("Zq8#vL2!p", "alice"))
                .is(violating(AccountRule.PASSWORD_TOO_SHORT));
        assertThatThrownBy(() -> PasswordPolicy.check(null, "alice")).is(violating(AccountRule.PASSWORD_TOO_SHORT));
    }

    @Test
    void moreThanBcryptReadsIsTooLong() {
        assertThatThrownBy(() -> PasswordPolicy.check("ä".repeat(37), "alice"))
                .is(violating(AccountRule.PASSWORD_TOO_LONG));
    }

    @Test
    void aCommonPasswordIsRefusedInAnyCase() {
        assertThatThrownBy(() -> PasswordPolicy.check("qwertyuiop", "alice"))
                .is(violating(AccountRule.PASSWORD_TOO_COMMON));
        assertThatThrownBy(() -> PasswordPolicy.check("QwertyUIOP", "alice"))
                .is(violating(AccountRule.PASSWORD_TOO_COMMON));
        assertThatThrownBy(() -> PasswordPolicy.check("1234567890", "alice"))
                .is(violating(AccountRule.PASSWORD_TOO_COMMON));
    }

    @Test
    void thePasswordMayNeitherContainTheUserNameNorBePartOfIt() {
        assertThatThrownBy(() -> PasswordPolicy.check("Kowalski2026", "kowalski"))
                .is(violating(AccountRule.PASSWORD_LIKE_USERNAME));
        assertThatThrownBy(() -> PasswordPolicy.check("anna.kowalski", "Anna.Kowalski"))
                .is(violating(AccountRule.PASSWORD_LIKE_USERNAME));
        assertThatThrownBy(() -> PasswordPolicy.check("kowalski26", "anna.kowalski26@example.org"))
                .is(violating(AccountRule.PASSWORD_LIKE_USERNAME));
        assertThatCode(() -> PasswordPolicy.check("Zq8#vL2!pWal", "al")).doesNotThrowAnyException();
    }

    @Test
    void theConfirmationMustBeTheSame() {
        assertThatThrownBy(() -> PasswordPolicy.check("correct horse battery", "correct horse batterx", "alice"))
                .is(violating(AccountRule.PASSWORD_MISMATCH));
        assertThatCode(() -> PasswordPolicy.check("correct horse battery", "correct horse battery", "alice"))
                .doesNotThrowAnyException();
    }
}
