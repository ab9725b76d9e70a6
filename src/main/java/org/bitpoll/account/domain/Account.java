package org.bitpoll.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.bitpoll.platform.persistence.BaseEntity;

/**
 * A person's account, local or mirrored from the directory. {@link #displayName()} follows the reference: the
 * chosen display name, else "first name (username)".
 */
@Entity
@Table(name = "account")
@SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
public class Account extends BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 150)
    private String username;

    @Column(name = "first_name", nullable = false, length = 150)
    private String firstName;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    protected Account() {}

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String displayName() {
        if (!displayName.isEmpty()) {
            return displayName;
        }
        return firstName + " (" + username + ")";
    }
}
