package org.bitpoll.it.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.bitpoll.it.vote.PollsToVoteOn;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Managing a poll over HTTP: the settings page with closing and reopening, the answer values editor, copying and
 * deleting; each page refuses strangers on GET and POST, and every bad input gets a message and saves nothing.
 */
class PollManagementIT {

    private final WebClient client = new WebClient();

    private static Map<String, String> values(String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return values;
    }

    /** A test value; "81 x" stands for 81 characters, one more than a title may have. */
    private static String typed(String value) {
        return value.equals("81 x") ? "x".repeat(81) : value;
    }

    private static String message(Page page, String clientId) {
        Element message = page.html().getElementById(clientId + "Message");
        return message == null ? "" : message.text();
    }

    private static String inputValue(Page page, String clientId) {
        return page.html().getElementById(clientId).attr("value");
    }

    private static String selected(Page page, String clientId) {
        return page.html().getElementById(clientId).select("option[selected]").attr("value");
    }

    private static boolean checked(Page page, String clientId) {
        return page.html().getElementById(clientId).hasAttr("checked");
    }

    private static List<String> headerTexts(Page poll) {
        return poll.html().select("#pollGrid thead th").eachText();
    }

    /** A date-time poll with these days (YYYY-MM-DD, comma-separated) at these times, made through the wizard. */
    private Page dateTimePoll(String slug, String days, String... times) {
        Page page = PollFixtures.create(client, "datetime", "Meeting " + slug, slug);
        page = client.submit(page, "wizardForm", values("wizardForm:dates_input", days), "wizardForm:toTimes");
        for (String time : times) {
            page = client.submit(page, "wizardForm", values("wizardForm:newTime", time), "wizardForm:addTime");
        }
        page = client.submit(page, "wizardForm", Map.of(), "wizardForm:toCombinations");
        Page poll = client.submit(page, "wizardForm", Map.of(), "wizardForm:saveCombinations");
        assertThat(poll.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        return poll;
    }

    private Page settings(String slug) {
        return client.get("/poll/" + slug + "/settings/");
    }

    /** Removes this client's management cookie of all polls; returns them to put back. */
    private List<HttpCookie> forgetManagementLinks() {
        List<HttpCookie> removed = client.cookies().getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().startsWith("bitpoll-manage-"))
                .toList();
        removed.forEach(cookie -> client.cookies().getCookieStore().remove(null, cookie));
        return removed;
    }

    private void remember(List<HttpCookie> cookies) {
        cookies.forEach(cookie -> client.cookies().getCookieStore().add(URI.create(TestServer.baseUrl()), cookie));
    }

    @Nested
    class Access {

        @ParameterizedTest
        @ValueSource(strings = {"settings/", "edit/values/", "copy/", "delete/"})
        void everyPageIsForManagersOnly(String page) {
            String slug = PollFixtures.uniqueSlug("access");
            PollFixtures.create(client, "universal", "Access", slug);

            Page own = client.get("/poll/" + slug + "/" + page);
            Page stranger = new WebClient().get("/poll/" + slug + "/" + page);
            Page unknown = client.get("/poll/" + PollFixtures.uniqueSlug("nosuchpoll") + "/" + page);

            assertThat(own.status()).isEqualTo(200);
            assertThat(own.html().select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(own.html().getElementById("settingsTab").hasClass("active"))
                    .isTrue();
            assertThat(stranger.status()).isEqualTo(403);
            assertThat(unknown.status()).isEqualTo(404);
        }

        @Test
        void thePollPageShowsTheSettingsTabToManagersOnly() {
            String slug = PollFixtures.uniqueSlug("tab");
            PollFixtures.create(client, "universal", "Tab", slug);

            assertThat(client.get("/poll/" + slug + "/")
                            .html()
                            .getElementById("settingsTab")
                            .attr("href"))
                    .isEqualTo("/poll/" + slug + "/settings/");
            assertThat(new WebClient().get("/poll/" + slug + "/").html().getElementById("settingsTab"))
                    .isNull();
        }

        @ParameterizedTest
        @CsvSource({
            "settings/, settingsForm, settingsForm:save",
            "edit/values/, valueForm, valueForm:saveValue",
            "copy/, copyForm, copyForm:copy",
            "delete/, deleteForm, deleteForm:delete",
            "settings/, stateForm, stateForm:close"
        })
        void aPostWithoutTheManagementLinkIsForbiddenAndChangesNothing(String page, String form, String button) {
            String slug = PollFixtures.uniqueSlug("post");
            PollFixtures.create(client, "universal", "Post", slug);
            Page loaded = client.get("/poll/" + slug + "/" + page);
            assertThat(loaded.status()).isEqualTo(200);
            List<HttpCookie> links = forgetManagementLinks();

            Page refused = client.submit(
                    loaded,
                    form,
                    values(
                            "settingsForm:title",
                            "Hijacked",
                            "valueForm:valueTitle",
                            "hijacked",
                            "copyForm:slug",
                            slug + "-stolen"),
                    button);

            assertThat(refused.status()).isEqualTo(403);
            remember(links);
            Page after = settings(slug);
            assertThat(inputValue(after, "settingsForm:title")).isEqualTo("Post");
            assertThat(after.html().getElementById("stateForm:close")).isNotNull();
            assertThat(client.get("/poll/" + slug + "/edit/values/").text()).doesNotContain("hijacked");
            assertThat(client.get("/poll/" + slug + "-stolen/").status()).isEqualTo(404);
        }

        @Test
        void aStrangerPostingAManagersFormGetsTheForbiddenPage() {
            String slug = PollFixtures.uniqueSlug("foreign");
            PollFixtures.create(client, "universal", "Foreign", slug);
            Page managersPage = settings(slug);

            Page refused = new WebClient()
                    .submit(
                            managersPage,
                            "settingsForm",
                            values("settingsForm:title", "Hijacked"),
                            "settingsForm:save");

            assertThat(refused.status()).isEqualTo(403);
            assertThat(inputValue(settings(slug), "settingsForm:title")).isEqualTo("Foreign");
        }
    }

