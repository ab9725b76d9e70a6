package org.bitpoll.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bitpoll.platform.error.RuleViolations.violating;

import org.junit.jupiter.api.Test;

class AccountRequestTest {

    private static AccountRequest request(String username, String email) {
        return new AccountRequest(username, "Anna", "Kowalski", email, true);
    }

    @Test
    void userNamesOfLettersDigitsAndTheFiveSignsPass() {
        assertThat(Usernames.check(" anna.k+test_1-x@uni ")).isEqualTo("anna.k+test_1-x@uni");
        assertThat(Usernames.check("Jürgen")).isEqualTo("Jürgen");
        assertThat(Usernames.check("a".repeat(150))).hasSize(150);
    }

    @Test
    void otherCharactersAreRefused() {
        for (String bad : new String[] {"anna k", "anna/k", "<script>", "anna:k", "anna\nk", "anna;", "änna'"}) {
            assertThatThrownBy(() -> Usernames.check(bad)).is(violating(AccountRule.USERNAME_INVALID));
        }
        assertThatThrownBy(() -> Usernames.check("  ")).is(violating(AccountRule.USERNAME_REQUIRED));
        assertThatThrownBy(() -> Usernames.check("a".repeat(151))).is(violating(AccountRule.USERNAME_TOO_LONG));
    }

    @Test
    void emailAddressesAreChecked() {
        assertThat(EmailAddresses.check(" anna.k+bitpoll@mail.example.org "))
                .isEqualTo("anna.k+bitpoll@mail.example.org");
        for (String bad : new String[] {
            "anna",
            "anna@",
            "@example.org",
            "anna@localhost",
            "an na@example.org",
            "anna@example.org\r\nBcc: x@example.org",
            "anna..k@example.org",
            "anna@-example.org",
            ""
        }) {
            assertThatThrownBy(() -> EmailAddresses.check(bad)).is(violating(AccountRule.EMAIL_INVALID));
        }
        assertThat(EmailAddresses.key(" Anna@Example.ORG")).isEqualTo("anna@example.org");
    }

    @Test
    void aRequestIsCheckedFieldByField() {
        AccountRequest checked =
                new AccountRequest(" anna ", " Anna ", " Kowalski ", " anna@example.org ", false).checked();

        assertThat(checked).isEqualTo(new AccountRequest("anna", "Anna", "Kowalski", "anna@example.org", false));
        assertThatThrownBy(() -> request("anna k", "anna@example.org").checked())
                .is(violating(AccountRule.USERNAME_INVALID));
        assertThatThrownBy(() -> request("anna", "anna").checked()).is(violating(AccountRule.EMAIL_INVALID));
        assertThatThrownBy(() -> new AccountRequest("anna", "", "K", "anna@example.org", true).checked())
                .is(violating(AccountRule.FIRST_NAME_REQUIRED));
        assertThatThrownBy(() -> new AccountRequest("anna", "A", null, "anna@example.org", true).checked())
                .is(violating(AccountRule.LAST_NAME_REQUIRED));
        assertThatThrownBy(() -> new AccountRequest("anna", "A".repeat(151), "K", "anna@example.org", true).checked())
                .is(violating(AccountRule.NAME_TOO_LONG));
        assertThatThrownBy(() -> new AccountRequest("anna", "A\tB", "K", "anna@example.org", true).checked())
                .is(violating(AccountRule.NAME_INVALID));
    }
}
