package org.bitpoll.account.domain;

/**
 * An active account as the user autocomplete offers it (F36): its id, user name, first and last name, and the
 * name it shows ({@link #displayName()} follows {@link Account#displayName()}).
 */
public record UserSuggestion(Long id, String username, String firstName, String lastName, String chosenDisplayName) {

    public UserSuggestion {
        firstName = firstName == null ? "" : firstName;
        lastName = lastName == null ? "" : lastName;
        chosenDisplayName = chosenDisplayName == null ? "" : chosenDisplayName;
    }

    /** The chosen display name, else "first name (username)", as the account shows itself. */
    public String displayName() {
        if (!chosenDisplayName.isEmpty()) {
            return chosenDisplayName;
        }
        return firstName + " (" + username + ")";
    }

    /** What a suggestion list shows: full name and user name, or the user name alone. */
    public String label() {
        String fullName = (firstName + " " + lastName).strip();
        return fullName.isEmpty() ? username : fullName + " (" + username + ")";
    }
}
