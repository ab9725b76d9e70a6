package org.bitpoll.profile.domain;

import java.util.List;

/** Where "My polls" comes from: one query over polls, votes, watches and groups. */
public interface MyPolls {

    /** The polls of an account: latest due date first, undated last, then newest first. */
    List<MyPoll> of(Long accountId);
}
