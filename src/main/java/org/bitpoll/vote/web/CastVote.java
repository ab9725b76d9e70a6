package org.bitpoll.vote.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.faces.PollPage;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.metrics.Metrics;
import org.bitpoll.platform.security.Secret;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.text.Markdown;
import org.bitpoll.platform.web.ClientAddress;
import org.bitpoll.platform.web.Routes;
import org.bitpoll.platform.web.Urls;
import org.bitpoll.platform.web.VisitorZone;
import org.bitpoll.poll.domain.AnswerValue;
import org.bitpoll.poll.domain.Choice;
import org.bitpoll.poll.domain.OptionPaths;
import org.bitpoll.poll.domain.Poll;
import org.bitpoll.vote.application.VoteLimits;
import org.bitpoll.vote.application.VoteService;
import org.bitpoll.vote.domain.Ballot;
import org.bitpoll.vote.domain.Vote;
import org.bitpoll.vote.domain.VoteCell;

/**
 * The vote page: cast a new vote ({@code /poll/<slug>/vote/}) or change or delete one
 * ({@code /poll/<slug>/vote/<id>/edit/}). The answers are plain radio groups named {@code ballot:<option id>}
 * (keyboard-operable, one request parameter per option, as in the reference); name, anonymity and comment are
 * Faces inputs. A broken rule re-shows the form with everything that was entered.
 */
