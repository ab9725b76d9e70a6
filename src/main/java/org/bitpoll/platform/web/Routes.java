package org.bitpoll.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one route table: gives the pages of a poll, its management and its votes their readable addresses,
 * {@code /poll/<slug>/} and below (and the export {@code /poll/<slug>.csv}), and the mailed links of accounts,
 * {@code /register/<token>}, {@code /password-reset/<token>} and {@code /account/email/<token>}, and a group's page,
 * {@code /groups/<id>/} (beside the groups home {@code /groups/}), by forwarding to
 * the view files of the features; {@link Urls} builds the same addresses. Forms post back to the same address (see
 * {@code BitpollViewHandler}). Any other path under {@code /poll/}, the view files themselves included, is a 404.
 * Mapped in web.xml (after the statement probe).
 */
public class Routes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute that carries the URL name to the page bean. */
    public static final String SLUG = "bitpoll.slug";
    /** The request attribute that carries a vote id of the address to the page bean. */
    public static final String VOTE_ID = "bitpoll.voteId";

    private static final Pattern CSV_ROUTE = Pattern.compile("/poll/([a-zA-Z0-9_-]{1,80})\\.csv");
    /** The servlet the CSV export is forwarded to; it answers 404 when reached directly. */
    public static final String CSV_EXPORT = "/export/poll.csv";

    /** The request attribute that carries the token of a mailed link to the page bean. */
    public static final String TOKEN = "bitpoll.token";

    /** A token's shape: its content and its 43-character signature, both Base64url (see LinkSigner). */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,2000}\\.[A-Za-z0-9_-]{43}");

    private static final Map<String, String> TOKEN_VIEWS = Map.of(
            "/register/", "/register/create.xhtml",
            "/password-reset/", "/password-reset/reset.xhtml",
            "/account/email/", "/account/email/confirm.xhtml");

    /** The request attribute that carries the group id of the address to the page bean. */
    public static final String GROUP_ID = "bitpoll.groupId";

    private static final String GROUPS = "/groups/";
    private static final Pattern GROUP_ROUTE = Pattern.compile("([0-9]{1,18})(/?)");
    private static final String GROUP_VIEW = "/groups/group.xhtml";

    private static final Pattern VOTE_ROUTE = Pattern.compile("/vote/([0-9]{1,18})/(edit|assign)/");

    private static final Pattern ROUTE = Pattern.compile("/poll/([a-zA-Z0-9_-]{1,80})(/.*)?");
    private static final Map<String, String> VIEWS = Map.ofEntries(
            Map.entry("/", "/poll/view.xhtml"),
            Map.entry("/vote/", "/vote/cast.xhtml"),
            Map.entry("/edit/choices/", "/poll/choices.xhtml"),
            Map.entry("/edit/choices/universal/", "/poll/choices-universal.xhtml"),
            Map.entry("/edit/choices/date/", "/poll/choices-date.xhtml"),
            Map.entry("/edit/choices/dateTime/", "/poll/choices-datetime.xhtml"),
            Map.entry("/settings/", "/poll/settings.xhtml"),
            Map.entry("/edit/values/", "/poll/values.xhtml"),
            Map.entry("/copy/", "/poll/copy.xhtml"),
            Map.entry("/invitations/", "/poll/invitations.xhtml"),
            Map.entry("/delete/", "/poll/delete.xhtml"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Map.Entry<String, String> tokenRoute : TOKEN_VIEWS.entrySet()) {
            if (path.startsWith(tokenRoute.getKey())) {
                routeToken(
                        path.substring(tokenRoute.getKey().length()), tokenRoute.getValue(), request, response, chain);
                return;
            }
        }
        if (path.startsWith(GROUPS)) {
            routeGroup(path.substring(GROUPS.length()), request, response, chain);
            return;
        }
        Matcher csv = CSV_ROUTE.matcher(path);
        if (csv.matches()) {
            request.setAttribute(SLUG, csv.group(1));
            request.getRequestDispatcher(CSV_EXPORT).forward(request, response);
            return;
        }
        Matcher matcher = ROUTE.matcher(path);
        if (!matcher.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String rest = matcher.group(2);
        if (rest == null) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + path + "/");
            return;
        }
        String view = VIEWS.get(rest);
        Matcher vote = VOTE_ROUTE.matcher(rest);
        if (view == null && vote.matches()) {
            request.setAttribute(VOTE_ID, Long.valueOf(vote.group(1)));
            view = "/vote/" + vote.group(2) + ".xhtml";
        }
        if (view == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.setAttribute(SLUG, matcher.group(1));
        request.getRequestDispatcher(view).forward(request, response);
    }

    /** The groups home (the folder's welcome file), a group's page by its id, or a 404. */
    private static void routeGroup(
            String rest, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher group = GROUP_ROUTE.matcher(rest);
        if (rest.isEmpty() || rest.equals("index.xhtml")) {
            chain.doFilter(request, response);
        } else if (group.matches() && group.group(2).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + GROUPS + rest + "/");
        } else if (group.matches()) {
            request.setAttribute(GROUP_ID, Long.valueOf(group.group(1)));
            request.getRequestDispatcher(GROUP_VIEW).forward(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The folder's own page (its welcome file), a token's page, or a 404. */
    private static void routeToken(
            String rest, String view, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (rest.isEmpty() || rest.equals("index.xhtml")) {
            chain.doFilter(request, response);
        } else if (TOKEN_SHAPE.matcher(rest).matches()) {
            request.setAttribute(TOKEN, rest);
            request.getRequestDispatcher(view).forward(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
