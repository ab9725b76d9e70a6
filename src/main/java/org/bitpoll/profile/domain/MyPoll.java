package org.bitpoll.profile.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A poll on a person's "My polls" list (F31): one they own, voted in, watch, are invited to, or that a group of
 * theirs owns, with the reference's four tags and a fifth when they are invited. The list is ordered by due date, latest first, polls without one last, then by
 * creation, newest first (the query orders it).
 *
 * @param ownGroupName the owning group's name when the person belongs to it, else null ("Not own group")
 */
public record MyPoll(
        String slug,
        String title,
        Instant dueDate,
        Instant created,
        boolean owner,
        String ownGroupName,
        boolean voted,
        boolean watching,
        boolean invited) {

    public MyPoll {
        Objects.requireNonNull(slug);
        Objects.requireNonNull(title);
        Objects.requireNonNull(created);
    }

    /** One tag: its bundle key, the group's name as its argument, and whether it says yes (for the styling). */
    public record Tag(String key, String argument, boolean positive) {}

    /** The four tags in the reference's order: owner, group, voted, watching; then "invited" when invited. */
    public List<Tag> tags() {
        List<Tag> tags = List.of(
                owner ? new Tag("mypolls.tag.owner", null, true) : new Tag("mypolls.tag.notOwner", null, false),
                ownGroupName != null
                        ? new Tag("mypolls.tag.group", ownGroupName, true)
                        : new Tag("mypolls.tag.notOwnGroup", null, false),
                voted ? new Tag("mypolls.tag.voted", null, true) : new Tag("mypolls.tag.notVoted", null, false),
                watching
                        ? new Tag("mypolls.tag.watching", null, true)
                        : new Tag("mypolls.tag.notWatching", null, false));
        if (!invited) {
            return tags;
        }
        List<Tag> withInvitation = new ArrayList<>(tags);
        withInvitation.add(new Tag("mypolls.tag.invited", null, true));
        return List.copyOf(withInvitation);
    }
}
