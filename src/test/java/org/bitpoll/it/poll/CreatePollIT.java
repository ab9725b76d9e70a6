package org.bitpoll.it.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.bitpoll.it.support.TestServer;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Creating polls over HTTP against the deployed WAR: every type, and every bad input of the create form. */
class CreatePollIT {

    private final WebClient client = new WebClient();

    private Page create(Map<String, String> values) {
        Page index = client.get("/");
        assertThat(index.status()).isEqualTo(200);
        return client.submit(index, "createForm", values, "createForm:create");
    }

    private static Map<String, String> form(String type, String title, String slug) {
        Map<String, String> values = new HashMap<>();
        values.put("createForm:type", type);
        values.put("createForm:title", title);
        values.put("createForm:slug", slug);
        return values;
    }

    private static String fieldMessage(Page page, String field) {
        Element message = page.html().getElementById("createForm:" + field + "Message");
        return message == null ? "" : message.text();
    }

    @ParameterizedTest
    @CsvSource({"datetime, dateTime", "date, date", "universal, universal"})
    void createsEachTypeAndOpensItsEditorWithTheManagementLink(String type, String editor) {
        String slug = TestServer.uniqueSlug(type);

        Page editorPage = create(form(type, "Poll of type " + type, slug));

        assertThat(editorPage.status()).isEqualTo(200);
        assertThat(editorPage.uri().getPath()).isEqualTo("/poll/" + slug + "/edit/choices/" + editor + "/");
        assertThat(editorPage.text()).contains("Your poll has been created", "Keep this link!");
        String link = editorPage.html().getElementById("managementLinkAnchor").attr("href");
        assertThat(link).matches(".*/manage/[A-Za-z0-9_-]{43}");

        Page poll = client.get("/poll/" + slug + "/");
        assertThat(poll.status()).isEqualTo(200);
        assertThat(poll.html().getElementById("pollTitle").text()).isEqualTo("Poll of type " + type);
        assertThat(poll.text()).doesNotContain("Keep this link!");
        assertThat(poll.html().getElementById("noChoices")).isNotNull();
        assertThat(client.get("/poll/" + slug).uri().getPath()).isEqualTo("/poll/" + slug + "/");
    }

    @Test
    void anEmptyUrlNameFollowsTheTitle() {
        String suffix = TestServer.uniqueSlug("x").substring(2);
        Page editor = create(form("universal", "Team Lunch " + suffix + "!", ""));

        assertThat(editor.uri().getPath())
                .isEqualTo("/poll/team-lunch-" + suffix.toLowerCase() + "/edit/choices/universal/");
    }

    @Test
    void aRandomUrlNameIsTenUnambiguousCharacters() {
        Map<String, String> values = form("date", "Random", "");
        values.put("createForm:randomSlug", "on");

        Page editor = create(values);

        assertThat(editor.uri().getPath()).matches("/poll/[A-HJ-NP-RT-Za-hj-kmnp-z0-9]{10}/edit/choices/date/");
    }

    @Test
    void theDefaultsAreTheReferencesButGuestVoteChangesAreOff() {
        Page index = client.get("/");
        Element form = index.html().getElementById("createForm");

        assertThat(form.getElementById("createForm:type:0").hasAttr("checked")).isTrue();
        assertThat(form.getElementById("createForm:anonymousAllowed").hasAttr("checked"))
                .isTrue();
        assertThat(form.getElementById("createForm:oneVotePerUser").hasAttr("checked"))
                .isTrue();
        assertThat(form.getElementById("createForm:allowUnauthenticatedVoteChanges")
                        .hasAttr("checked"))
                .isFalse();
        assertThat(form.getElementById("createForm:voteAll").hasAttr("checked")).isFalse();
        assertThat(index.html().getElementById("statPolls")).isNotNull();
    }

    /** Login and invitations do not exist yet: the form offers neither, and the statistics count no users. */
    @Test
    void theFormOffersNothingThatDoesNotWorkYet() {
        Page index = client.get("/");

        assertThat(index.html().getElementById("createForm:requireInvitation")).isNull();
        assertThat(index.text()).doesNotContain("Invitation required");
    }

    @Test
    void anEmptyTitleIsRefused() {
        String slug = TestServer.uniqueSlug("empty");
        Page page = create(form("universal", "", slug));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/");
        assertThat(page.html().getElementById("createForm").attr("action")).isEqualTo("/");
        assertThat(fieldMessage(page, "title")).contains("Please enter a title.");
        assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(404);
    }

    @Test
    void aTitleOfOnlyBlanksIsRefusedWithAMessageNotAnError() {
        String slug = TestServer.uniqueSlug("blank");
        Page page = create(form("universal", "   ", slug));

        assertThat(page.status()).isEqualTo(200);
        assertThat(fieldMessage(page, "title")).contains("Please enter a title.");
        assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(404);
    }