    @Nested
    class Settings {

        @Test
        void thePageShowsTheCurrentSettings() {
            String slug = PollFixtures.uniqueSlug("show");
            PollFixtures.create(client, "universal", "Show settings", slug);

            Page page = settings(slug);

            assertThat(inputValue(page, "settingsForm:title")).isEqualTo("Show settings");
            assertThat(selected(page, "settingsForm:showResults")).isEqualTo("COMPLETE");
            assertThat(page.html()
                            .select("[id='settingsForm:showResults'] option")
                            .eachText())
                    .containsExactly("Complete", "Summary", "Never", "Summary after vote", "Complete after vote");
            assertThat(selected(page, "settingsForm:timeZone")).isEqualTo("Europe/Berlin");
            assertThat(page.html().select("[id='settingsForm:timeZone'] option"))
                    .hasSizeGreaterThan(400);
            assertThat(checked(page, "settingsForm:anonymousAllowed")).isTrue();
            assertThat(checked(page, "settingsForm:oneVotePerUser")).isTrue();
            assertThat(checked(page, "settingsForm:allowUnauthenticatedVoteChanges"))
                    .isFalse();
            assertThat(checked(page, "settingsForm:hideParticipants")).isFalse();
            assertThat(page.html()
                            .select("input[name='settingsForm:sorting'][checked]")
                            .attr("value"))
                    .isEqualTo("DATE");
            assertThat(page.html().getElementById("valuesLink").attr("href"))
                    .isEqualTo("/poll/" + slug + "/edit/values/");
            assertThat(page.html().getElementById("copyLink").attr("href")).isEqualTo("/poll/" + slug + "/copy/");
            assertThat(page.html().getElementById("deleteLink").attr("href")).isEqualTo("/poll/" + slug + "/delete/");
            assertThat(page.html().getElementById("stateText").text()).isEqualTo("This poll is open for voting.");
        }

        /**
         * Comments and invitations exist: the page offers their settings, comments allowed and invitations shown for a
         * new poll, none required; it promises nothing of administrators.
         */
        @Test
        void thePageOffersTheSettingsOfTheFeaturesThatExist() {
            String slug = PollFixtures.uniqueSlug("offer");
            PollFixtures.create(client, "universal", "Offered settings", slug);

            Page page = settings(slug);

            assertThat(checked(page, "settingsForm:allowComments")).isTrue();
            assertThat(checked(page, "settingsForm:requireInvitation")).isFalse();
            assertThat(checked(page, "settingsForm:showInvitations")).isTrue();
            assertThat(page.text()).doesNotContain("administrators");
        }

        @Test
        void aManagerWhoseBrowserRemembersTheManagementLinkSeesItAgainButNothingKeepsACopy() {
            String slug = PollFixtures.uniqueSlug("again");
            Page editor = PollFixtures.create(client, "universal", "Link again", slug);
            String shownAtCreation =
                    editor.html().getElementById("managementLinkAnchor").attr("href");

            Page page = settings(slug);

            assertThat(page.html().getElementById("settingsManagementLink").attr("href"))
                    .isEqualTo(shownAtCreation);
            assertThat(page.html().getElementById("managementLinkDetails").text())
                    .contains("Keep this link secret");
            assertThat(client.raw("/poll/" + slug + "/settings/").headers().firstValue("Cache-Control"))
                    .contains("no-store");
        }

