package org.bitpoll.poll.domain;

import java.util.List;

/**
 * The icons an answer value may have: PrimeIcons names (without the {@code pi-} prefix), each checked to exist in
 * the primeicons.css of the PrimeFaces version in use. The four defaults come first.
 */
public final class AnswerIcons {

    /** Every offered icon, in the order the editor shows them. */
    public static final List<String> ALL = List.of(
            "check",
            "ban",
            "question",
            "thumbs-down",
            "thumbs-up",
            "thumbs-up-fill",
            "thumbs-down-fill",
            "times",
            "star",
            "star-fill",
            "heart",
            "heart-fill",
            "circle",
            "circle-fill",
            "sun",
            "moon",
            "clock",
            "calendar",
            "home",
            "flag",
            "bolt",
            "exclamation-triangle",
            "face-smile",
            "lightbulb");

    private AnswerIcons() {}

    public static boolean isOffered(String icon) {
        return ALL.contains(icon);
    }
}
