package org.bitpoll.it.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bitpoll.it.account.SignedIn;
import org.bitpoll.it.poll.PollFixtures;
import org.bitpoll.it.support.ServerSettings;
import org.bitpoll.it.support.TestAccounts;
import org.bitpoll.it.support.WebClient;
import org.bitpoll.it.support.WebClient.Page;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Groups over HTTP (F26): a group's page is seen by its members and invitees only (anyone else, and any id that
 * is no group, gets 404); bad names and bad invitees are refused with their message and save nothing; a form of
 * an admin who lost the right is forbidden; the last admin can neither leave nor revoke themselves (a message,
 * never a 500); with group management off every groups page is 404 and no poll offers a group owner.
 */
class GroupIT {

    private static final String GROUP_MANAGEMENT = "bitpoll.group-management";

    /** Three people, logged in once for all tests; each test makes groups of its own. */
    private static TestAccounts.Credentials ada;

    private static TestAccounts.Credentials ben;
    private static WebClient adaClient;
    private static WebClient benClient;
    private static WebClient calClient;

    @BeforeAll
    static void logIn() {
        ada = TestAccounts.create("ga");
        ben = TestAccounts.create("gb");
        adaClient = SignedIn.client(ada);
        benClient = SignedIn.client(ben);
        calClient = SignedIn.client(TestAccounts.create("gc"));
    }