        @Test
        void savingChangesEverySettingAndStaysOnTheSettingsPage() {
            String slug = PollFixtures.uniqueSlug("save");
            PollFixtures.create(client, "universal", "Before", slug);

            Map<String, String> changes = values(
                    "settingsForm:title", "  After  ",
                    "settingsForm:dueDate_input", "2030-06-01 18:30",
                    "settingsForm:showResults", "SUMMARY_AFTER_VOTE",
                    "settingsForm:timeZone", "Europe/Rome",
                    "settingsForm:useUserTimeZone", "on",
                    "settingsForm:description", "Bring **cake**",
                    "settingsForm:anonymousAllowed", null,
                    "settingsForm:hideParticipants", "on",
                    "settingsForm:showScoreInSummary", "on",
                    "settingsForm:publicListed", "on",
                    "settingsForm:sorting", "NAME");
            Page saved = client.submit(settings(slug), "settingsForm", changes, "settingsForm:save");

            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.uri().getPath()).isEqualTo("/poll/" + slug + "/settings/");
            assertThat(saved.text()).contains("Settings have been changed");
            Page again = settings(slug);
            assertThat(inputValue(again, "settingsForm:title")).isEqualTo("After");
            assertThat(inputValue(again, "settingsForm:dueDate_input")).isEqualTo("2030-06-01 18:30");
            assertThat(selected(again, "settingsForm:showResults")).isEqualTo("SUMMARY_AFTER_VOTE");
            assertThat(selected(again, "settingsForm:timeZone")).isEqualTo("Europe/Rome");
            assertThat(checked(again, "settingsForm:useUserTimeZone")).isTrue();
            assertThat(again.html().getElementById("settingsForm:description").text())
                    .isEqualTo("Bring **cake**");
            assertThat(checked(again, "settingsForm:anonymousAllowed")).isFalse();
            assertThat(checked(again, "settingsForm:hideParticipants")).isTrue();
            assertThat(checked(again, "settingsForm:showScoreInSummary")).isTrue();
            assertThat(again.html()
                            .select("input[name='settingsForm:sorting'][checked]")
                            .attr("value"))
                    .isEqualTo("NAME");
            Page poll = client.get("/poll/" + slug + "/");
            assertThat(poll.html().getElementById("pollTitle").text()).isEqualTo("After");
            assertThat(poll.html().select("#description strong").text()).isEqualTo("cake");
        }

        @ParameterizedTest(name = "{0} = \"{1}\"")
        @CsvSource(
                delimiter = '|',
                value = {
                    "timeZone | Mars/Olympus | Please choose one of the offered values.",
                    "timeZone | +01:00 | Please choose one of the offered values.",
                    "title | '' | Please enter a title.",
                    "title | '   ' | Please enter a title.",
                    "title | 81 x | at most 80 characters",
                    "showResults | bogus | Please choose one of the five ways of showing results.",
                    "sorting | 7 | Please choose to sort by date or by name.",
                    "dueDate | tomorrow | Please enter the due date as YYYY-MM-DD HH:MM"
                })
        void badInputGetsAMessageNextToItsFieldAndSavesNothing(String field, String value, String expected) {
            String slug = PollFixtures.uniqueSlug("bad");
            PollFixtures.create(client, "universal", "Unchanged", slug);
            String name = field.equals("dueDate") ? "settingsForm:dueDate_input" : "settingsForm:" + field;

            Page refused = client.submit(
                    settings(slug),
                    "settingsForm",
                    values(
                            name,
                            typed(value),
                            "settingsForm:description",
                            "not saved",
                            field.equals("title") ? "settingsForm:dummy" : "settingsForm:title",
                            "Not saved"),
                    "settingsForm:save");

            assertThat(refused.status()).isEqualTo(200);
            assertThat(message(refused, "settingsForm:" + field)).contains(expected);
            assertThat(refused.text()).doesNotContain("Settings have been changed");
            Page again = settings(slug);
            assertThat(inputValue(again, "settingsForm:title")).isEqualTo("Unchanged");
            assertThat(again.html().getElementById("settingsForm:description").text())
                    .isEmpty();
        }

