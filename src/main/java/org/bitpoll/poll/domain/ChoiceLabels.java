package org.bitpoll.poll.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The group path of a free-text option: {@code "Lunch/Mon"} is the option "Mon" in the group "Lunch".
 * A backslash escapes the next character, so {@code "A\/B"} is the single label "A/B" and {@code "\\"} a
 * backslash; a trailing lone backslash is kept.
 */
public final class ChoiceLabels {

    private ChoiceLabels() {}

    /** The path of a text: its parts split at unescaped slashes, empty parts dropped, then each part trimmed. */
    public static List<String> path(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(text.charAt(++i));
            } else if (c == '/') {
                addNonEmpty(parts, part);
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        addNonEmpty(parts, part);
        return parts;
    }

    private static void addNonEmpty(List<String> parts, StringBuilder part) {
        if (part.length() > 0) {
            parts.add(part.toString().strip());
        }
    }
}
