package org.bitpoll.it.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.poll.PollFixtures;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.junit.jupiter.api.Test;

/**
 * Comments over HTTP, posted as a browser without script posts them (the whole page answers): guests after the
 * anti-spam question, accounts under their name; every kind of bad input gets its message, saves nothing and never
 * a 500; a comment of another poll is not found; only the author edits, the author and the managers delete; the
 * poll setting turns comments off; a copy takes no comments, deleting the poll deletes them, and deleting an
 * account keeps its comments under the name they were written with.
 */
class CommentIT {

    @Test
    void aGuestCommentsAfterAnsweringAndReadersSeeItSanitisedWithoutASession() {
        String slug = Comments.poll(new WebClient(), "Guest comments");
        WebClient guest = new WebClient();

        Page answered = Comments.asGuest(
                guest,
                slug,
                "Gina <b>G</b>",
                "**Count me in** <script>document.title='owned'</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>");

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.text()).contains("Your comment was saved.");
        HttpResponse<String> reader = new WebClient().raw("/poll/" + slug + "/");
        assertThat(reader.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        Page read = Comments.page(new WebClient(), slug);
        assertThat(Comments.listed(read)).containsExactly("Gina <b>G</b>: Count me in x");
        assertThat(read.html().select("#comments .comment-text strong").text()).isEqualTo("Count me in");
        assertThat(read.html().select(".comment-text script, .comment-text img, .comment-text [onerror]"))
                .isEmpty();
        assertThat(read.html().select("#comments a[href^=javascript]")).isEmpty();
        assertThat(read.body()).doesNotContain("document.title='owned'", "<b>G</b>");
        assertThat(Comments.count(Comments.pollId(slug))).isEqualTo(1);

        WebClient inTokyo = new WebClient();
        PollsToVoteOn.browserZone(inTokyo, "Asia/Tokyo");
        Instant written = Comments.created(Comments.newest(slug));
        assertThat(Comments.page(inTokyo, slug)
                        .html()
                        .selectFirst("#comments .comment-date")
                        .text())
                .as("the date in the viewer's zone")
                .isEqualTo(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(Locale.ENGLISH)
                        .format(written.atZone(ZoneId.of("Asia/Tokyo"))));
    }

    @Test
    void badInputGetsAMessageSavesNothingAndNeverFails() {
        String slug = Comments.poll(new WebClient(), "Bad comments");
        String otherSlug = Comments.poll(new WebClient(), "Other poll");
        long poll = Comments.pollId(slug);
        WebClient guest = new WebClient();
        Map<String, String> none = Map.of();

        Page page = Comments.page(guest, slug);
        assertRefused(Comments.post(guest, page, "Gina", " ", Comments.answer(page), none), "Please write a comment.");
        page = Comments.page(guest, slug);
        assertRefused(
                Comments.post(guest, page, "Gina", "x".repeat(2001), Comments.answer(page), none),
                "A comment may have at most 2000 characters.");
        page = Comments.page(guest, slug);
        assertRefused(Comments.post(guest, page, "", "Hello", Comments.answer(page), none), "Please enter your name.");
        page = Comments.page(guest, slug);
        assertRefused(
                Comments.post(guest, page, "n".repeat(81), "Hello", Comments.answer(page), none),
                "A name may have at most 80 characters.");
        page = Comments.page(guest, slug);
        assertRefused(
                Comments.post(
                        guest,
                        page,
                        "Gina",
                        "Hello",
                        Integer.toString(Integer.parseInt(Comments.answer(page)) + 1),
                        none),
                "Wrong result.");
        page = Comments.page(guest, slug);
        assertRefused(Comments.post(guest, page, "Gina", "Hello", "", none), "Please answer the anti-spam question.");
        page = Comments.page(guest, slug);
        assertRefused(Comments.post(guest, page, "Gina", "Hello", "seven", none), "Enter a whole number.");
        page = Comments.page(guest, slug);
        assertRefused(
                Comments.post(
                        guest,
                        page,
                        "Gina",
                        "Hello",
                        Comments.answer(page),
                        Map.of("commentChallenge", "forged.token")),
                "Error while checking response.");
        Page other = Comments.page(guest, otherSlug);
        page = Comments.page(guest, slug);
        String foreignToken = other.html().getElementById("commentChallenge").attr("value");
        assertRefused(
                Comments.post(
                        guest, page, "Gina", "Hello", Comments.answer(other), Map.of("commentChallenge", foreignToken)),
                "Error while checking response.");
        assertThat(Comments.count(poll)).isZero();

        page = Comments.page(guest, slug);
        String token = page.html().getElementById("commentChallenge").attr("value");
        String answer = Comments.answer(page);
        assertThat(Comments.post(guest, page, "Gina", "Once", answer, none).text())
                .contains("Your comment was saved.");
        Page again = Comments.page(guest, slug);
        assertRefused(
                Comments.post(guest, again, "Gina", "Twice", answer, Map.of("commentChallenge", token)),
                "This question was already answered");
        page = Comments.page(guest, slug);
        String wrongToken = page.html().getElementById("commentChallenge").attr("value");
        String rightAnswer = Comments.answer(page);
        Comments.post(guest, page, "Gina", "Wrong first", "1000", none);
        assertRefused(
                Comments.post(
                        guest,
                        Comments.page(guest, slug),
                        "Gina",
                        "Then right",
                        rightAnswer,
                        Map.of("commentChallenge", wrongToken)),
                "This question was already answered");
        assertThat(Comments.count(poll))
                .as("only the one right answer saved a comment")
                .isEqualTo(1);
    }