        @Test
        void changingTheZoneOfADateTimePollKeepsTheWallClockTimes() {
            String slug = PollFixtures.uniqueSlug("zone");
            Page poll = dateTimePoll(slug, "2030-03-25,2030-04-01", "09:00");
            assertThat(headerTexts(poll)).contains("Mon, 25 Mar 2030", "Mon, 1 Apr 2030", "09:00");

            Page saved = client.submit(
                    settings(slug),
                    "settingsForm",
                    values("settingsForm:timeZone", "America/New_York"),
                    "settingsForm:save");
            assertThat(saved.text()).contains("Settings have been changed");

            Page after = client.get("/poll/" + slug + "/");
            assertThat(headerTexts(after))
                    .contains("Mon, 25 Mar 2030", "Mon, 1 Apr 2030", "09:00")
                    .doesNotContain("04:00", "03:00", "10:00");
            Page wizard = client.get("/poll/" + slug + "/edit/choices/dateTime/");
            Page times = client.submit(wizard, "wizardForm", Map.of(), "wizardForm:toTimes");
            assertThat(times.html().select("#times .time").eachText()).containsExactly("09:00");
            assertThat(times.text()).contains("America/New_York");
        }

        @Test
        void aManagerClosesAndReopensThePoll() {
            String slug = PollFixtures.uniqueSlug("close");
            PollFixtures.create(client, "universal", "Closing", slug);

            Page closed = client.submit(settings(slug), "stateForm", Map.of(), "stateForm:close");

            assertThat(closed.uri().getPath()).isEqualTo("/poll/" + slug + "/settings/");
            assertThat(closed.text()).contains("The poll has been closed.");
            assertThat(closed.html().getElementById("stateText").text())
                    .isEqualTo("This poll is closed: it takes no new votes.");
            assertThat(closed.html().getElementById("stateForm:close")).isNull();
            Page saved = client.submit(
                    closed, "settingsForm", values("settingsForm:title", "Still closed"), "settingsForm:save");
            assertThat(saved.html().getElementById("stateText").text()).contains("closed");

            Page reopened = client.submit(saved, "stateForm", Map.of(), "stateForm:reopen");

            assertThat(reopened.text()).contains("The poll has been reopened");
            assertThat(reopened.html().getElementById("stateText").text()).isEqualTo("This poll is open for voting.");
        }

        @Test
        void reopeningAPollPastItsDueDateRemovesTheDueDate() {
            String slug = PollFixtures.uniqueSlug("pastdue");
            PollFixtures.create(client, "universal", "Past due", slug);
            Page pastDue = client.submit(
                    settings(slug),
                    "settingsForm",
                    values("settingsForm:dueDate_input", PollsToVoteOn.recentPastDueDate()),
                    "settingsForm:save");
            assertThat(pastDue.html().getElementById("stateText").text()).contains("due date of this poll has passed");

            Page reopened = client.submit(pastDue, "stateForm", Map.of(), "stateForm:reopen");

            assertThat(reopened.html().getElementById("stateText").text()).isEqualTo("This poll is open for voting.");
            assertThat(inputValue(reopened, "settingsForm:dueDate_input")).isEmpty();
        }
    }

    @Nested
    class AnswerValues {

        private Page editor(String slug) {
            return client.get("/poll/" + slug + "/edit/values/");
        }

        private List<String> titles(Page editor) {
            return editor.html().select("#valueTable tbody .value-title").stream()
                    .map(td -> td.ownText())
                    .toList();
        }

        private Element row(Page editor, String title) {
            return editor.html().select("#valueTable tbody tr").stream()
                    .filter(tr -> tr.selectFirst(".value-title").ownText().equals(title))
                    .findFirst()
                    .orElseThrow();
        }

        private Page add(Page editor, String title, String icon, String color, String weight) {
            return client.submit(
                    editor,
                    "valueForm",
                    values(
                            "valueForm:valueTitle",
                            title,
                            "valueForm:valueIcon",
                            icon,
                            "valueForm:valueColor",
                            color,
                            "valueForm:valueWeight",
                            weight),
                    "valueForm:saveValue");
        }

        @Test
        void theEditorListsTheDefaultsByWeight() {
            String slug = PollFixtures.uniqueSlug("values");
            PollFixtures.create(client, "universal", "Values", slug);

            Page editor = editor(slug);

            assertThat(titles(editor)).containsExactly("yes", "maybe", "rather not", "no");
            assertThat(row(editor, "rather not").selectFirst(".value-preview").attr("style"))
                    .contains("#BB00EE");
            assertThat(row(editor, "rather not").selectFirst(".value-weight").text())
                    .isEqualTo("0.25");
            assertThat(editor.html().select("[id='valueForm:valueIcon'] input[type=radio]"))
                    .hasSizeGreaterThanOrEqualTo(20);
            assertThat(inputValue(editor, "valueForm:valueColor")).isEqualTo("#90db45");
        }

