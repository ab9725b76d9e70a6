package org.bitpoll.group.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bitpoll.group.application.GroupService;
import org.bitpoll.group.application.GroupService.GroupItem;
import org.bitpoll.group.application.GroupService.InvitationItem;
import org.bitpoll.platform.config.Settings;
import org.bitpoll.platform.error.NotFoundException;
import org.bitpoll.platform.faces.Redirects;
import org.bitpoll.platform.faces.Texts;
import org.bitpoll.platform.security.Visitors;
import org.bitpoll.platform.web.Urls;

/**
 * {@code /groups/}, logged in: the person's open invitations (accept or refuse), their groups by name, and the
 * form for a new group. Not found while the operator has group management off.
 */
@Named
@ViewScoped
public class ListGroups implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GroupService groups;

    @Inject
    private Visitors visitors;

    @Inject
    private Settings settings;

    private List<InvitationItem> invitations = List.of();
    private List<GroupItem> myGroups = List.of();
    private String groupName;

    public void load() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (!settings.isGroupManagement()) {
            throw new NotFoundException();
        }
        if (!visitors.current().isLoggedIn()) {
            GroupPages.logIn(context);
            return;
        }
        GroupService.Home home = groups.home(visitors.current());
        invitations = home.invitations();
        myGroups = home.groups();
    }

    public void create() {
        Long id = groups.create(visitors.current(), groupName);
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "groups.created", groupName.strip());
        Redirects.to(context, Urls.group(id));
    }

    public void accept(Long invitationId) {
        Long id = groups.accept(visitors.current(), invitationId);
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "groups.invitation.accepted");
        Redirects.to(context, Urls.group(id));
    }

    public void refuse(Long invitationId) {
        groups.refuse(visitors.current(), invitationId);
        FacesContext context = FacesContext.getCurrentInstance();
        Texts.flash(context, FacesMessage.SEVERITY_INFO, "groups.invitation.refused");
        Redirects.to(context, Urls.groups());
    }

    public List<InvitationItem> getInvitations() {
        return invitations;
    }

    public List<GroupItem> getMyGroups() {
        return myGroups;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }
}
