/**
 * What a person has here, as they see it: their polls with the reference's tags ("My polls", F31), which of them
 * leave with the account when it is deleted, and their data to download. Plain read models and rules.
 */
package org.bitpoll.profile.domain;