        @Test
        void aValueIsAddedEditedDeletedAndRestored() {
            String slug = PollFixtures.uniqueSlug("valuecrud");
            PollFixtures.create(client, "universal", "Values", slug);

            Page added = add(editor(slug), "great", "star", "#123ABC", "2");
            assertThat(added.uri().getPath()).isEqualTo("/poll/" + slug + "/edit/values/");
            assertThat(added.text()).contains("The answer value has been saved.");
            assertThat(titles(added)).containsExactly("great", "yes", "maybe", "rather not", "no");
            assertThat(row(added, "great").selectFirst(".value-preview").attr("style"))
                    .contains("#123ABC");
            assertThat(row(added, "great").select(".pi-star")).hasSize(1);

            String editLink = row(added, "great").selectFirst("a.edit-link").attr("href");
            Page editing = client.get(editLink);
            assertThat(editing.html().getElementById("valueFormLegend").text()).isEqualTo("Edit the answer value");
            assertThat(inputValue(editing, "valueForm:valueTitle")).isEqualTo("great");
            assertThat(inputValue(editing, "valueForm:valueColor")).isEqualTo("#123abc");
            assertThat(inputValue(editing, "valueForm:valueWeight")).isEqualTo("2");
            assertThat(editing.html()
                            .select("[id='valueForm:valueIcon'] input[checked]")
                            .attr("value"))
                    .isEqualTo("star");
            Page edited = client.submit(
                    editing,
                    "valueForm",
                    values(
                            "valueForm:valueTitle",
                            "superb",
                            "valueForm:valueWeight",
                            "0,75",
                            "valueForm:valueIcon",
                            "heart-fill"),
                    "valueForm:saveValue");
            assertThat(titles(edited)).containsExactly("yes", "superb", "maybe", "rather not", "no");
            assertThat(row(edited, "superb").select(".pi-heart-fill")).hasSize(1);
            assertThat(edited.html().getElementById("valueFormLegend").text()).isEqualTo("Add an answer value");

            String delete =
                    row(edited, "maybe").selectFirst("button[id$=:delete]").attr("name");
            Page deleted = client.submit(edited, "valuesForm", Map.of(), delete);
            assertThat(row(deleted, "maybe").hasClass("deleted")).isTrue();
            assertThat(row(deleted, "maybe").text()).contains("(deleted)");
            assertThat(titles(deleted)).hasSize(5);

            String restore =
                    row(deleted, "maybe").selectFirst("button[id$=:restore]").attr("name");
            Page restored = client.submit(deleted, "valuesForm", Map.of(), restore);
            assertThat(row(restored, "maybe").hasClass("deleted")).isFalse();
            assertThat(row(editor(slug), "maybe").hasClass("deleted")).isFalse();
        }

        @Test
        void deletingEveryValueWarnsThatNobodyCanVote() {
            String slug = PollFixtures.uniqueSlug("novalues");
            PollFixtures.create(client, "universal", "No values", slug);
            Page editor = editor(slug);
            for (String title : List.of("yes", "maybe", "rather not", "no")) {
                editor = client.submit(
                        editor,
                        "valuesForm",
                        Map.of(),
                        row(editor, title).selectFirst("button[id$=:delete]").attr("name"));
            }

            assertThat(editor.html().getElementById("valuesForm:noneActive")).isNotNull();
        }

        @ParameterizedTest(name = "{0} = \"{1}\"")
        @CsvSource(
                delimiter = '|',
                value = {
                    "valueTitle | '' | Please enter a title for the answer value.",
                    "valueTitle | '   ' | Please enter a title for the answer value.",
                    "valueTitle | 81 x | at most 80 characters",
                    "valueColor | xyz | six hexadecimal digits",
                    "valueColor | #12345 | six hexadecimal digits",
                    "valueColor | x123456 | six hexadecimal digits",
                    "valueColor | #1234567 | six hexadecimal digits",
                    "valueWeight | 1000 | between -999.99 and 999.99",
                    "valueWeight | -1000 | between -999.99 and 999.99",
                    "valueWeight | 0.123 | at most two decimals",
                    "valueWeight | abc | as a number",
                    "valueWeight | '' | as a number",
                    "valueIcon | smile-o | Please choose one of the offered values.",
                    "valueIcon | check;color:red | Please choose one of the offered values."
                })
        void badInputGetsAMessageNextToItsFieldAndSavesNothing(String field, String value, String expected) {
            String slug = PollFixtures.uniqueSlug("badvalue");
            PollFixtures.create(client, "universal", "Bad values", slug);
            Map<String, String> form = values(
                    "valueForm:valueTitle",
                    "kept out",
                    "valueForm:valueIcon",
                    "star",
                    "valueForm:valueColor",
                    "#123456",
                    "valueForm:valueWeight",
                    "1");
            form.put("valueForm:" + field, typed(value));

            Page refused = client.submit(editor(slug), "valueForm", form, "valueForm:saveValue");

            assertThat(refused.status()).isEqualTo(200);
            assertThat(message(refused, "valueForm:" + field)).contains(expected);
            assertThat(titles(editor(slug))).containsExactly("yes", "maybe", "rather not", "no");
        }