    @Test
    void aTitleOfMoreThan80CharactersIsRefused() {
        String slug = TestServer.uniqueSlug("long");
        Page page = create(form("universal", "x".repeat(81), slug));

        assertThat(fieldMessage(page, "title")).contains("at most 80 characters");
        assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(404);
    }

    @Test
    void aTakenUrlNameIsRefused() {
        String slug = TestServer.uniqueSlug("taken");
        create(form("universal", "First", slug));

        Page page = create(form("date", "Second", slug));

        assertThat(page.status()).isEqualTo(200);
        assertThat(fieldMessage(page, "slug")).contains("\"" + slug + "\" is already in use");
        assertThat(client.get("/poll/" + slug + "/")
                        .html()
                        .getElementById("pollTitle")
                        .text())
                .isEqualTo("First");
    }

    @Test
    void aUrlNameWithOtherCharactersIsRefused() {
        Page page = create(form("universal", "Bad name", "bad name!"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(fieldMessage(page, "slug")).contains("may only contain letters, digits");
        assertThat(client.get("/poll/bad%20name!/").status()).isEqualTo(404);
    }

    @Test
    void anUnparsableDueDateIsRefused() {
        String slug = TestServer.uniqueSlug("due");
        Map<String, String> values = form("universal", "Due", slug);
        values.put("createForm:dueDate_input", "next friday");

        Page page = create(values);

        assertThat(page.status()).isEqualTo(200);
        assertThat(fieldMessage(page, "dueDate")).contains("YYYY-MM-DD HH:MM");
        assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(404);
    }

    @Test
    void aValidDueDateIsShownInTheBadges() {
        String slug = TestServer.uniqueSlug("due");
        Map<String, String> values = form("universal", "Due", slug);
        values.put("createForm:dueDate_input", "2031-03-04 18:30");

        create(values);

        assertThat(client.get("/poll/" + slug + "/")
                        .html()
                        .getElementById("badges")
                        .text())
                .contains("Due", "2031", "6:30");
    }

    @Test
    void markdownIsRenderedAndScriptsAreRenderedHarmless() {
        String slug = TestServer.uniqueSlug("md");
        Map<String, String> values = form("universal", "Markdown", slug);
        values.put(
                "createForm:description",
                "**Bring food**\n\n<script>alert('x')</script>\n\n"
                        + "<img src=x onerror=alert(1)>\n\n[menu](https://example.org/menu) "
                        + "<a href=\"javascript:alert(2)\">click</a>");

        create(values);
        Page poll = client.get("/poll/" + slug + "/");

        Element description = poll.html().getElementById("description");
        assertThat(description.select("strong").text()).isEqualTo("Bring food");
        assertThat(poll.body())
                .doesNotContain("alert('x')")
                .doesNotContain("onerror")
                .doesNotContain("javascript:");
        assertThat(description.select("script, img")).isEmpty();
        Element link = description.selectFirst("a[href=https://example.org/menu]");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener");
    }

    @Test
    void anUnknownPollIsA404Page() {
        Page page = client.get("/poll/" + TestServer.uniqueSlug("nothing") + "/");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Page not found");
        assertThat(client.get("/poll/x/unknown/").status()).isEqualTo(404);
        assertThat(client.get("/poll/view.xhtml").status()).isEqualTo(404);
        assertThat(client.get("/WEB-INF/web.xml").status()).isIn(403, 404);
    }

    @Test
    void onlyHoldersOfTheManagementLinkMayEditAPollCreatedWithoutLogin() {
        String slug = TestServer.uniqueSlug("guarded");
        Page editor = create(form("universal", "Guarded", slug));
        String link = editor.html().getElementById("managementLinkAnchor").attr("href");
        String managementPath = link.substring(link.indexOf("/manage/"));

        WebClient stranger = new WebClient();
        assertThat(stranger.get("/poll/" + slug + "/").html().getElementById("choicesTab"))
                .isNull();
        Page refused = stranger.get("/poll/" + slug + "/edit/choices/universal/");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Not allowed");
        assertThat(stranger.get("/poll/" + slug + "/edit/choices/").status()).isEqualTo(403);
        assertThat(stranger.get("/manage/" + "A".repeat(43)).status()).isEqualTo(404);

        Page viaLink = stranger.get(managementPath);
        assertThat(viaLink.uri().getPath()).isEqualTo("/poll/" + slug + "/");
        assertThat(viaLink.html().getElementById("choicesTab")).isNotNull();
        assertThat(stranger.get("/poll/" + slug + "/edit/choices/universal/").status())
                .isEqualTo(200);
    }

    /** PrimeFaces checks the nonce when it renders a post back, here the form with its title message. */
    @Test
    void aPostWithoutTheCspNonceIsRefusedWithoutSaving() {
        String slug = TestServer.uniqueSlug("nononce");
        Map<String, String> values = form("universal", "", slug);
        values.put("primefaces.nonce", null);

        Page page = create(values);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("Request refused");
        assertThat(client.get("/poll/" + slug + "/").status()).isEqualTo(404);
    }
}
