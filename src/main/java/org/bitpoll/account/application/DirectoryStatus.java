package org.bitpoll.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Hashtable;
import java.util.logging.Logger;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import org.bitpoll.account.domain.Account;
import org.bitpoll.account.domain.AccountRepository;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;

/**
 * Whether the site's directory (LDAP) answers right now. The container's login fails alike for a wrong password
 * and for a directory that is down, so after a failed login of a name that is no local account the login page
 * asks here, to tell directory users to try later instead of doubting their password.
 *
 * <p>The directory is configured when the server has {@code bitpoll.ldap.url} ({@code wildfly-config/ldap.cli}).
 * The probe connects to it and reads its root entry (the standard entry every LDAP server shows anonymously),
 * waiting at most {@link #TIMEOUT_MILLIS} for each; it needs no credentials, so the bind password stays with the
 * server's realm.
 */
@ApplicationScoped
public class DirectoryStatus {

    /** How long the probe waits for the connection and for the answer. */
    static final int TIMEOUT_MILLIS = 2000;

    private static final Logger LOG = Logger.getLogger(DirectoryStatus.class.getName());

    @Inject
    private AccountRepository accounts;

    /**
     * Whether a failed login of {@code username} is the directory's fault: the name is no local account (whose
     * password the local realm checked, directory or not), and the directory is configured and does not answer.
     */
    public boolean unreachableFor(String username) {
        boolean local = accounts.findByUsername(username).map(Account::isLocal).orElse(false);
        return !local && unreachable();
    }

    /**
     * Whether the server's security domain knows a user of this name: a local account or a directory user, also one
     * who never logged in here (and so has no account row). An unreachable realm knows nobody.
     */
    public boolean knows(String username) {
        try {
            RealmIdentity identity = SecurityDomain.getCurrent().getIdentity(username);
            try {
                return identity.exists();
            } finally {
                identity.dispose();
            }
        } catch (RealmUnavailableException e) {
            return false;
        }
    }

    /** True when a directory is configured and does not answer. */
    public boolean unreachable() {
        String url = System.getProperty("bitpoll.ldap.url", "").strip();
        return !url.isEmpty() && !answers(url);
    }

    /** Whether an LDAP server answers at the URL (several URLs, separated by spaces, are tried in turn). */
    static boolean answers(String url) {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, url);
        environment.put(Context.SECURITY_AUTHENTICATION, "none");
        environment.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(TIMEOUT_MILLIS));
        environment.put("com.sun.jndi.ldap.read.timeout", String.valueOf(TIMEOUT_MILLIS));
        try {
            DirContext context = new InitialDirContext(environment);
            try {
                context.getAttributes("", new String[] {"namingContexts"});
                return true;
            } finally {
                context.close();
            }
        } catch (NamingException e) {
            LOG.warning(() -> "The directory at " + url + " does not answer: " + e);
            return false;
        }
    }
}