        @Test
        void aBadEditOfAnExistingValueChangesNothing() {
            String slug = PollFixtures.uniqueSlug("badedit");
            PollFixtures.create(client, "universal", "Bad edit", slug);
            Page editing = client.get(
                    row(editor(slug), "maybe").selectFirst("a.edit-link").attr("href"));

            Page refused = client.submit(
                    editing,
                    "valueForm",
                    values("valueForm:valueTitle", "perhaps", "valueForm:valueWeight", "0.555"),
                    "valueForm:saveValue");

            assertThat(message(refused, "valueForm:valueWeight")).contains("at most two decimals");
            assertThat(titles(editor(slug))).containsExactly("yes", "maybe", "rather not", "no");
        }

        @Test
        void aValueOfAnotherPollIsNotFound() {
            String slug = PollFixtures.uniqueSlug("mine");
            PollFixtures.create(client, "universal", "Mine", slug);
            String other = PollFixtures.uniqueSlug("theirs");
            PollFixtures.create(client, "universal", "Theirs", other);
            String foreignLink =
                    row(editor(other), "yes").selectFirst("a.edit-link").attr("href");
            String foreignId = foreignLink.substring(foreignLink.indexOf("edit=") + 5);

            Page page = client.get("/poll/" + slug + "/edit/values/?edit=" + foreignId);

            assertThat(page.status()).isEqualTo(404);
            assertThat(client.get("/poll/" + slug + "/edit/values/?edit=abc").status())
                    .isEqualTo(404);
            assertThat(client.get("/poll/" + slug + "/edit/values/?edit=99999999999")
                            .status())
                    .isEqualTo(404);
            assertThat(client.get(foreignLink).status()).isEqualTo(200);
            assertThat(new WebClient().get(foreignLink).status()).isEqualTo(403);
        }
    }

    @Nested
    class Copy {

        private Page copyPage(String slug) {
            return client.get("/poll/" + slug + "/copy/");
        }

        @Test
        void theFormStartsWithTheReferencesDefaults() {
            String slug = PollFixtures.uniqueSlug("copyform");
            PollFixtures.create(client, "universal", "Weekly", slug);

            Page page = copyPage(slug);

            assertThat(inputValue(page, "copyForm:title")).isEqualTo("Copy of Weekly");
            assertThat(inputValue(page, "copyForm:slug")).isEqualTo(slug + "2");
            assertThat(inputValue(page, "copyForm:dateShift")).isEqualTo("0");
            assertThat(checked(page, "copyForm:copyChoices")).isTrue();
            assertThat(checked(page, "copyForm:copyAnswerValues")).isTrue();
        }

        @Test
        void aDateTimePollShiftedBySevenDaysAcrossTheDstChangeKeepsItsTimes() {
            String slug = PollFixtures.uniqueSlug("weekly");
            dateTimePoll(slug, "2030-03-25,2030-03-26", "09:00", "14:30");
            String copySlug = slug + "-next";

            Page copy = client.submit(
                    copyPage(slug),
                    "copyForm",
                    values(
                            "copyForm:slug",
                            copySlug,
                            "copyForm:title",
                            "Next week",
                            "copyForm:dateShift",
                            "7",
                            "copyForm:dueDate_input",
                            "2030-03-29 18:00"),
                    "copyForm:copy");

            assertThat(copy.status()).isEqualTo(200);
            assertThat(copy.uri().getPath()).isEqualTo("/poll/" + copySlug + "/");
            assertThat(copy.text()).contains("The copy has been created.", "Keep this link!");
            assertThat(copy.html().getElementById("managementLinkAnchor").attr("href"))
                    .matches(".*/manage/[A-Za-z0-9_-]{43}");
            assertThat(copy.html().getElementById("pollTitle").text()).isEqualTo("Next week");
            assertThat(headerTexts(copy))
                    .contains("Mon, 1 Apr 2030", "Tue, 2 Apr 2030", "09:00", "14:30")
                    .doesNotContain("10:00", "15:30");
            assertThat(headerTexts(client.get("/poll/" + slug + "/"))).contains("Mon, 25 Mar 2030", "09:00");
            Page copySettings = settings(copySlug);
            assertThat(copySettings.status()).isEqualTo(200);
            assertThat(inputValue(copySettings, "settingsForm:dueDate_input")).isEqualTo("2030-04-05 18:00");
            assertThat(new WebClient().get("/poll/" + copySlug + "/settings/").status())
                    .isEqualTo(403);
        }

