package org.bitpoll.poll.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.security.Secret;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.poll.application.PollService;

/**
 * After a poll was made without login (created or copied): this browser remembers its management token, and the
 * page after the redirect shows the management link once ({@code includes/poll/management-link.xhtml}).
 */
final class ManagementLinkFlash {

    /** The flash entry that carries the management link to the page after the redirect. */
    static final String MANAGEMENT_LINK = "managementLink";

    private ManagementLinkFlash() {}

    static void showOnce(FacesContext context, Settings settings, PollService.Created created) {
        if (created.managementToken() == null) {
            return;
        }
        Secret.MANAGEMENT.remember(
                (HttpServletRequest) context.getExternalContext().getRequest(),
                (HttpServletResponse) context.getExternalContext().getResponse(),
                created.pollId(),
                created.managementToken());
        context.getExternalContext()
                .getFlash()
                .put(MANAGEMENT_LINK, settings.getBaseUrl() + Urls.managementLink(created.managementToken()));
    }
}
