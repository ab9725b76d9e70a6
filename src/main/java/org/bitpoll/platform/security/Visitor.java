package org.bitpoll.platform.security;

import java.util.Map;

/**
 * Who is visiting, resolved once per request by {@link Visitors}: the logged-in account (id and display name, none
 * for a guest), whether it is a site administrator, and the secrets this browser holds, by poll id (management
 * tokens) and by vote id (edit tokens of guest votes). A plain value the services take; they decide what it may do.
 */
public record Visitor(
        Long accountId,
        String displayName,
        boolean siteAdmin,
        Map<Long, String> managementTokens,
        Map<Long, String> editTokens) {

    public Visitor {
        displayName = displayName == null ? "" : displayName;
        managementTokens = Map.copyOf(managementTokens);
        editTokens = Map.copyOf(editTokens);
    }

    public boolean isLoggedIn() {
        return accountId != null;
    }

    /** The management token this browser holds for a poll, or null. */
    public String managementTokenFor(Long pollId) {
        return pollId == null ? null : managementTokens.get(pollId);
    }

    /** The edit token this browser holds for a guest vote, or null. */
    public String editTokenFor(Long voteId) {
        return voteId == null ? null : editTokens.get(voteId);
    }
}
