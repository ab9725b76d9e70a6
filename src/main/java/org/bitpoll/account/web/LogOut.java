package org.bitpoll.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code POST /logout}, the header menu's button: ends the login and the session, then the start page. Only POST
 * (a link or an image on another page cannot log anyone out; the post must come from this site, see
 * platform.web.CrossSiteRequests); a GET is answered 405.
 */
@WebServlet("/logout")
public class LogOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient SignIn signIn;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signIn.signOut();
        response.sendRedirect(request.getContextPath() + "/");
    }
}