        @Test
        void theCopyHasItsOwnManagementLink() {
            String slug = PollFixtures.uniqueSlug("ownkey");
            PollFixtures.create(client, "universal", "Own key", slug);
            String copySlug = slug + "-copy";
            Page copy = client.submit(copyPage(slug), "copyForm", values("copyForm:slug", copySlug), "copyForm:copy");
            String link = copy.html().getElementById("managementLinkAnchor").attr("href");

            WebClient other = new WebClient();
            Page opened = other.get(URI.create(link).getPath());

            assertThat(opened.uri().getPath()).isEqualTo("/poll/" + copySlug + "/");
            assertThat(other.get("/poll/" + copySlug + "/settings/").status()).isEqualTo(200);
            assertThat(other.get("/poll/" + slug + "/settings/").status()).isEqualTo(403);
            assertThat(client.get("/poll/" + copySlug + "/").text()).doesNotContain("Keep this link!");
        }

        @Test
        void deletedChoicesAndValuesAreNotCopiedAndUncheckedValuesGiveTheDefaults() {
            String slug = PollFixtures.uniqueSlug("partial");
            Page editor = PollFixtures.create(client, "universal", "Partial", slug);
            editor = client.submit(editor, "choicesForm", values("choicesForm:newText", "Kept"), "choicesForm:add");
            editor = client.submit(editor, "choicesForm", values("choicesForm:newText", "Dropped"), "choicesForm:add");
            client.submit(
                    editor,
                    "choicesForm",
                    Map.of(),
                    editor.html()
                            .select("#choiceTable tbody tr")
                            .get(1)
                            .selectFirst("button[id$=:delete]")
                            .attr("name"));
            Page values = client.get("/poll/" + slug + "/edit/values/");
            values = client.submit(
                    values,
                    "valuesForm",
                    Map.of(),
                    values.html()
                            .select("#valueTable tbody tr")
                            .get(1)
                            .selectFirst("button[id$=:delete]")
                            .attr("name"));
            client.submit(
                    values,
                    "valueForm",
                    values(
                            "valueForm:valueTitle",
                            "great",
                            "valueForm:valueIcon",
                            "star",
                            "valueForm:valueWeight",
                            "2"),
                    "valueForm:saveValue");

            client.submit(copyPage(slug), "copyForm", values("copyForm:slug", slug + "-a"), "copyForm:copy");
            client.submit(
                    copyPage(slug),
                    "copyForm",
                    values(
                            "copyForm:slug",
                            slug + "-b",
                            "copyForm:copyAnswerValues",
                            null,
                            "copyForm:copyChoices",
                            null),
                    "copyForm:copy");

            assertThat(headerTexts(client.get("/poll/" + slug + "-a/")))
                    .contains("Kept")
                    .doesNotContain("Dropped");
            assertThat(client.get("/poll/" + slug + "-a/edit/values/")
                            .html()
                            .select("#valueTable tbody .value-title")
                            .eachText())
                    .containsExactly("great", "yes", "rather not", "no");
            assertThat(client.get("/poll/" + slug + "-b/").html().getElementById("noChoices"))
                    .isNotNull();
            assertThat(client.get("/poll/" + slug + "-b/edit/values/")
                            .html()
                            .select("#valueTable tbody .value-title")
                            .eachText())
                    .containsExactly("yes", "maybe", "rather not", "no");
        }

        @ParameterizedTest(name = "{0} = \"{1}\"")
        @CsvSource(
                delimiter = '|',
                value = {
                    "slug | with space | may only contain letters",
                    "slug | '' | may only contain letters",
                    "dateShift | 1.5 | is not a whole number of days",
                    "dateShift | abc | is not a whole number of days",
                    "dateShift | 99999 | at most 3660 days",
                    "title | '   ' | Please enter a title.",
                    "dueDate | soon | Please enter the due date"
                })
        void badInputGetsAMessageNextToItsFieldAndCreatesNothing(String field, String value, String expected) {
            String slug = PollFixtures.uniqueSlug("badcopy");
            PollFixtures.create(client, "universal", "Bad copy", slug);
            String copySlug = slug + "-copy";
            Map<String, String> form = values("copyForm:slug", copySlug);
            form.put(field.equals("dueDate") ? "copyForm:dueDate_input" : "copyForm:" + field, value);

            Page refused = client.submit(copyPage(slug), "copyForm", form, "copyForm:copy");

            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.uri().getPath()).isEqualTo("/poll/" + slug + "/copy/");
            assertThat(message(refused, "copyForm:" + field)).contains(expected);
            assertThat(client.get("/poll/" + copySlug + "/").status()).isEqualTo(404);
        }

