package org.bitpoll.poll.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bitpoll.account.domain.Account;
import org.bitpoll.platform.error.ForbiddenException;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.error.RuleViolation;
import org.bitpoll.platform.persistence.BaseEntity;
import org.bitpoll.platform.persistence.InstantConverter;

/**
 * A poll: a question with options (its choices) and the answers a voter may give for each (its answer values).
 *
 * <p>Lifecycle: created with four default answer values and no options, then given options by one of the three
 * editors (free text, dates, dates with times). Options and answer values are only ever soft-deleted, so votes
 * already cast keep them.
 *
 * <p>Invariants: the URL name is unique and matches {@code [a-zA-Z0-9_-]{1,80}}; the title has 1 to 80
 * characters; at most {@link #MAX_CHOICES} options are active and at most {@link #MAX_ANSWER_VALUES} answer values
 * exist; a poll created without login carries the hash of its management key, and only the owner, owning-group
 * members, site administrators and holders of that key may manage it. A poll always has an owner account, an
 * owning group or a management key, so someone besides the site administrators can manage it.
 *
 * <p>Ownership (F2 with product decision 1): a logged-in creator owns the poll; a logged-in holder of the
 * management link may claim a poll nobody owns ({@link #claim}); a logged-in manager hands the poll to another
 * account or to one of their groups ({@link #handOver}), and retires the management link of an owned poll
 * ({@link #retireManagementLink}).
 *
 * <p>Managers change its settings ({@link #changeSettings}; a new time zone keeps the wall-clock times of a
 * date-time poll), edit its answer values, close and reopen it, and copy it ({@link #copyOwnedBy},
 * {@link #copyWithManagementKey}). A poll is deleted as a whole; the database removes what belongs to it.
 */
@Entity
@Table(name = "poll")
@SequenceGenerator(name = "poll_seq", sequenceName = "poll_seq", allocationSize = 50)
@NamedQuery(name = "Poll.findBySlug", query = "SELECT p FROM Poll p WHERE p.slug = :slug")
@NamedQuery(name = "Poll.countBySlug", query = "SELECT COUNT(p) FROM Poll p WHERE p.slug = :slug")
@NamedQuery(name = "Poll.findByManagementKeyHash", query = "SELECT p FROM Poll p WHERE p.managementKeyHash = :hash")
@NamedQuery(
        name = "Poll.findPublic",
        query = "SELECT p.slug, p.title FROM Poll p WHERE p.publicListed = TRUE ORDER BY p.created DESC")
@NamedQuery(name = "Poll.count", query = "SELECT COUNT(p) FROM Poll p")
@NamedQuery(name = "Poll.deleteById", query = "DELETE FROM Poll p WHERE p.id = :id")
@NamedQuery(
        name = "Poll.search",
        query = "SELECT p.slug, p.title, p.created, o FROM Poll p LEFT JOIN p.owner o WHERE " + Poll.MATCHES
                + " ORDER BY p.created DESC, p.id DESC")
@NamedQuery(name = "Poll.countSearch", query = "SELECT COUNT(p) FROM Poll p LEFT JOIN p.owner o WHERE " + Poll.MATCHES)
@NamedQuery(
        name = "Poll.ownedBy",
        query = "SELECT p.id, p.slug, p.title, p.ownerGroupId, p.managementKeyHash FROM Poll p"
                + " WHERE p.owner.id = :accountId"
                + " ORDER BY p.title, p.id")
@NamedQuery(name = "Poll.deleteAll", query = "DELETE FROM Poll p WHERE p.id IN :ids")
public class Poll extends BaseEntity {

    /** The admin search's condition: the title, the URL name or a name of the owner contains the pattern. */
    static final String MATCHES = "LOWER(p.title) LIKE :pattern ESCAPE '!' OR LOWER(p.slug) LIKE :pattern ESCAPE '!'"
            + " OR LOWER(o.username) LIKE :pattern ESCAPE '!' OR LOWER(o.firstName) LIKE :pattern ESCAPE '!'"
            + " OR LOWER(o.displayName) LIKE :pattern ESCAPE '!'";

