package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The day of deletion on the poll page in Chromium: the owner who manages the poll sees it (retention of 180 days
 * after the due date, in the owner's zone), a voter who does not manage it sees no such notice.
 */
class RetentionBrowserIT extends BrowserTestBase {

    @Test
    void theOwnerSeesWhenThePollWillBeDeletedAndAVoterDoesNot() {
        TestAccounts.Credentials owner = TestAccounts.create("retainer");
        TestAccounts.Credentials voter = TestAccounts.create("reader");
        String slug = PollsToVoteOn.pollWithOptions(
                SignedIn.client(owner), "Summer party", Map.of("createForm:dueDate_input", "2030-06-01 12:00"), "A");
        PollsToVoteOn.vote(SignedIn.client(voter), slug, "Reader", "yes");

        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        browser.logIn(owner);
        browser.open("/poll/" + slug + "/");
        assertThat(browser.text(By.id("retentionNotice")))
                .isEqualTo("This poll will be deleted on November 28, 2030 (retention: 180 days after its last date).");

        browser.logOut();
        browser.logIn(voter);
        browser.open("/poll/" + slug + "/");
        assertThat(browser.text(By.id("pollTitle"))).isEqualTo("Summer party");
        assertThat(browser.driver().findElements(By.id("retentionNotice"))).isEmpty();
    }
}
