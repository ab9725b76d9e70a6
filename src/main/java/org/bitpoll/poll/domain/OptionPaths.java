package org.bitpoll.poll.domain;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The group path of each active option, the input of the {@link HeaderMatrix}: the text's groups for free-text
 * polls, the day for date polls (always in UTC, so everyone sees the same day), and day then time for date-time
 * polls, in the zone they are shown in.
 */
public final class OptionPaths {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private OptionPaths() {}

    public static List<List<String>> of(Poll poll, ZoneId displayZone, DateTimeFormatter dayFormat) {
        List<Choice> active = poll.activeChoices();
        List<List<String>> paths = new ArrayList<>(active.size());
        for (Choice choice : active) {
            paths.add(
                    switch (poll.getType()) {
                        case UNIVERSAL -> ChoiceLabels.path(choice.getText());
                        case DATE -> List.of(dayFormat.format(choice.getDate().atZone(ZoneOffset.UTC)));
                        case DATETIME -> {
                            ZonedDateTime time = choice.getDate().atZone(displayZone);
                            yield List.of(dayFormat.format(time), TIME.format(time));
                        }
                    });
        }
        return paths;
    }
}
