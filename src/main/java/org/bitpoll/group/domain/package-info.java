/**
 * Groups of accounts (F26): the {@link org.bitpoll.group.domain.Group} aggregate with its members, admins and the
 * rules that keep a local group administered, the {@link org.bitpoll.group.domain.GroupInvitation}s to it, and
 * the name rules ({@link org.bitpoll.group.domain.GroupNames}). A poll names its owning group by id and asks the
 * {@link org.bitpoll.group.domain.GroupRepository} which groups an account belongs to.
 */
package org.bitpoll.group.domain;
