/**
 * Groups of accounts, as far as poll ownership needs them: which groups an account belongs to, and a group's
 * name. Creating groups, inviting members and administering them come with the groups feature (F26), which adds
 * its entities here; a poll names its owning group by id, so nothing else changes then.
 */
package org.bitpoll.group.domain;
