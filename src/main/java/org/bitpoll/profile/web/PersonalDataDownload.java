package org.bitpoll.profile.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.profile.application.ProfileService;
import org.bitpoll.profile.domain.MyPoll;
import org.bitpoll.profile.domain.PersonalData;

/**
 * {@code GET /account/data.json}: everything Bitpoll keeps about the logged-in person, as a JSON file to save
 * (never the password hash): the account, the polls they own, their "My polls" list, their votes with every
 * answer, their comments, the polls they watch, their invitations to vote, their groups and their open group
 * invitations. Times are ISO-8601 instants in UTC. A guest is sent to the login page first; the file is never stored
 * by a cache.
 */
@WebServlet("/account/data.json")
public class PersonalDataDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The download's own path, where the login page comes back to. */
    static final String PATH = "/account/data.json";

    @Inject
    private Visitors visitors;

    @Inject
    private ProfileService profiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Visitor visitor = visitors.current();
        if (!visitor.isLoggedIn()) {
            response.sendRedirect(
                    request.getContextPath() + "/login/?next=" + URLEncoder.encode(PATH, StandardCharsets.UTF_8));
            return;
        }
        PersonalData data = profiles.personalData(visitor);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"bitpoll-data.json\"");
        response.setHeader("Cache-Control", "private, no-store");
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(response.getWriter())) {
            json.writeStartObject();
            writeAccount(json, data.account());
            json.writeStartArray("ownedPolls");
            for (PersonalData.OwnedPollData poll : data.ownedPolls()) {
                json.writeStartObject()
                        .write("slug", poll.slug())
                        .write("title", poll.title())
                        .write("description", poll.description())
                        .write("type", poll.type())
                        .write("timeZone", poll.timeZone());
                instant(json, "created", poll.created());
                instant(json, "dueDate", poll.dueDate());
                json.writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("polls");
            for (MyPoll poll : data.polls()) {
                json.writeStartObject()
                        .write("slug", poll.slug())
                        .write("title", poll.title())
                        .write("owner", poll.owner())
                        .write("voted", poll.voted())
                        .write("watching", poll.watching());
                if (poll.ownGroupName() == null) {
                    json.writeNull("group");
                } else {
                    json.write("group", poll.ownGroupName());
                }
                instant(json, "dueDate", poll.dueDate());
                json.writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("votes");
            for (PersonalData.VoteData vote : data.votes()) {
                writeVote(json, vote);
            }
            json.writeEnd();
            writeCollaboration(json, data);
            json.writeEnd();
        }
    }

    private static void writeAccount(JsonGenerator json, PersonalData.AccountData account) {
        json.writeStartObject("account")
                .write("username", account.username())
                .write("firstName", account.firstName())
                .write("lastName", account.lastName())
                .write("email", account.email())
                .write("displayName", account.displayName())
                .write("language", account.language())
                .write("timeZone", account.timeZone())
                .write("autoWatch", account.autoWatch())
                .write("emailInvitation", account.emailInvitation())
                .write("siteAdmin", account.siteAdmin())
                .write("local", account.local());
        instant(json, "dateJoined", account.dateJoined());
        instant(json, "lastLogin", account.lastLogin());
        json.writeEnd();
    }

    private static void writeVote(JsonGenerator json, PersonalData.VoteData vote) {
        json.writeStartObject()
                .write("pollSlug", vote.pollSlug())
                .write("pollTitle", vote.pollTitle())
                .write("name", vote.name())
                .write("anonymous", vote.anonymous())
                .write("comment", vote.comment());
        instant(json, "created", vote.created());
        instant(json, "modified", vote.modified());
        json.writeStartArray("answers");
        for (PersonalData.AnswerData answer : vote.answers()) {
            json.writeStartObject().write("option", answer.option());
            instant(json, "date", answer.date());
            if (answer.answer() == null) {
                json.writeNull("answer");
            } else {
                json.write("answer", answer.answer());
            }
            json.write("comment", answer.comment()).writeEnd();
        }
        json.writeEnd().writeEnd();
    }

    private static void writeCollaboration(JsonGenerator json, PersonalData data) {
        json.writeStartArray("comments");
        for (PersonalData.CommentData comment : data.comments()) {
            json.writeStartObject()
                    .write("pollSlug", comment.pollSlug())
                    .write("pollTitle", comment.pollTitle())
                    .write("name", comment.name())
                    .write("text", comment.text());
            instant(json, "created", comment.created());
            json.writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("watchedPolls");
        for (PersonalData.WatchData watch : data.watches()) {
            json.writeStartObject()
                    .write("slug", watch.pollSlug())
                    .write("title", watch.pollTitle())
                    .writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("invitations");
        for (PersonalData.InvitationData invitation : data.invitations()) {
            json.writeStartObject().write("pollSlug", invitation.pollSlug()).write("pollTitle", invitation.pollTitle());
            instant(json, "invited", invitation.invited());
            instant(json, "lastMailed", invitation.lastMailed());
            json.write("voted", invitation.voted()).writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("groups");
        for (PersonalData.GroupData group : data.groups()) {
            json.writeStartObject()
                    .write("name", group.name())
                    .write("admin", group.admin())
                    .write("directory", group.directory())
                    .writeEnd();
        }
        json.writeEnd();
        json.writeStartArray("groupInvitations");
        for (PersonalData.GroupInvitationData invitation : data.groupInvitations()) {
            json.writeStartObject().write("group", invitation.groupName());
            instant(json, "invited", invitation.invited());
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void instant(JsonGenerator json, String name, Instant instant) {
        if (instant == null) {
            json.writeNull(name);
        } else {
            json.write(name, instant.toString());
        }
    }
}
