package org.bitpoll.profile.domain;

import java.util.List;

/** Where the data download's polls and votes come from, one statement each. */
public interface PersonalDataRepository {

    List<PersonalData.OwnedPollData> ownedPolls(Long accountId);

    /** The account's votes, oldest first, each with its answers in the order of the poll's options. */
    List<PersonalData.VoteData> votes(Long accountId);
}