    private static String uniqueName() {
        return "Grp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a group through the groups home; returns its id (from the page it leads to). */
    private static long create(WebClient client, String name) {
        Page created = client.submit(
                client.get("/groups/"), "createForm", Map.of("createForm:groupName", name), "createForm:create");
        assertThat(created.text()).contains("Group \"" + name + "\" was created.");
        String path = created.uri().getPath();
        return Long.parseLong(path.substring("/groups/".length(), path.length() - 1));
    }

    private static Page page(WebClient client, long groupId) {
        return client.get("/groups/" + groupId + "/");
    }

    private static Page invite(WebClient client, long groupId, String names) {
        return client.submit(
                page(client, groupId),
                "inviteForm",
                Map.of("inviteForm:invitees_input", names, "inviteForm:invitees_hinput", names),
                "inviteForm:invite");
    }

    /** The invitee accepts on the group's page. */
    private static void accept(WebClient client, long groupId) {
        Page joined = client.submit(page(client, groupId), "ownInvitationForm", Map.of(), "ownInvitationForm:accept");
        assertThat(joined.text()).contains("You joined the group.");
    }

    /** The name of the first button of this form whose id ends with {@code :action}. */
    private static String button(Element html, String formId, String action) {
        Element button = html.getElementById(formId).selectFirst("button[id$=\":" + action + "\"]");
        assertThat(button).as("a %s button in %s", action, formId).isNotNull();
        return button.attr("name");
    }

    /** The button {@code action} in the member row of this user name. */
    private static String memberButton(Page page, String username, String action) {
        Element row = page.html().select("#members li").stream()
                .filter(li -> li.text().contains("(" + username + ")"))
                .findFirst()
                .orElseThrow();
        Element button = row.selectFirst("button[id$=\":" + action + "\"]");
        assertThat(button).as("a %s button for %s", action, username).isNotNull();
        return button.attr("name");
    }

    private static Page act(WebClient client, Page page, String buttonName) {
        return client.submit(page, "membersForm", Map.of(), buttonName);
    }

    private static int count(String sql, Object parameter) {
        try (Connection connection = TestAccounts.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aGroupIsSeenByItsMembersAndInviteesOnlyAndAnythingElseIsNotFound() {
        long groupId = create(adaClient, uniqueName());
        long othersGroup = create(calClient, uniqueName());

        assertThat(page(benClient, groupId).status()).isEqualTo(404);
        assertThat(page(adaClient, othersGroup).status()).isEqualTo(404);
        assertThat(page(adaClient, 999_999_999_999L).status()).isEqualTo(404);
        assertThat(adaClient.get("/groups/abc/").status()).isEqualTo(404);
        assertThat(adaClient.get("/groups/group.xhtml").status()).isEqualTo(404);
        HttpResponse<String> guest = new WebClient().raw("/groups/" + groupId + "/");
        assertThat(guest.statusCode()).isEqualTo(302);
        assertThat(guest.headers().firstValue("Location").orElseThrow())
                .endsWith("/login/?next=%2Fgroups%2F" + groupId + "%2F");

        invite(adaClient, groupId, ben.username());
        Page invited = page(benClient, groupId);
        assertThat(invited.status()).isEqualTo(200);
        assertThat(invited.html().getElementById("ownInvitationForm")).isNotNull();
        assertThat(invited.html().getElementById("inviteForm")).isNull();
        assertThat(page(calClient, groupId).status()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({
        "1st-team, Invalid group name.",
        "a b c, Invalid group name.",
        "team_1, Invalid group name.",
        "ab, The group name must be at least 3 characters.",
        "'<b>x</b>', Invalid group name."
    })
    void aBadNameIsRefusedWithItsMessageAndSavesNothing(String name, String message) {
        Page refused = calClient.submit(
                calClient.get("/groups/"), "createForm", Map.of("createForm:groupName", name), "createForm:create");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().getElementById("createForm:groupNameMessage").text())
                .contains(message);
        assertThat(count("SELECT COUNT(*) FROM user_group WHERE name = ?", name))
                .isZero();
    }

    @Test
    void aNameThatExistsInAnotherCaseIsTaken() {
        String name = uniqueName();
        create(adaClient, name);

        Page refused = benClient.submit(
                benClient.get("/groups/"),
                "createForm",
                Map.of("createForm:groupName", name.toUpperCase(Locale.ROOT)),
                "createForm:create");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().getElementById("createForm:groupNameMessage").text())
                .contains("Group does already exist.");
        assertThat(count("SELECT COUNT(*) FROM user_group WHERE LOWER(name) = ?", name.toLowerCase(Locale.ROOT)))
                .isEqualTo(1);
    }

    @Test
    void invitingNamesEachBadInviteeAndSavesNone() {
        long groupId = create(adaClient, uniqueName());

        assertThat(invite(adaClient, groupId, ben.username() + ", nobody-" + UUID.randomUUID())
                        .html()
                        .getElementById("inviteForm:inviteesMessage")
                        .text())
                .contains("There is no user \"nobody-");
        assertThat(count("SELECT COUNT(*) FROM group_invitation WHERE group_id = ?", groupId))
                .isZero();
        assertThat(invite(adaClient, groupId, ada.username()).text())
                .contains("\"" + ada.username() + "\" is already a member of this group.");
        assertThat(invite(adaClient, groupId, ben.username()).text()).contains("Invitations sent: 1.");
        assertThat(invite(adaClient, groupId, ben.username()).text())
                .contains("\"" + ben.username() + "\" already has an invitation.");
        assertThat(count("SELECT COUNT(*) FROM group_invitation WHERE group_id = ?", groupId))
                .isEqualTo(1);

        Page withdrawn = adaClient.submit(
                page(adaClient, groupId),
                "openInvitationsForm",
                Map.of(),
                button(page(adaClient, groupId).html(), "openInvitationsForm", "withdraw"));
        assertThat(withdrawn.text()).contains("The invitation was withdrawn.");
        assertThat(count("SELECT COUNT(*) FROM group_invitation WHERE group_id = ?", groupId))
                .isZero();
    }

    @Test
    void theFormOfAnAdminWhoLostTheRightIsForbiddenAndChangesNothing() {
        long groupId = create(adaClient, uniqueName());
        invite(adaClient, groupId, ben.username());
        accept(benClient, groupId);
        Page adminPage = page(adaClient, groupId);
        assertThat(act(adaClient, adminPage, memberButton(adminPage, ben.username(), "grant"))
                        .text())
                .contains("User was granted group admin.");

        Page benAsAdmin = page(benClient, groupId);
        Page revoked = page(adaClient, groupId);
        act(adaClient, revoked, memberButton(revoked, ben.username(), "revoke"));
        Page refused = act(benClient, benAsAdmin, memberButton(benAsAdmin, ada.username(), "remove"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(count("SELECT COUNT(*) FROM group_member WHERE group_id = ?", groupId))
                .isEqualTo(2);
        assertThat(page(benClient, groupId).html().getElementById("inviteForm")).isNull();
    }

    @Test
    void theLastAdminCanNeitherRevokeThemselvesNorLeaveButAnAdminDeletesTheGroup() {
        long groupId = create(adaClient, uniqueName());
        invite(adaClient, groupId, ben.username());
        accept(benClient, groupId);
        Page adminPage = page(adaClient, groupId);
        act(adaClient, adminPage, memberButton(adminPage, ben.username(), "grant"));
        Page benWithTwoAdmins = page(benClient, groupId);

        Page left = act(
                adaClient,
                page(adaClient, groupId),
                button(page(adaClient, groupId).html(), "membersForm", "leave"));
        assertThat(left.text()).contains("You left the group.");
        Page lastAdmin = act(benClient, benWithTwoAdmins, memberButton(benWithTwoAdmins, ben.username(), "revoke"));
        assertThat(lastAdmin.status()).isEqualTo(200);
        assertThat(lastAdmin.text()).contains("Last group admin can't be removed.");
        Page soleAdmin = act(
                benClient,
                page(benClient, groupId),
                button(page(benClient, groupId).html(), "membersForm", "leave"));
        assertThat(soleAdmin.status()).isEqualTo(200);
        assertThat(soleAdmin.text())
                .contains("You are the sole group admin. Please terminate the group or appoint another group admin.");
        assertThat(count("SELECT COUNT(*) FROM group_admin WHERE group_id = ?", groupId))
                .isEqualTo(1);

        Page asked = benClient.submit(page(benClient, groupId), "deleteForm", Map.of(), "deleteForm:askToDelete");
        assertThat(asked.html().getElementById("deleteConfirmation")).isNotNull();
        Page deleted = benClient.submit(asked, "deleteForm", Map.of(), "deleteForm:delete");
        assertThat(deleted.text()).contains("The group was deleted.");
        assertThat(page(benClient, groupId).status()).isEqualTo(404);
    }

    @Test
    void withGroupManagementOffTheGroupsPagesAreNotFoundAndNoPollOffersAGroupOwner() {
        WebClient client = calClient;
        long groupId = create(client, uniqueName());
        String slug = PollFixtures.uniqueSlug("groupless");
        PollFixtures.create(client, "universal", "Owned by Cal", slug);
        assertThat(client.get("/poll/" + slug + "/settings/").html().getElementById("ownerForm:ownerGroup"))
                .isNotNull();
        assertThat(client.get("/account/").html().getElementById("groupsLink")).isNotNull();

        ServerSettings.set(Map.of(GROUP_MANAGEMENT, "false"));
        try {
            assertThat(client.get("/groups/").status()).isEqualTo(404);
            assertThat(page(client, groupId).status()).isEqualTo(404);
            assertThat(new WebClient().get("/groups/").status()).isEqualTo(404);
            assertThat(client.get("/account/").html().getElementById("groupsLink"))
                    .isNull();
            assertThat(client.get("/poll/" + slug + "/settings/").html().getElementById("ownerForm:ownerGroup"))
                    .isNull();
        } finally {
            ServerSettings.clear(GROUP_MANAGEMENT);
        }
        assertThat(page(client, groupId).status()).isEqualTo(200);
    }
}
