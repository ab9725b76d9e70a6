package org.bitpoll.account.domain;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Password hashes of local accounts, made with the server's own Elytron: bcrypt with cost 10 and a random salt,
 * written as a modular-crypt string ({@code $2a$10$…}) that the {@code jdbc-realm}'s {@code modular-crypt-mapper}
 * reads. The realm checks passwords at login; {@link #matches} is for re-checking the current password before a
 * change.
 */
public final class Passwords {

    private static final int COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final WildFlyElytronPasswordProvider PROVIDER = WildFlyElytronPasswordProvider.getInstance();

    private Passwords() {}

    public static String hash(String password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            Password hashed = factory()
                    .generatePassword(new EncryptablePasswordSpec(
                            password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    /** Whether {@code password} is the one behind {@code hash}; false for a missing or unreadable hash. */
    public static boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            PasswordFactory factory = factory();
            return factory.verify(factory.translate(ModularCrypt.decode(hash)), password.toCharArray());
        } catch (InvalidKeySpecException | java.security.InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
    }

    private static PasswordFactory factory() throws GeneralSecurityException {
        return PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
    }
}
