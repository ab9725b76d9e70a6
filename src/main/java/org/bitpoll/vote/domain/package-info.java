/**
 * Votes: a participant's row of answers, the rules of who may vote and who may change a vote, what a viewer sees
 * of the results, and the score of each option. Plain Java and JPA mappings only.
 */
package org.bitpoll.vote.domain;