        @Test
        void aTakenUrlNameGetsAMessage() {
            String slug = PollFixtures.uniqueSlug("taken");
            PollFixtures.create(client, "universal", "Taken", slug);

            Page refused = client.submit(copyPage(slug), "copyForm", values("copyForm:slug", slug), "copyForm:copy");

            assertThat(refused.status()).isEqualTo(200);
            assertThat(message(refused, "copyForm:slug")).contains("\"" + slug + "\" is already in use");
        }
    }

    @Nested
    class Delete {

        @Test
        void theConfirmationShowsThePollAndDeletingRemovesIt() {
            String slug = PollFixtures.uniqueSlug("delete");
            PollFixtures.create(client, "universal", "Doomed", slug);
            client.submit(
                    settings(slug),
                    "settingsForm",
                    values(
                            "settingsForm:description",
                            "Some *words*",
                            "settingsForm:dueDate_input",
                            "2030-06-01 18:30"),
                    "settingsForm:save");

            Page confirmation = client.get("/poll/" + slug + "/delete/");

            assertThat(confirmation.html().getElementById("deleteTitle").text()).isEqualTo("Doomed");
            assertThat(confirmation.html().getElementById("deleteDueDate").text())
                    .contains("2030", "6:30");
            assertThat(confirmation.html().getElementById("deleteZone").text()).isEqualTo("Times in Europe/Berlin");
            assertThat(confirmation.html().select("#deleteDescription em").text())
                    .isEqualTo("words");
            assertThat(confirmation.html().getElementById("cancelDelete").attr("href"))
                    .isEqualTo("/poll/" + slug + "/");

            Page home = client.submit(confirmation, "deleteForm", Map.of(), "deleteForm:delete");

            assertThat(home.status()).isEqualTo(200);
            assertThat(home.uri().getPath()).isEqualTo("/");
            assertThat(home.text()).contains("The poll \"Doomed\" has been deleted.");
            assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(404);
            assertThat(client.get("/poll/" + slug + "/settings/").status()).isEqualTo(404);
        }

        /** Casts a guest vote answering the first option with this answer, through the vote form. */
        private void vote(String slug, String name, String answer) {
            Page form = client.get("/poll/" + slug + "/vote/");
            Element firstRow = form.html().select("#voteTable tbody tr").first();
            String field = firstRow.selectFirst("input[type=radio]").attr("name");
            String value = firstRow.select("label.answer").stream()
                    .filter(label -> label.text().equals(answer))
                    .findFirst()
                    .orElseThrow()
                    .selectFirst("input")
                    .attr("value");
            Page voted = client.submit(form, "voteForm", values("voteForm:name", name, field, value), "voteForm:save");
            assertThat(voted.status()).isEqualTo(200);
            assertThat(client.get("/poll/" + slug + "/").text()).contains(name);
        }

        @Test
        void aPollWithVotesIsDeletedWithThemAndACopyTakesNoVotesAlong() {
            String slug = PollFixtures.uniqueSlug("voted");
            Page editor = PollFixtures.create(client, "universal", "Voted", slug);
            client.submit(editor, "choicesForm", values("choicesForm:newText", "Pizza"), "choicesForm:add");
            vote(slug, "Alice Voter", "yes");
            Page copy = client.submit(
                    client.get("/poll/" + slug + "/copy/"),
                    "copyForm",
                    values("copyForm:slug", slug + "-copy"),
                    "copyForm:copy");
            assertThat(copy.uri().getPath()).isEqualTo("/poll/" + slug + "-copy/");
            assertThat(copy.text()).contains("Pizza").doesNotContain("Alice Voter");

            Page home = client.submit(
                    client.get("/poll/" + slug + "/delete/"), "deleteForm", Map.of(), "deleteForm:delete");

            assertThat(home.uri().getPath()).isEqualTo("/");
            assertThat(home.text()).contains("has been deleted");
            assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(404);
            assertThat(client.get("/poll/" + slug + "-copy/").status()).isEqualTo(200);
        }

        @Test
        void aPollWithChoicesOfEveryKindIsDeletedWhole() {
            String slug = PollFixtures.uniqueSlug("deletewhole");
            dateTimePoll(slug, "2030-05-06", "10:00");
            Page values = client.get("/poll/" + slug + "/edit/values/");
            client.submit(
                    values,
                    "valuesForm",
                    Map.of(),
                    values.html()
                            .select("#valueTable tbody tr")
                            .get(1)
                            .selectFirst("button[id$=:delete]")
                            .attr("name"));

            Page home = client.submit(
                    client.get("/poll/" + slug + "/delete/"), "deleteForm", Map.of(), "deleteForm:delete");

            assertThat(home.uri().getPath()).isEqualTo("/");
            assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(404);
        }
    }
}
