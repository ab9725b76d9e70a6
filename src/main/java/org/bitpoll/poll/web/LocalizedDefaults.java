package org.bitpoll.poll.web;

import jakarta.faces.context.FacesContext;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.poll.domain.DefaultAnswers;

/** The four default answer values in the language of the current page, for a new poll or a copy. */
final class LocalizedDefaults {

    private LocalizedDefaults() {}

    static DefaultAnswers answers(FacesContext context) {
        return new DefaultAnswers(
                Texts.get(context, "answer.yes"),
                Texts.get(context, "answer.no"),
                Texts.get(context, "answer.maybe"),
                Texts.get(context, "answer.ratherNot"));
    }
}
