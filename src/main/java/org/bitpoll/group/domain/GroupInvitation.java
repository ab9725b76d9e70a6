package org.bitpoll.group.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.bitpoll.platform.persistence.BaseEntity;
import org.bitpoll.platform.persistence.InstantConverter;

/**
 * An admin's invitation of an account to a group: the invitee accepts it (and joins) or refuses it, an admin
 * withdraws it; each ends it. At most one per group and invitee.
 */
@Entity
@Table(name = "group_invitation")
@SequenceGenerator(name = "group_invitation_seq", sequenceName = "group_invitation_seq", allocationSize = 50)
@NamedQuery(
        name = "GroupInvitation.ofGroup",
        query = "SELECT i FROM GroupInvitation i WHERE i.groupId = :group ORDER BY i.dateInvited, i.id")
@NamedQuery(
        name = "GroupInvitation.ofInvitee",
        query = "SELECT i FROM GroupInvitation i WHERE i.inviteeId = :invitee ORDER BY i.dateInvited, i.id")
@NamedQuery(
        name = "GroupInvitation.find",
        query = "SELECT i FROM GroupInvitation i WHERE i.groupId = :group AND i.inviteeId = :invitee")
public class GroupInvitation extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "group_invitation_seq")
    private Long id;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "invitee_id", nullable = false)
    private Long inviteeId;

    @Column(name = "invited_by_id", nullable = false)
    private Long invitedById;

    @Convert(converter = InstantConverter.class)
    @Column(name = "date_invited", nullable = false)
    private Instant dateInvited;

    protected GroupInvitation() {}

    public GroupInvitation(Long groupId, Long inviteeId, Long invitedById, Instant dateInvited) {
        this.groupId = Objects.requireNonNull(groupId);
        this.inviteeId = Objects.requireNonNull(inviteeId);
        this.invitedById = Objects.requireNonNull(invitedById);
        this.dateInvited = Objects.requireNonNull(dateInvited);
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getInviteeId() {
        return inviteeId;
    }

    public Long getInvitedById() {
        return invitedById;
    }

    public Instant getDateInvited() {
        return dateInvited;
    }
}
