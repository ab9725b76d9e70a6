package org.bitpoll.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.bitpoll.platform.persistence.InstantConverter;

/**
 * A secret key of this server, made once at first use and kept in the database (never in the WAR or the
 * repository): every node of a cluster and every redeploy signs with the same key. Deleting the row makes a new
 * key at the next use, and every link signed before invalid.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    /** The key that signs mailed account links. */
    public static final String ACCOUNT_LINKS = "account-links";

    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "name", nullable = false, length = 40)
    private String name;

    @Column(name = "secret", nullable = false, length = 100)
    private String secret;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created", nullable = false)
    private Instant created;

    protected SigningKey() {}

    /** A new random key of 256 bits. */
    public static SigningKey generate(String name, Instant now) {
        SigningKey key = new SigningKey();
        key.name = Objects.requireNonNull(name);
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        key.secret = Base64.getEncoder().encodeToString(bytes);
        key.created = Objects.requireNonNull(now);
        return key;
    }

    public String getName() {
        return name;
    }

    public byte[] bytes() {
        return Base64.getDecoder().decode(secret);
    }
}
