package org.bitpoll.group.domain;

import java.util.Arrays;
import java.util.List;

/** The user names typed into the invite field: separated by commas or blanks, each once, in the order typed. */
public final class Invitees {

    private Invitees() {}

    public static List<String> parse(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,\\s]+"))
                .filter(name -> !name.isEmpty())
                .distinct()
                .toList();
    }
}
