package org.bitpoll.platform.security;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who is visiting, resolved once per request by {@link Visitors}: the logged-in account (id, display name, and the
 * language and time zone chosen in its settings; none for a guest), whether it is a site administrator, and the secrets this browser holds, by poll id (management
 * tokens) and by vote id (edit tokens of guest votes). A plain value the services take; they decide what it may do.
 */
public record Visitor(
        Long accountId,
        String displayName,
        Locale language,
        ZoneId zone,
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

    /** The page language the account chose; empty for a guest (the language cookie decides then). */
    public Optional<Locale> accountLanguage() {
        return Optional.ofNullable(language);
    }

    /** The time zone the account chose; empty for a guest (the browser's zone, if known, is the viewer's). */
    public Optional<ZoneId> accountZone() {
        return Optional.ofNullable(zone);
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
