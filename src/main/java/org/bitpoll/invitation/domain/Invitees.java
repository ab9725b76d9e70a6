package org.bitpoll.invitation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bitpoll.platform.error.RuleViolation;

/**
 * Who a manager's typed names invite (reference F25): names separated by blanks or commas, each a user name (an
 * active account) or else a group's name, which stands for the group's members at this moment. Duplicates count
 * once. A name that is neither refuses the whole input, naming every such name, so nothing is half-saved. Of the
 * accounts found, those already invited are left out: a user named directly is reported, a group's member silently.
 */
public final class Invitees {

    /** Most names in one input. */
    public static final int MAX_NAMES = 100;

    /** Where names are looked up. */
    public interface Directory {
        /** The id of the active account with this user name. */
        Optional<Long> account(String username);

        /** The ids of the members of the group of exactly this name, if it exists. */
        Optional<List<Long>> groupMembers(String groupName);
    }

    /**
     * What to do: the accounts to invite now (in the order named), and the user names typed for accounts that are
     * invited already.
     */
    public record Plan(List<Long> toInvite, List<String> alreadyInvited) {}

    private Invitees() {}

    /** The names of a typed input, each once, in order; refused when empty or too many. */
    public static List<String> names(String typed) {
        Set<String> names = new LinkedHashSet<>();
        if (typed != null) {
            for (String name : typed.strip().split("[\\s,]+")) {
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        if (names.isEmpty()) {
            throw new RuleViolation(InvitationRule.NAMES_REQUIRED);
        }
        if (names.size() > MAX_NAMES) {
            throw new RuleViolation(InvitationRule.TOO_MANY_NAMES, MAX_NAMES);
        }
        return List.copyOf(names);
    }

    /**
     * Resolves the typed names and leaves out the accounts in {@code invited}; refused with
     * {@link InvitationRule#UNKNOWN_NAMES} when a name is neither a user nor a group.
     */
    public static Plan plan(String typed, Directory directory, Set<Long> invited) {
        Map<Long, String> named = new LinkedHashMap<>();
        Set<Long> members = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names(typed)) {
            Optional<Long> account = directory.account(name);
            if (account.isPresent()) {
                named.putIfAbsent(account.get(), name);
                continue;
            }
            Optional<List<Long>> group = directory.groupMembers(name);
            if (group.isPresent()) {
                members.addAll(group.get());
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new RuleViolation(InvitationRule.UNKNOWN_NAMES, "\"" + String.join("\", \"", unknown) + "\"");
        }
        Set<Long> toInvite = new LinkedHashSet<>();
        List<String> alreadyInvited = new ArrayList<>();
        named.forEach((id, name) -> {
            if (invited.contains(id)) {
                alreadyInvited.add(name);
            } else {
                toInvite.add(id);
            }
        });
        members.stream().filter(id -> !invited.contains(id)).forEach(toInvite::add);
        return new Plan(List.copyOf(toInvite), List.copyOf(alreadyInvited));
    }
}
