package org.bitpoll.vote.domain;

import java.util.Map;
import org.bitpoll.platform.security.Visitor;

/**
 * Who votes or looks at votes: the logged-in account (id and display name) or a guest, whether this visitor may
 * manage the poll (owner, group member, administrator or holder of the management link), and the edit tokens of
 * guest votes this browser remembers, by vote id.
 */
public record Voter(Long accountId, String displayName, boolean manager, Map<Long, String> editTokens) {

    public Voter {
        editTokens = Map.copyOf(editTokens);
    }

    /** The visitor as a voter on a poll they manage or not. */
    public static Voter of(Visitor visitor, boolean manager) {
        return new Voter(visitor.accountId(), visitor.displayName(), manager, visitor.editTokens());
    }

    public boolean isLoggedIn() {
        return accountId != null;
    }

    String tokenFor(Long voteId) {
        return voteId == null ? null : editTokens.get(voteId);
    }
}
