package org.bitpoll.comment.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.bitpoll.comment.application.CommentService;
import org.bitpoll.comment.domain.Challenges;
import org.bitpoll.comment.domain.Comment;
import org.bitpoll.comment.domain.CommentDraft;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.faces.PollPage;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitor;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.text.Markdown;
import org.bitpoll.platform.web.ClientAddress;
import org.bitpoll.platform.web.VisitorZone;

/**
 * The comments under the results of the poll page (F23): the list, the form for a new comment, and each comment's
 * edit and delete forms. For guests the poll page is a transient view (readers get no HTTP session), so this bean
 * is request-scoped and its forms post back statelessly: what a post concerns travels in the post itself (the
 * comment's id in its own form, a guest's signed question in a hidden field), never in a session. A guest is
 * shown a new question on every rendering, so a refused post asks a new one.
 */
@Named
@RequestScoped
public class CommentOnPoll {

    /** The request parameters of the forms that Faces does not bind. */
    static final String CHALLENGE_PARAMETER = "commentChallenge";

    static final String ID_PARAMETER = "commentId";
    static final String EDITED_TEXT_PARAMETER = "editedText";
    /** The browser's time zone, as the poll page's times use it (cookie set by bitpoll.js). */

    /** A comment as shown: author, date in the viewer's zone, sanitised HTML, raw text to edit, what is allowed. */
    public record Shown(
            Long id, String author, String date, String html, String text, boolean editable, boolean deletable) {}

    @Inject
    private CommentService comments;

    @Inject
    private Visitors visitors;

    @Inject
    private HttpServletRequest request;

    @Inject
    private VisitorZone visitorZone;

    private String slug;
    private Long pollId;
    private ZoneId zone;
    private boolean open;
    private List<Shown> shown;
    private Challenges.Question question;
    private String name;
    private String text;
    private String answer;

    @PostConstruct
    void load() {
        slug = PollPage.slug(FacesContext.getCurrentInstance());
        refresh();
        question = open && !visitor().isLoggedIn() ? comments.newQuestion(pollId) : null;
    }

    private Visitor visitor() {
        return visitors.current();
    }

    private void refresh() {
        CommentService.Discussion discussion = comments.discussion(slug, visitor());
        pollId = discussion.poll().getId();
        open = discussion.open();
        zone = visitorZone.zone().orElse(discussion.poll().zone());
        FacesContext context = FacesContext.getCurrentInstance();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(context.getViewRoot().getLocale())
                .withZone(zone);
        shown = discussion.comments().stream()
                .map(listed -> new Shown(
                        listed.comment().id(),
                        listed.comment().author(),
                        format.format(listed.comment().created()),
                        Markdown.toSafeHtml(listed.comment().text()),
                        listed.comment().text(),
                        listed.editable(),
                        listed.deletable()))
                .toList();
    }

    public void add() {
        Map<String, String> parameters = parameters();
        String postedAnswer = answer;
        answer = null;
        comments.add(
                slug,
                visitor(),
                new CommentDraft(name, text, parameters.get(CHALLENGE_PARAMETER), postedAnswer),
                ClientAddress.of(request),
                zone);
        text = null;
        refresh();
        saved("comment.saved");
    }

    public void edit() {
        Map<String, String> parameters = parameters();
        comments.edit(slug, commentId(parameters), visitor(), parameters.get(EDITED_TEXT_PARAMETER));
        refresh();
        saved("comment.changed");
    }

    public void delete() {
        comments.delete(slug, commentId(parameters()), visitor());
        refresh();
        saved("comment.deleted");
    }

    private static Map<String, String> parameters() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    /** The posted comment id; one that is no number is no comment of this poll either. */
    private static Long commentId(Map<String, String> parameters) {
        String id = parameters.get(ID_PARAMETER);
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw new NotFoundException();
        }
        return Long.valueOf(id);
    }

    private static void saved(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, Texts.message(context, FacesMessage.SEVERITY_INFO, key));
    }

    /** Whether the poll takes comments now. */
    public boolean isOpen() {
        return open;
    }

    public List<Shown> getComments() {
        return shown;
    }

    /** The guest's question ({@code "3 × 7"}) and its token; null for a logged-in visitor. */
    public Challenges.Question getQuestion() {
        return question;
    }

    public boolean isLoggedIn() {
        return visitor().isLoggedIn();
    }

    public String getDisplayName() {
        return visitor().displayName();
    }

    public int getMaxNameLength() {
        return Comment.MAX_NAME_LENGTH;
    }

    public int getMaxTextLength() {
        return Comment.MAX_TEXT_LENGTH;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