    /** Longest title. */
    public static final int MAX_TITLE_LENGTH = 80;
    /** Most active options a poll may have: enough for five time slots on forty days. */
    public static final int MAX_CHOICES = 200;
    /** Most answer values a poll may have, deleted ones included. */
    public static final int MAX_ANSWER_VALUES = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "poll_seq")
    private Long id;

    @Column(name = "title", nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "url", nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug;

    @Column(name = "poll_type", nullable = false, length = 20)
    private String type;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created", nullable = false)
    private Instant created;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "owner_id")
    private Account owner;

    @Column(name = "group_id")
    private Long ownerGroupId;

    @Column(name = "management_key_hash", length = 64)
    private String managementKeyHash;

    @Convert(converter = InstantConverter.class)
    @Column(name = "due_date")
    private Instant dueDate;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    @Column(name = "anonymous_allowed", nullable = false)
    private boolean anonymousAllowed;

    @Column(name = "public_listening", nullable = false)
    private boolean publicListed;

    @Column(name = "require_login", nullable = false)
    private boolean requireLogin;

    @Column(name = "require_invitation", nullable = false)
    private boolean requireInvitation;

    @Column(name = "show_results", nullable = false, length = 20)
    private String showResults;

    @Column(name = "one_vote_per_user", nullable = false)
    private boolean oneVotePerUser;

    @Column(name = "allow_unauthenticated_vote_changes", nullable = false)
    private boolean allowUnauthenticatedVoteChanges;

    @Column(name = "allow_comments", nullable = false)
    private boolean allowComments;

    @Column(name = "show_invitations", nullable = false)
    private boolean showInvitations;

    @Column(name = "timezone_name", nullable = false, length = 40)
    private String timeZone;

    @Column(name = "use_user_timezone", nullable = false)
    private boolean useUserTimeZone;

    @Column(name = "vote_all", nullable = false)
    private boolean voteAll;

    @Column(name = "sorting", nullable = false)
    private int sorting;

    @Column(name = "hide_participants", nullable = false)
    private boolean hideParticipants;

    @Column(name = "show_score_in_summary", nullable = false)
    private boolean showScoreInSummary;

    /** When the owner was last warned by mail that the poll will be deleted ({@link Retention}); null: never. */
    @Convert(converter = InstantConverter.class)
    @Column(name = "retention_warned_at")
    private Instant retentionWarnedAt;

    /**
     * The version of what the results grid shows, raised in the database by every change of votes, options, answer
     * values or settings ({@link PollRepository#touchResults}), never written through the entity.
     */
    @Column(name = "results_version", insertable = false, updatable = false)
    private long resultsVersion;

    @OneToMany(mappedBy = "poll", cascade = CascadeType.ALL)
    @OrderBy("sortKey ASC, id ASC")
    private List<Choice> choices = new ArrayList<>();

    @OneToMany(mappedBy = "poll", cascade = CascadeType.ALL)
    @OrderBy("weight DESC, title ASC")
    private List<AnswerValue> answerValues = new ArrayList<>();

    protected Poll() {}

    private Poll(NewPoll spec, Account owner, String managementKeyHash, Instant now) {
        this.title = spec.title();
        this.description = spec.description();
        this.slug = spec.slug();
        this.type = spec.type().code();
        this.created = Objects.requireNonNull(now);
        this.owner = owner;
        this.managementKeyHash = managementKeyHash;
        this.dueDate = spec.dueDate();
        this.timeZone = spec.timeZone().getId();
        this.anonymousAllowed = spec.anonymousAllowed();
        this.requireLogin = spec.requireLogin();
        this.requireInvitation = spec.requireInvitation();
        this.allowUnauthenticatedVoteChanges = spec.allowUnauthenticatedVoteChanges();
        this.oneVotePerUser = spec.oneVotePerUser();
        this.voteAll = spec.voteAll();
        this.publicListed = spec.publicListed();
        this.showResults = ResultVisibility.COMPLETE.code();
        this.allowComments = true;
        this.showInvitations = true;
    }

    /** A poll owned by a logged-in account, with the default answer values. */
    public static Poll createOwned(NewPoll spec, Account owner, DefaultAnswers answers, Instant now) {
        Poll poll = new Poll(spec, Objects.requireNonNull(owner), null, now);
        answers.addTo(poll);
        return poll;
    }

    /** A poll created without login: only holders of the key behind {@code managementKeyHash} manage it. */
    public static Poll createWithManagementKey(
            NewPoll spec, String managementKeyHash, DefaultAnswers answers, Instant now) {
        Poll poll = new Poll(spec, null, Objects.requireNonNull(managementKeyHash), now);
        answers.addTo(poll);
        return poll;
    }

    void addAnswerValue(String title, String icon, String color, BigDecimal weight) {
        answerValues.add(new AnswerValue(this, title, icon, color, weight));
        sortAnswerValues();
    }

    /** Adds an answer value; refused beyond {@link #MAX_ANSWER_VALUES}. */
    public AnswerValue addAnswerValue(AnswerValueDraft draft) {
        if (answerValues.size() >= MAX_ANSWER_VALUES) {
            throw new RuleViolation(PollRule.TOO_MANY_ANSWER_VALUES, String.valueOf(MAX_ANSWER_VALUES));
        }
        AnswerValue value = new AnswerValue(this, draft);
        answerValues.add(value);
        sortAnswerValues();
        return value;
    }

    /** The answer value with this id; not found unless it belongs to this poll (product decision 3). */
    public AnswerValue answerValue(Long valueId) {
        if (valueId == null) {
            throw new NotFoundException();
        }
        return answerValues.stream()
                .filter(value -> valueId.equals(value.getId()))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    public void editAnswerValue(Long valueId, AnswerValueDraft draft) {
        answerValue(valueId).change(draft);
        sortAnswerValues();
    }

    /** Soft-deletes an answer value: voters no longer get it, votes that used it keep it. */
    public void deleteAnswerValue(Long valueId) {
        answerValue(valueId).delete();
    }

    public void restoreAnswerValue(Long valueId) {
        answerValue(valueId).restore();
    }

    private void sortAnswerValues() {
        answerValues.sort(
                Comparator.comparing(AnswerValue::getWeight).reversed().thenComparing(AnswerValue::getTitle));
    }

    /** The current settings, the due date as a wall-clock time in the poll's zone. */
    public PollSettings settings() {
        ZoneId zone = zone();
        EnumSet<PollFlag> flags = EnumSet.noneOf(PollFlag.class);
        addIf(flags, PollFlag.ALLOW_COMMENTS, allowComments);
        addIf(flags, PollFlag.ANONYMOUS_ALLOWED, anonymousAllowed);
        addIf(flags, PollFlag.REQUIRE_LOGIN, requireLogin);
        addIf(flags, PollFlag.REQUIRE_INVITATION, requireInvitation);
        addIf(flags, PollFlag.PUBLIC_LISTED, publicListed);
        addIf(flags, PollFlag.ALLOW_UNAUTHENTICATED_VOTE_CHANGES, allowUnauthenticatedVoteChanges);
        addIf(flags, PollFlag.ONE_VOTE_PER_USER, oneVotePerUser);
        addIf(flags, PollFlag.SHOW_INVITATIONS, showInvitations);
        addIf(flags, PollFlag.VOTE_ALL, voteAll);
        addIf(flags, PollFlag.HIDE_PARTICIPANTS, hideParticipants);
        addIf(flags, PollFlag.SHOW_SCORE_IN_SUMMARY, showScoreInSummary);
        addIf(flags, PollFlag.USE_USER_TIME_ZONE, useUserTimeZone);
        return new PollSettings(
                title,
                dueDate == null ? null : LocalDateTime.ofInstant(dueDate, zone),
                getShowResults(),
                zone,
                description,
                getSorting(),
                flags);
    }

    private static void addIf(Set<PollFlag> flags, PollFlag flag, boolean on) {
        if (on) {
            flags.add(flag);
        }
    }

    /**
     * Applies the settings page. When a date-time poll changes its zone, every option, deleted ones included,
     * keeps its wall-clock time in the new zone (F14); date polls (UTC days) and free-text polls keep their
     * options. The due date is read in the new zone.
     */
    public void changeSettings(PollSettings settings) {
        ZoneId oldZone = zone();
        ZoneId newZone = settings.timeZone();
        if (getType() == PollType.DATETIME && !oldZone.equals(newZone)) {
            choices.forEach(choice -> choice.reanchor(oldZone, newZone));
        }
        this.title = settings.title();
        this.dueDate = settings.dueDate() == null
                ? null
                : settings.dueDate().atZone(newZone).toInstant();
        this.showResults = settings.showResults().code();
        this.timeZone = newZone.getId();
        this.description = settings.description();
        this.sorting = settings.sorting().code();
        this.allowComments = settings.has(PollFlag.ALLOW_COMMENTS);
        this.anonymousAllowed = settings.has(PollFlag.ANONYMOUS_ALLOWED);
        this.requireLogin = settings.has(PollFlag.REQUIRE_LOGIN);
        this.requireInvitation = settings.has(PollFlag.REQUIRE_INVITATION);
        this.publicListed = settings.has(PollFlag.PUBLIC_LISTED);
        this.allowUnauthenticatedVoteChanges = settings.has(PollFlag.ALLOW_UNAUTHENTICATED_VOTE_CHANGES);
        this.oneVotePerUser = settings.has(PollFlag.ONE_VOTE_PER_USER);
        this.showInvitations = settings.has(PollFlag.SHOW_INVITATIONS);
        this.voteAll = settings.has(PollFlag.VOTE_ALL);
        this.hideParticipants = settings.has(PollFlag.HIDE_PARTICIPANTS);
        this.showScoreInSummary = settings.has(PollFlag.SHOW_SCORE_IN_SUMMARY);
        this.useUserTimeZone = settings.has(PollFlag.USE_USER_TIME_ZONE);
    }

    /** A manager stops the voting; closing a closed poll changes nothing. */
    public void close() {
        closed = true;
    }

    /**
     * A manager lets the poll take votes again. A due date that has passed at {@code now} is removed, since it
     * would keep the poll closed.
     */
    public void reopen(Instant now) {
        closed = false;
        if (dueDate != null && !now.isBefore(dueDate)) {
            dueDate = null;
        }
    }

    /** A copy owned by the logged-in account that makes it (see {@link #copy}). */
    public Poll copyOwnedBy(PollCopy request, Account copier, DefaultAnswers defaults, Instant now) {
        return copy(request, Objects.requireNonNull(copier), null, defaults, now);
    }

    /** A copy made without login, guarded by a new management key (see {@link #copy}). */
    public Poll copyWithManagementKey(
            PollCopy request, String managementKeyHash, DefaultAnswers defaults, Instant now) {
        return copy(request, null, Objects.requireNonNull(managementKeyHash), defaults, now);
    }

    /**
     * A new, open poll with every setting of this one but the requested title, URL name and due date, and its
     * own owner or key (the owning group is not copied). The due date and the options move by the date shift in
     * calendar days in the poll's zone, so wall-clock times survive DST changes; date polls move their days. Only
     * active options and answer values are copied; without the answer values the copy gets the four defaults.
     * Votes, comments and invitations are never copied.
     */
    private Poll copy(PollCopy request, Account newOwner, String keyHash, DefaultAnswers defaults, Instant now) {
        ZoneId zone = zone();
        int days = request.dateShiftDays();
        Instant due = request.dueDate() == null
                ? null
                : request.dueDate().plusDays(days).atZone(zone).toInstant();
        NewPoll spec = new NewPoll(
                getType(),
                request.title(),
                request.slug(),
                description,
                due,
                zone,
                anonymousAllowed,
                requireLogin,
                requireInvitation,
                allowUnauthenticatedVoteChanges,
                oneVotePerUser,
                voteAll,
                publicListed);
        Poll copy = new Poll(spec, newOwner, keyHash, now);
        copy.showResults = showResults;
        copy.allowComments = allowComments;
        copy.showInvitations = showInvitations;
        copy.useUserTimeZone = useUserTimeZone;
        copy.sorting = sorting;
        copy.hideParticipants = hideParticipants;
        copy.showScoreInSummary = showScoreInSummary;
        if (request.copyChoices()) {
            ZoneId dayZone = getType() == PollType.DATE ? ZoneOffset.UTC : zone;
            int sortKey = 0;
            for (Choice choice : activeChoices()) {
                Instant date = choice.getDate() == null
                        ? null
                        : choice.getDate().atZone(dayZone).plusDays(days).toInstant();
                copy.choices.add(new Choice(copy, choice.getText(), date, sortKey++));
            }
        }
        if (request.copyAnswerValues()) {
            answerValues.stream()
                    .filter(value -> !value.isDeleted())
                    .forEach(value -> copy.answerValues.add(value.copyTo(copy)));
        } else {
            defaults.addTo(copy);
        }
        return copy;
    }

    /**
     * Whether someone may change this poll's settings, options, answer values and invitations, or delete it: the
     * owner, a member of the owning group, a site administrator, or the holder of the management key.
     */
    public boolean canBeManagedBy(Manager manager) {
        if (manager.siteAdmin()) {
            return true;
        }
        if (owner != null && owner.getId().equals(manager.accountId())) {
            return true;
        }
        if (ownerGroupId != null && manager.groupIds().contains(ownerGroupId)) {
            return true;
        }
        return id != null && ManagementKey.matches(manager.tokenFor(id), managementKeyHash);
    }

    /** Whether an account or a group owns the poll. */
    public boolean hasOwner() {
        return owner != null || ownerGroupId != null;
    }

    /**
     * Whether this manager may claim the poll: a logged-in visitor whose browser holds the management link of a
     * poll nobody owns yet.
     */
    public boolean mayBeClaimedBy(Manager manager) {
        return manager.isLoggedIn()
                && !hasOwner()
                && managementTokenHeldBy(manager).isPresent();
    }

    /**
     * The logged-in holder of the management link becomes the owner of a poll nobody owns. The link keeps working:
     * whoever else holds it keeps the access they had (a claim must not lock out the people the creator shared
     * the link with); the new owner may retire it ({@link #retireManagementLink}).
     */
    public void claim(Account claimer, Manager manager) {
        if (!manager.isLoggedIn() || !claimer.getId().equals(manager.accountId())) {
            throw new ForbiddenException(PollRule.OWNERSHIP_NEEDS_LOGIN);
        }
        if (hasOwner()) {
            throw new RuleViolation(PollRule.ALREADY_OWNED);
        }
        if (managementTokenHeldBy(manager).isEmpty()) {
            throw new ForbiddenException(PollRule.NOT_MANAGER);
        }
        owner = claimer;
    }

    /**
     * A logged-in manager gives the poll to {@code newOwner} (or no account) and {@code newGroupId} (or no group).
     * A group must be one of the manager's own, or the poll's current group (kept, even when the manager, for
     * example a site administrator, is not a member). Nobody at all may own the poll only while its management
     * link exists: otherwise nobody but the site administrators could manage it any more.
     */
    public void handOver(Account newOwner, Long newGroupId, Manager manager) {
        requireLoggedInManager(manager);
        if (newGroupId != null
                && !newGroupId.equals(ownerGroupId)
                && !manager.groupIds().contains(newGroupId)) {
            throw new RuleViolation(PollRule.NOT_YOUR_GROUP);
        }
        if (newOwner == null && newGroupId == null && managementKeyHash == null) {
            throw new RuleViolation(PollRule.OWNER_REQUIRED);
        }
        owner = newOwner;
        ownerGroupId = newGroupId;
    }

    /**
     * A logged-in manager of an owned poll retires its management link: from now on only the owner, the owning
     * group and the site administrators manage it. A poll nobody owns keeps its link, its only guard.
     */
    public void retireManagementLink(Manager manager) {
        requireLoggedInManager(manager);
        if (!hasOwner()) {
            throw new RuleViolation(PollRule.LINK_NEEDED_WITHOUT_OWNER);
        }
        managementKeyHash = null;
    }

    private void requireLoggedInManager(Manager manager) {
        if (!manager.isLoggedIn()) {
            throw new ForbiddenException(PollRule.OWNERSHIP_NEEDS_LOGIN);
        }
        if (!canBeManagedBy(manager)) {
            throw new ForbiddenException(PollRule.NOT_MANAGER);
        }
    }

    /** Whether this poll was made without login, so a management link (its key) guards it. */
    public boolean hasManagementKey() {
        return managementKeyHash != null;
    }

    /**
     * The management token this manager's browser holds for this poll, to show the management link again; empty
     * when it holds none or one that does not open this poll (only the key's hash is stored, never the key).
     */
    public Optional<String> managementTokenHeldBy(Manager manager) {
        String token = id == null ? null : manager.tokenFor(id);
        return ManagementKey.matches(token, managementKeyHash) ? Optional.of(token) : Optional.empty();
    }

    /**
     * Replaces the free-text options with the editor's rows, in their order. A row with an empty text, or marked
     * deleted, soft-deletes its option (or is skipped when new); an existing id that is not an option of this
     * poll is not found; options the rows do not mention (added meanwhile elsewhere) keep their state and move
     * behind the rows. Nothing changes unless every row is valid and the active options stay within the limit.
     */
    public void editUniversalChoices(List<ChoiceDraft> rows) {
        requireType(PollType.UNIVERSAL);
        Map<Long, Choice> byId = new HashMap<>();
        choices.stream().filter(choice -> choice.getId() != null).forEach(choice -> byId.put(choice.getId(), choice));
        int active = 0;
        for (ChoiceDraft row : rows) {
            if (row.id() != null && !byId.containsKey(row.id())) {
                throw new NotFoundException();
            }
            if (row.text().length() > Choice.MAX_TEXT_LENGTH) {
                throw new RuleViolation(PollRule.CHOICE_TEXT_TOO_LONG, row.text(), Choice.MAX_TEXT_LENGTH);
            }
            if (!row.deleted() && !row.text().isEmpty()) {
                active++;
            }
        }
        List<Choice> untouched = new ArrayList<>(choices);
        rows.forEach(row -> untouched.remove(byId.get(row.id())));
        active += (int) untouched.stream().filter(choice -> !choice.isDeleted()).count();
        requireAtMostMaxChoices(active);
        int sortKey = 0;
        for (ChoiceDraft row : rows) {
            if (row.id() == null) {
                if (!row.deleted() && !row.text().isEmpty()) {
                    choices.add(new Choice(this, row.text(), null, sortKey++));
                }
                continue;
            }
            Choice choice = byId.get(row.id());
            choice.place(sortKey++);
            if (row.text().isEmpty() || row.deleted()) {
                choice.delete();
            } else {
                choice.rename(row.text());
                choice.restore();
            }
        }
        for (Choice choice : untouched) {
            choice.place(sortKey++);
        }
        choices.sort(java.util.Comparator.comparingInt(Choice::getSortKey));
    }

    /** Makes exactly these days the options of a date poll (stored as UTC midnight). */
    public void chooseDates(Collection<LocalDate> days) {
        requireType(PollType.DATE);
        if (days.isEmpty()) {
            throw new RuleViolation(PollRule.NO_DATES_CHOSEN);
        }
        List<Instant> instants = new ArrayList<>(days.size());
        days.forEach(day -> instants.add(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        syncDateChoices(instants);
    }

    /**
     * Makes exactly these wall-clock times in the poll's zone the options of a date-time poll. A time that does
     * not exist on its day (skipped at a DST change) moves forward by the length of the gap.
     */
    public void chooseDateTimes(Collection<LocalDateTime> wallClockTimes) {
        requireType(PollType.DATETIME);
        ZoneId zone = zone();
        List<Instant> instants = new ArrayList<>(wallClockTimes.size());
        wallClockTimes.forEach(time -> instants.add(time.atZone(zone).toInstant()));
        syncDateChoices(instants);
    }

    /**
     * The reference's sync: the sorted, distinct instants become the active options in order, reusing (and
     * restoring) an option with the same instant; every other option is soft-deleted.
     */
    private void syncDateChoices(Collection<Instant> instants) {
        TreeSet<Instant> wanted = new TreeSet<>(instants);
        requireAtMostMaxChoices(wanted.size());
        Map<Instant, Choice> existing = new HashMap<>();
        for (Choice choice : choices) {
            existing.putIfAbsent(choice.getDate(), choice);
        }
        List<Choice> kept = new ArrayList<>();
        int sortKey = 0;
        for (Instant instant : wanted) {
            Choice choice = existing.get(instant);
            if (choice == null) {
                choice = new Choice(this, "", instant, sortKey);
                choices.add(choice);
            } else {
                choice.place(sortKey);
                choice.restore();
            }
            kept.add(choice);
            sortKey++;
        }
        for (Choice choice : choices) {
            if (!kept.contains(choice)) {
                choice.delete();
            }
        }
        choices.sort(java.util.Comparator.comparing(Choice::isDeleted).thenComparingInt(Choice::getSortKey));
    }

    private void requireAtMostMaxChoices(int count) {
        if (count > MAX_CHOICES) {
            throw new RuleViolation(PollRule.TOO_MANY_CHOICES, count, MAX_CHOICES);
        }
    }

    /** Options of another poll type (an editor's address with the wrong type) do not exist: not found. */
    private void requireType(PollType expected) {
        if (getType() != expected) {
            throw new NotFoundException();
        }
    }

    /** The version of what the results grid shows: a grid built from this version is still current. */
    public long getResultsVersion() {
        return resultsVersion;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getSlug() {
        return slug;
    }

    public PollType getType() {
        return PollType.fromCode(type);
    }

    public Instant getCreated() {
        return created;
    }

    public Account getOwner() {
        return owner;
    }

    /** The id of the owning group, or null. */
    public Long getOwnerGroupId() {
        return ownerGroupId;
    }

    public Instant getDueDate() {
        return dueDate;
    }

    public boolean isClosed() {
        return closed;
    }

    /** Whether the poll takes votes at {@code now}: not closed by a manager and not past its due date. */
    public boolean isOpenForVoting(Instant now) {
        return !closed && (dueDate == null || now.isBefore(dueDate));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    public boolean isPublicListed() {
        return publicListed;
    }

    public boolean isRequireLogin() {
        return requireLogin;
    }

    public boolean isRequireInvitation() {
        return requireInvitation;
    }

    public boolean isAllowUnauthenticatedVoteChanges() {
        return allowUnauthenticatedVoteChanges;
    }

    public boolean isOneVotePerUser() {
        return oneVotePerUser;
    }

    public boolean isVoteAll() {
        return voteAll;
    }

    public ResultVisibility getShowResults() {
        return ResultVisibility.fromCode(showResults);
    }

    /** How the votes are ordered (reference F13). */
    public Sorting getSorting() {
        return Sorting.fromCode(sorting);
    }

    public boolean isHideParticipants() {
        return hideParticipants;
    }

    public boolean isUseUserTimeZone() {
        return useUserTimeZone;
    }

    public boolean isShowScoreInSummary() {
        return showScoreInSummary;
    }

    public boolean isAllowComments() {
        return allowComments;
    }

    public boolean isShowInvitations() {
        return showInvitations;
    }

    /** All options, deleted ones included, in display order. */
    public List<Choice> getChoices() {
        return Collections.unmodifiableList(choices);
    }

    /** The options voters see, in display order. */
    public List<Choice> activeChoices() {
        return choices.stream().filter(choice -> !choice.isDeleted()).toList();
    }

    /** All answer values, deleted ones included, by weight (highest first) and title. */
    public List<AnswerValue> getAnswerValues() {
        return Collections.unmodifiableList(answerValues);
    }

    /** The dates the retention rule reads, given the time of the latest vote (cast or changed; null for none). */
    public RetentionDates retentionDates(Instant lastVote) {
        Instant lastOption = activeChoices().stream()
                .map(Choice::getDate)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null);
        return new RetentionDates(created, dueDate, lastOption, lastVote, retentionWarnedAt);
    }

    /**
     * Whether the retention warning can reach someone: an owner with a mail address, or an owning group (whose
     * admins, else members, are mailed).
     */
    public boolean hasRetentionRecipient() {
        return owner != null && !owner.getEmail().isBlank() || ownerGroupId != null;
    }
}
