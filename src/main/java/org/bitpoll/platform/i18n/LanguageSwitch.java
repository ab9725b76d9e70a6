package org.bitpoll.platform.i18n;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Cookies;
import org.bitpoll.platform.web.LocalPath;

/**
 * {@code GET /language/de?next=/poll/x/}: remembers the language in a cookie for a year, and for a logged-in
 * person in their account too (the account's language is theirs on every device), and goes back to the page (only
 * paths of this site are followed, never another host; anything else goes to the start page).
 */
@WebServlet("/language/*")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Visitors visitors;

    @Inject
    private AccountPreferences accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String code = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Locale locale = Languages.supported(code);
        if (locale == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Cookies.remember(request, response, Languages.COOKIE, locale.getLanguage());
        Visitor visitor = visitors.current();
        if (visitor.isLoggedIn()) {
            accounts.changeLanguage(visitor.accountId(), locale);
        }
        response.sendRedirect(request.getContextPath() + LocalPath.orHome(request.getParameter("next")));
    }
}
