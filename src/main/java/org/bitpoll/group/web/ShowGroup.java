package org.bitpoll.group.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitpoll.account.application.AccountLookup;
import org.bitpoll.account.domain.UserSuggestion;
import org.bitpoll.group.application.GroupService;
import org.bitpoll.group.application.GroupService.GroupPage;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Urls;

/**
 * {@code /groups/<id>/}, for the group's members and invitees (anyone else: not found): the members, with the
 * admins' actions (invite, withdraw an invitation, remove, grant and revoke admin, delete the group after a
 * confirmation), leaving for members, and accepting or refusing for an invitee. A directory group only lists its
 * members. Each action calls one service method and comes back here (or to the groups home) with a message.
 */
@Named
@ViewScoped
public class ShowGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GroupService groups;

    @Inject
    private AccountLookup accounts;

    @Inject
    private Visitors visitors;

    @Inject
    private Settings settings;

    private Long groupId;
    private GroupPage group;
    private String invitees;
    private boolean confirmingDelete;
    private final Map<String, String> labels = new HashMap<>();

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!settings.isGroupManagement()) {
            throw new NotFoundException();
        }
        if (!visitors.current().isLoggedIn()) {
            GroupPages.logIn(context);
            return;
        }
        groupId = GroupPages.groupId(context);
        group = groups.page(visitors.current(), groupId);
    }

    public void invite() {
        int count = groups.invite(visitors.current(), groupId, invitees);
        stayHere("groups.invited", count);
    }

    /** The invite field's suggestions for the last name typed, after the names before it. */
    public List<String> completeInvitee(String typed) {
        String text = typed == null ? "" : typed;
        int cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(' ')) + 1;
        String before = text.substring(0, cut);
        List<UserSuggestion> found = accounts.suggest(text.substring(cut), visitors.current());
        found.forEach(user -> labels.put(before + user.username(), user.label()));
        return found.stream().map(user -> before + user.username()).toList();
    }

    /** How a suggestion is shown: full name and user name. */
    public String labelOf(String suggested) {
        return labels.getOrDefault(suggested, suggested);
    }

    public void withdraw(Long invitationId) {
        groups.withdraw(visitors.current(), groupId, invitationId);
        stayHere("groups.invitation.withdrawn");
    }

    public void remove(Long memberId) {
        groups.removeMember(visitors.current(), groupId, memberId);
        stayHere("groups.member.removed");
    }

    public void grantAdmin(Long memberId) {
        groups.grantAdmin(visitors.current(), groupId, memberId);
        stayHere("groups.admin.granted");
    }

    public void revokeAdmin(Long memberId) {
        groups.revokeAdmin(visitors.current(), groupId, memberId);
        stayHere("groups.admin.revoked");
    }

    public void leave() {
        groups.leave(visitors.current(), groupId);
        toHome("groups.left");
    }

    public void accept() {
        groups.accept(visitors.current(), group.ownInvitationId());
        stayHere("groups.invitation.accepted");
    }

    public void refuse() {
        groups.refuse(visitors.current(), group.ownInvitationId());
        toHome("groups.invitation.refused");
    }

    /** The first step of deleting: the page asks to confirm and says what becomes of the group's polls. */
    public void askToDelete() {
        group = groups.page(visitors.current(), groupId);
        confirmingDelete = group.admin();
    }

    public void cancelDelete() {
        confirmingDelete = false;
    }

    public void delete() {
        groups.delete(visitors.current(), groupId);
        toHome("groups.deleted");
    }

    private void stayHere(String messageKey, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, messageKey, arguments);
        Redirects.to(context, Urls.group(groupId));
    }

    private void toHome(String messageKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, messageKey);
        Redirects.to(context, Urls.groups());
    }

    public GroupPage getGroup() {
        return group;
    }

    public String getInvitees() {
        return invitees;
    }

    public void setInvitees(String invitees) {
        this.invitees = invitees;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }
}