@Named
@ViewScoped
public class CastVote implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PARAMETER = "ballot:";
    static final String COMMENT_PARAMETER = "ballot-comment:";
    private static final Map<Ballot.OptionProblem, String> PROBLEM_TEXTS = Map.of(
            Ballot.OptionProblem.UNANSWERED, "vote.option.unanswered",
            Ballot.OptionProblem.COMMENT_WITHOUT_ANSWER, "vote.option.commentWithoutAnswer");
    /** The flash entry that carries a guest vote's edit link to the poll page (shown once). */
    static final String EDIT_LINK = "voteEditLink";

    /** One option of the form and what is chosen for it. */
    public static final class OptionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long choiceId;
        private final String label;
        private Long valueId;
        private String comment;
        private String problem;

        OptionRow(Long choiceId, String label) {
            this.choiceId = choiceId;
            this.label = label;
        }

        public Long getChoiceId() {
            return choiceId;
        }

        public String getLabel() {
            return label;
        }

        public Long getValueId() {
            return valueId;
        }

        public String getComment() {
            return comment;
        }

        /** Why a refused vote marks this option (translated), or null. */
        public String getProblem() {
            return problem;
        }
    }

    /** An answer a voter can give. */
    public record ValueOption(Long id, String title, String icon, String color) implements Serializable {}

    @Inject
    private VoteService votes;

    @Inject
    private Visitors visitors;

    @Inject
    private Settings settings;

    @Inject
    private ViewerZone viewerZone;

    @Inject
    private VisitorZone visitorZone;

    @Inject
    private Clock clock;

    @Inject
    private VoteLimits limits;

    @Inject
    private Metrics metrics;

    private String slug;
    private Long voteId;
    private PollHeader header;
    private String descriptionHtml;
    private boolean anonymousAllowed;
    private boolean voteAll;
    private boolean ready;
    private boolean nameFixed;
    private boolean hadDeletedValues;
    private List<OptionRow> options = List.of();
    private List<ValueOption> values = List.of();
    private String name;
    private boolean anonymous;
    private String comment;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        HttpServletRequest request =
                (HttpServletRequest) context.getExternalContext().getRequest();
        slug = PollPage.slug(context);
        voteId = (Long) request.getAttribute(Routes.VOTE_ID);
        // the header first: it shows, with the poll's state, also when voting is refused
        Poll shown = votes.getPoll(slug);
        ZoneId zone = viewerZone.displayZone(shown);
        header = PollHeader.of(shown, zone, context.getViewRoot().getLocale(), clock.instant());
        if (!visitorZone.followsBrowser()) {
            header = header.withoutZoneCheck();
        }
        Poll poll;
        Map<Long, VoteCell> cells = new HashMap<>();
        if (voteId == null && shown.isRequireLogin() && !visitors.current().isLoggedIn()) {
            // a guest logs in first and comes back to this form
            Redirects.to(context, Urls.login(Urls.cast(slug)));
            return;
        }
        if (voteId == null) {
            poll = votes.getPollToVote(slug, visitors.current());
            nameFixed = visitors.current().isLoggedIn();
            name = nameFixed ? visitors.current().displayName() : null;
        } else {
            VoteService.VoteToChange toChange = votes.getVoteToChange(slug, voteId, visitors.current());
            poll = toChange.poll();
            Vote vote = toChange.vote();
            vote.getCells().forEach(cell -> cells.put(cell.getChoiceId(), cell));
            nameFixed = vote.getAccountId() != null;
            name = vote.getName();
            anonymous = vote.isAnonymous();
            comment = vote.getComment();
        }
        descriptionHtml = Markdown.toSafeHtml(poll.getDescription());
        anonymousAllowed = poll.isAnonymousAllowed();
        voteAll = poll.isVoteAll();
        Map<Long, AnswerValue> deletedValues = new HashMap<>();
        List<ValueOption> offered = new ArrayList<>();
        for (AnswerValue value : poll.getAnswerValues()) {
            if (value.isDeleted()) {
                deletedValues.put(value.getId(), value);
            } else {
                offered.add(new ValueOption(value.getId(), value.getTitle(), value.getIcon(), value.getColor()));
            }
        }
        values = offered;
        DateTimeFormatter dayFormat = PollPage.dayFormat(context);
        List<List<String>> paths = OptionPaths.of(poll, zone, dayFormat);
        List<Choice> active = poll.activeChoices();
        List<OptionRow> rows = new ArrayList<>(active.size());
        for (int i = 0; i < active.size(); i++) {
            OptionRow row = new OptionRow(active.get(i).getId(), String.join(" · ", paths.get(i)));
            VoteCell cell = cells.get(row.choiceId);
            if (cell != null) {
                if (deletedValues.containsKey(cell.getValueId())) {
                    hadDeletedValues = true;
                } else {
                    row.valueId = cell.getValueId();
                }
                row.comment = cell.getComment();
            }
            rows.add(row);
        }
        options = rows;
        ready = true;
    }

    /** Casts the vote, or saves the changed one, and goes back to the poll. */
    public void save() {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        Ballot ballot = readBallot(external.getRequestParameterMap());
        limits.consume(ClientAddress.of((HttpServletRequest) external.getRequest()), slug);
        if (voteId == null) {
            VoteService.Cast cast = votes.castVote(slug, visitors.current(), ballot);
            metrics.voteCast();
            if (cast.editToken() != null) {
                Secret.VOTE_EDIT.remember(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        cast.voteId(),
                        cast.editToken());
                external.getFlash().put(EDIT_LINK, settings.getBaseUrl() + Urls.editLink(cast.editToken()));
            }
            Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.vote.recorded");
        } else {
            votes.changeVote(slug, voteId, visitors.current(), ballot);
            metrics.voteChanged();
            Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.vote.changed");
        }
        Redirects.to(context, Urls.view(slug));
    }

    public void delete() {
        votes.deleteVote(slug, voteId, visitors.current());
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "message.vote.deleted");
        Redirects.to(context, Urls.view(slug));
    }

    /** Reads the radio groups and cell comments, keeping them in the rows so a refused form shows them again. */
    private Ballot readBallot(Map<String, String> parameters) {
        Map<Long, Ballot.Answer> answers = new HashMap<>();
        for (OptionRow row : options) {
            String chosen = parameters.get(PARAMETER + row.choiceId);
            String cellComment = parameters.get(COMMENT_PARAMETER + row.choiceId);
            row.comment = cellComment;
            row.valueId = null;
            if (chosen != null && !chosen.isBlank()) {
                try {
                    row.valueId = Long.valueOf(chosen.strip());
                } catch (NumberFormatException e) {
                    throw new NotFoundException();
                }
            }
            answers.put(row.choiceId, new Ballot.Answer(row.valueId, cellComment));
        }
        for (String parameter : parameters.keySet()) {
            if (parameter.startsWith(PARAMETER)
                    && options.stream().noneMatch(row -> parameter.equals(PARAMETER + row.choiceId))) {
                throw new NotFoundException();
            }
        }
        Ballot ballot = new Ballot(name, anonymous, comment, answers);
        markProblems(ballot);
        return ballot;
    }

    /**
     * Marks each option the vote will refuse, by the rule the vote checks ({@link Ballot#problems}), so a refused
     * form says at every option what is missing; the vote itself says it once at the top.
     */
    private void markProblems(Ballot ballot) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<Long, Ballot.OptionProblem> problems =
                ballot.problems(options.stream().map(OptionRow::getChoiceId).toList(), voteAll);
        for (OptionRow row : options) {
            Ballot.OptionProblem problem = problems.get(row.choiceId);
            row.problem = problem == null ? null : Texts.get(context, PROBLEM_TEXTS.get(problem));
        }
    }

    public String getSlug() {
        return slug;
    }

    public Long getVoteId() {
        return voteId;
    }

    public boolean isEditing() {
        return voteId != null;
    }

    public PollHeader getHeader() {
        return header;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public boolean isVoteAll() {
        return voteAll;
    }

    public boolean isReady() {
        return ready;
    }

    public boolean isHadDeletedValues() {
        return hadDeletedValues;
    }

    /** Whether the name is fixed: a logged-in voter's, or that of a vote linked to an account; guests may correct theirs. */
    public boolean isNameFixed() {
        return nameFixed;
    }

    public List<OptionRow> getOptions() {
        return options;
    }

    public List<ValueOption> getValues() {
        return values;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        if (!nameFixed) {
            this.name = name;
        }
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
