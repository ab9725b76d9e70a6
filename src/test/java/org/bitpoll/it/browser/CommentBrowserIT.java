package org.bitpoll.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitpoll.it.poll.PollFixtures;
import org.bitpoll.it.support.BrowserTestBase;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Comments in Chromium, one browser for the class: a guest's wrong answer is refused with a message and saves
 * nothing, the right answer to the new question saves the comment without reloading the page, and a second session
 * (the cookies deleted) sees it; a logged-in person comments, edits and deletes their comment, each without a
 * reload and the deletion after a second, explicit button.
 */
class CommentBrowserIT extends BrowserTestBase {

    private static final Pattern QUESTION = Pattern.compile("(\\d+) ([+−×]) (\\d+)");
    private static final By COMMENTS = By.id("comments");
    private static final By SAVE = By.id("commentForm:saveComment");

    @BeforeAll
    static void useEnglish() {
        browser.useLanguage("en");
    }

    private static String newPoll(String title) {
        String slug = PollFixtures.uniqueSlug("bcomment");
        PollFixtures.create(new WebClient(), "universal", title, slug);
        return slug;
    }

    private static int answer() {
        Matcher matcher = QUESTION.matcher(browser.text(By.id("commentForm:commentQuestion")));
        assertThat(matcher.find()).isTrue();
        int x = Integer.parseInt(matcher.group(1));
        int y = Integer.parseInt(matcher.group(3));
        return switch (matcher.group(2)) {
            case "+" -> x + y;
            case "−" -> x - y;
            default -> x * y;
        };
    }

    private static List<String> listed() {
        return browser.driver().findElements(By.cssSelector("#comments li.comment")).stream()
                .map(comment -> comment.findElement(By.className("comment-author"))
                                .getText() + ": "
                        + comment.findElement(By.className("comment-text")).getText())
                .toList();
    }

    /** Marks the loaded page, so that a test can tell an ajax update from a new page. */
    private static void markPage() {
        browser.driver().executeScript("document.body.dataset.commentTest = 'same page';");
    }

    private static void assertSamePage() {
        assertThat(browser.driver().executeScript("return document.body.dataset.commentTest;"))
                .isEqualTo("same page");
    }

    @Test
    void aGuestCommentsAfterSolvingTheQuestionAndASecondSessionSeesIt() {
        String slug = newPoll("Guest comment");
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        browser.open("/poll/" + slug + "/");
        markPage();

        browser.type(By.id("commentForm:commentName"), "Gina Guest");
        browser.type(By.id("commentForm:commentText"), "See you **there**");
        String firstQuestion = browser.text(By.id("commentForm:commentQuestion"));
        browser.type(By.id("commentForm:commentAnswer"), Integer.toString(answer() + 1));
        browser.clickAndWaitForUpdate(SAVE, COMMENTS);

        assertThat(browser.text(By.id("commentForm:commentAnswerMessage"))).contains("Wrong result.");
        assertThat(listed()).isEmpty();
        assertThat(browser.text(By.id("noComments"))).isEqualTo("No comments yet.");
        assertThat(browser.find(By.id("commentForm:commentText")).getAttribute("value"))
                .isEqualTo("See you **there**");
        String secondQuestion = browser.text(By.id("commentForm:commentQuestion"));
        browser.checkAccessibility();

        browser.type(By.id("commentForm:commentAnswer"), Integer.toString(answer()));
        browser.clickAndWaitForUpdate(SAVE, COMMENTS);

        assertSamePage();
        assertThat(browser.text(By.id("globalMessages"))).contains("Your comment was saved.");
        assertThat(listed()).containsExactly("Gina Guest: See you there");
        assertThat(browser.find(By.cssSelector("#comments .comment-text strong"))
                        .getText())
                .isEqualTo("there");
        assertThat(browser.find(By.id("commentForm:commentText")).getAttribute("value"))
                .isEmpty();
        assertThat(List.of(firstQuestion, secondQuestion)).doesNotHaveDuplicates();
        browser.checkAccessibility();

        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        // the language switch leads to the start page, whose create form keeps a session: start without it
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.open("/poll/" + slug + "/");
        assertThat(listed()).containsExactly("Gina Guest: See you there");
        assertThat(browser.driver().manage().getCookieNamed("JSESSIONID"))
                .as("a reader gets no session")
                .isNull();
    }

    @Test
    void aLoggedInPersonCommentsEditsAndDeletesTheirComment() {
        String slug = newPoll("Own comment");
        TestAccounts.Credentials account = TestAccounts.create("commenter");
        browser.driver().manage().deleteAllCookies();
        browser.useLanguage("en");
        browser.logIn(account);
        browser.open("/poll/" + slug + "/");
        markPage();
        assertThat(browser.text(By.id("commentAs"))).contains("Test (" + account.username() + ")");
        assertThat(browser.driver().findElements(By.id("commentForm:commentAnswer")))
                .isEmpty();

        browser.type(By.id("commentForm:commentText"), "First thought");
        browser.clickAndWaitForUpdate(SAVE, COMMENTS);
        assertThat(listed()).containsExactly("Test (" + account.username() + "): First thought");

        browser.click(By.cssSelector("#comments li.comment details.comment-edit summary"));
        WebElement text = browser.find(By.cssSelector("#comments li.comment textarea[name=editedText]"));
        text.clear();
        text.sendKeys("Second _thought_");
        browser.clickAndWaitForUpdate(By.cssSelector("#comments li.comment button[id$=saveEdit]"), COMMENTS);
        assertThat(browser.text(By.id("globalMessages"))).contains("The comment was changed.");
        assertThat(listed()).containsExactly("Test (" + account.username() + "): Second thought");
        browser.checkAccessibility();

        browser.click(By.cssSelector("#comments li.comment details.comment-delete summary"));
        assertThat(browser.text(By.cssSelector("#comments li.comment details.comment-delete p")))
                .isEqualTo("Delete this comment? This cannot be undone.");
        browser.clickAndWaitForUpdate(By.cssSelector("#comments li.comment button[id$=confirmDelete]"), COMMENTS);

        assertSamePage();
        assertThat(browser.text(By.id("globalMessages"))).contains("The comment was deleted.");
        assertThat(listed()).isEmpty();
        browser.logOut();
    }
}
