package org.bitpoll.poll.domain;

import java.util.Map;
import java.util.Set;
import org.bitpoll.platform.security.Visitor;

/**
 * Who is asking to manage a poll: the logged-in account (or none), the groups it belongs to, whether it is a site
 * administrator, and the management tokens this browser remembers, by poll id.
 */
public record Manager(Long accountId, Set<Long> groupIds, boolean siteAdmin, Map<Long, String> managementTokens) {

    public Manager {
        groupIds = Set.copyOf(groupIds);
        managementTokens = Map.copyOf(managementTokens);
    }

    /** The visitor as a possible manager, as a member of no group. */
    public static Manager of(Visitor visitor) {
        return of(visitor, Set.of());
    }

    /** The visitor as a possible manager, a member of these groups. */
    public static Manager of(Visitor visitor, Set<Long> groupIds) {
        return new Manager(visitor.accountId(), groupIds, visitor.siteAdmin(), visitor.managementTokens());
    }

    /** A visitor without login who holds these management tokens. */
    public static Manager guest(Map<Long, String> managementTokens) {
        return new Manager(null, Set.of(), false, managementTokens);
    }

    public boolean isLoggedIn() {
        return accountId != null;
    }

    String tokenFor(Long pollId) {
        return managementTokens.get(pollId);
    }
}
