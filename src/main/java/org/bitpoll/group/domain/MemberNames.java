package org.bitpoll.group.domain;

/** How the groups pages name a person, as the reference does: "Full Name (username)", or the user name alone. */
public final class MemberNames {

    private MemberNames() {}

    public static String label(String firstName, String lastName, String username) {
        String full = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip()))
                .strip();
        return full.isEmpty() ? username : full + " (" + username + ")";
    }
}
