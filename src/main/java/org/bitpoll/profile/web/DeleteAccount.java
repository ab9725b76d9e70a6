package org.bitpoll.profile.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.poll.domain.PollRepository.Owned;
import org.bitpoll.profile.application.ProfileService;

/**
 * The confirmation page {@code /account/delete/}: lists the polls only this person owns, which go with the
 * account, says that their votes stay anonymised, and deletes on a button. The polls deleted are exactly the ones
 * listed (if that changed meanwhile, the page says so and lists them anew). Then the person is logged out, the
 * session is invalidated, and a page says the account is gone. A guest is sent to the login page first.
 */
@Named
@ViewScoped
public class DeleteAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileService profiles;

    @Inject
    private Visitors visitors;

    private List<Owned> polls = List.of();

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!visitors.current().isLoggedIn()) {
            Redirects.toLogin(context);
            return;
        }
        polls = profiles.pollsDeletedWithAccount(visitors.current());
    }

    public void delete() throws ServletException {
        Set<Long> confirmed = new HashSet<>();
        polls.forEach(poll -> confirmed.add(poll.id()));
        try {
            profiles.deleteAccount(visitors.current(), confirmed);
        } catch (RuleViolation changed) {
            polls = profiles.pollsDeletedWithAccount(visitors.current());
            throw changed;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Redirects.to(context, "/account/deleted/");
    }

    public List<Owned> getPolls() {
        return polls;
    }
}
