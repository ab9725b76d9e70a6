package org.bitpoll.account.domain;

/**
 * What the directory says of a user at login (the LDAP realm's attributes on the security identity): names, the
 * display name and the mail address. Blank where the directory has nothing.
 */
public record DirectoryAttributes(String firstName, String lastName, String displayName, String email) {}
