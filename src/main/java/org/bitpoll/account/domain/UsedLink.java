package org.bitpoll.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.bitpoll.platform.persistence.InstantConverter;

/** A single-use link that was used: its id, kept until the link would have expired anyway. */
@Entity
@Table(name = "used_token")
public class UsedLink {

    @Id
    @Column(name = "token_id", nullable = false, length = 32)
    private String tokenId;

    @Convert(converter = InstantConverter.class)
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected UsedLink() {}

    public UsedLink(SignedLink link) {
        this.tokenId = Objects.requireNonNull(link.id());
        this.expiresAt = link.expires();
    }

    public String getTokenId() {
        return tokenId;
    }
}