    @Test
    void guestsAreLimitedPerPollWithTheTimeToWaitUntil() {
        int perPoll = Integer.parseInt(System.getProperty("bitpoll.commentsPerPollPerHour", "5"));
        String slug = Comments.poll(new WebClient(), "Busy comments");
        for (int i = 0; i < perPoll; i++) {
            assertThat(Comments.asGuest(new WebClient(), slug, "Guest " + i, "Comment " + i)
                            .text())
                    .contains("Your comment was saved.");
        }

        Page refused = Comments.asGuest(new WebClient(), slug, "One more", "Too many");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text())
                .containsPattern(
                        "Limit for commenting on this poll reached\\. Please wait until \\d\\d:\\d\\d:\\d\\d\\.");
        assertThat(Comments.count(Comments.pollId(slug))).isEqualTo(perPoll);
        WebClient account = SignedIn.client(TestAccounts.create("busy"));
        assertThat(Comments.asAccount(account, slug, "Logged-in people are not limited")
                        .text())
                .contains("Your comment was saved.");
    }

    @Test
    void onlyTheAuthorEditsTheAuthorAndManagersDeleteAndOtherPollsCommentsAreNotFound() {
        TestAccounts.Credentials ownerAccount = TestAccounts.create("owner");
        WebClient owner = SignedIn.client(ownerAccount);
        String slug = Comments.poll(owner, "Permissions");
        String otherSlug = Comments.poll(new WebClient(), "Elsewhere");
        TestAccounts.Credentials aliceAccount = TestAccounts.create("alice");
        WebClient alice = SignedIn.client(aliceAccount);
        TestAccounts.Credentials bobAccount = TestAccounts.create("bob");
        WebClient bob = SignedIn.client(bobAccount);
        Comments.asAccount(alice, slug, "Alice was here");
        long alices = Comments.newest(slug);
        Comments.asAccount(bob, slug, "Bob too");
        long bobs = Comments.newest(slug);
        Comments.asGuest(new WebClient(), otherSlug, "Olga", "Other poll");
        long elsewhere = Comments.newest(otherSlug);

        Page bobsPage = Comments.page(bob, slug);
        assertThat(Comments.listed(bobsPage))
                .containsExactly(
                        "Test (" + aliceAccount.username() + "): Alice was here",
                        "Test (" + bobAccount.username() + "): Bob too");
        assertThat(bobsPage.html().select("li[data-comment-id=" + alices + "] form"))
                .as("no actions on another's comment")
                .isEmpty();
        Page refused = Comments.act(
                bob,
                bobsPage,
                bobs,
                "saveEdit",
                Map.of("commentId", Long.toString(alices), "editedText", "Bob's words"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("You can't edit this comment");
        refused = Comments.act(
                bob, Comments.page(bob, slug), bobs, "confirmDelete", Map.of("commentId", Long.toString(alices)));
        assertThat(refused.text()).contains("You can't delete this comment");
        assertThat(Comments.act(
                                bob,
                                Comments.page(bob, slug),
                                bobs,
                                "saveEdit",
                                Map.of("commentId", Long.toString(elsewhere), "editedText", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(Comments.act(
                                bob,
                                Comments.page(bob, slug),
                                bobs,
                                "confirmDelete",
                                Map.of("commentId", Long.toString(elsewhere)))
                        .status())
                .isEqualTo(404);
        assertThat(Comments.act(bob, Comments.page(bob, slug), bobs, "confirmDelete", Map.of("commentId", "1; DROP"))
                        .status())
                .isEqualTo(404);
        assertThat(Comments.listed(Comments.page(new WebClient(), otherSlug))).containsExactly("Olga: Other poll");

        Page edited = Comments.act(
                alice, Comments.page(alice, slug), alices, "saveEdit", Map.of("editedText", "Alice *changed* this"));
        assertThat(edited.text()).contains("The comment was changed.");
        assertThat(Comments.listed(Comments.page(new WebClient(), slug)))
                .first()
                .asString()
                .endsWith(": Alice changed this");
        Page emptied = Comments.act(alice, Comments.page(alice, slug), alices, "saveEdit", Map.of("editedText", " "));
        assertThat(emptied.text()).contains("Please write a comment.");
        Page ownersPage = Comments.page(owner, slug);
        assertThat(ownersPage.html().select("li[data-comment-id=" + alices + "] form button[id$=confirmDelete]"))
                .hasSize(1);
        assertThat(ownersPage.html().select("li[data-comment-id=" + alices + "] form button[id$=saveEdit]"))
                .isEmpty();
        assertThat(Comments.act(owner, ownersPage, alices, "confirmDelete", Map.of())
                        .text())
                .contains("The comment was deleted.");
        assertThat(Comments.act(bob, Comments.page(bob, slug), bobs, "confirmDelete", Map.of())
                        .text())
                .contains("The comment was deleted.");
        assertThat(Comments.count(Comments.pollId(slug))).isZero();
    }

    @Test
    void theSettingTurnsCommentsOffAndAnOldFormIsRefused() {
        WebClient owner = new WebClient();
        String slug = Comments.poll(owner, "No comments");
        WebClient guest = new WebClient();
        Page before = Comments.page(guest, slug);
        Page settings = owner.get("/poll/" + slug + "/settings/");
        assertThat(settings.html().getElementById("settingsForm:allowComments").hasAttr("checked"))
                .isTrue();

        Map<String, String> off = new HashMap<>();
        off.put("settingsForm:allowComments", null);
        owner.submit(settings, "settingsForm", off, "settingsForm:save");

        Page after = Comments.page(guest, slug);
        assertThat(after.html().getElementById("commentsDisabled").text())
                .isEqualTo("Comments are disabled for this poll.");
        assertThat(after.html().getElementById("commentForm")).isNull();
        assertThat(owner.get("/poll/" + slug + "/settings/")
                        .html()
                        .getElementById("settingsForm:allowComments")
                        .hasAttr("checked"))
                .isFalse();
        Page refused = Comments.post(guest, before, "Gina", "Still?", Comments.answer(before), Map.of());
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("Comments are disabled for this poll.");
        assertThat(Comments.count(Comments.pollId(slug))).isZero();
    }

    @Test
    void aCopyTakesNoCommentsDeletingThePollDeletesThemAndADeletedAccountsCommentsStay() {
        TestAccounts.Credentials ownerAccount = TestAccounts.create("copier");
        WebClient owner = SignedIn.client(ownerAccount);
        String slug = Comments.poll(owner, "Copied");
        long poll = Comments.pollId(slug);
        TestAccounts.Credentials leaving = TestAccounts.create("leaving");
        Comments.asAccount(SignedIn.client(leaving), slug, "I was here");
        Comments.asGuest(new WebClient(), slug, "Gina", "Me too");
        long leavingId = Comments.single("SELECT id FROM account WHERE username = ?", leaving.username());

        Comments.update("DELETE FROM account WHERE id = ?", leavingId);

        assertThat(Comments.listed(Comments.page(new WebClient(), slug)))
                .containsExactly("Test (" + leaving.username() + "): I was here", "Gina: Me too");
        assertThat(Comments.single("SELECT COUNT(*) FROM poll_comment WHERE account_id IS NULL AND poll_id = ?", poll))
                .isEqualTo(2);

        String copySlug = PollFixtures.uniqueSlug("copy");
        Page copyForm = owner.get("/poll/" + slug + "/copy/");
        Page copied = owner.submit(
                copyForm, "copyForm", Map.of("copyForm:title", "The copy", "copyForm:slug", copySlug), "copyForm:copy");
        assertThat(copied.status()).isEqualTo(200);
        assertThat(Comments.count(Comments.pollId(copySlug))).isZero();

        Page deleteForm = owner.get("/poll/" + slug + "/delete/");
        owner.submit(deleteForm, "deleteForm", Map.of(), "deleteForm:delete");
        assertThat(owner.raw("/poll/" + slug + "/").statusCode()).isEqualTo(404);
        assertThat(Comments.count(poll)).isZero();
    }

    private static void assertRefused(Page page, String message) {
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(message).doesNotContain("Your comment was saved.");
    }
}
