package org.bitpoll.manage;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/**
 * The directory the server logs people in with, from the {@code bitpoll.ldap.*} settings of the server's
 * properties file (README, "Directory (LDAP)"), asked the way the server's ldap-realm asks it: a simple bind as
 * the service account, then a search for a person.
 */
final class Directory {

    private final List<String> urls;
    private final Properties settings;

    private Directory(List<String> urls, Properties settings) {
        this.urls = urls;
        this.settings = settings;
    }

    /** The configured directory; empty when {@code bitpoll.ldap.url} is not set (no directory: local accounts). */
    static Optional<Directory> from(Properties settings) {
        String url = settings.getProperty("bitpoll.ldap.url", "").strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        List<String> urls = List.of(url.split("\\s+"));
        for (String each : urls) {
            checkUrl(each);
        }
        for (String required : List.of("bitpoll.ldap.bind-dn", "bitpoll.ldap.bind-password")) {
            if (settings.getProperty(required, "").isBlank()) {
                throw new ManageFailure(required + " is not set, but bitpoll.ldap.url is");
            }
        }
        milliseconds(settings, "bitpoll.ldap.connect-timeout", "3000");
        milliseconds(settings, "bitpoll.ldap.read-timeout", "5000");
        return Optional.of(new Directory(urls, settings));
    }

    private static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!scheme.equals("ldap") && !scheme.equals("ldaps") || uri.getHost() == null) {
                throw new ManageFailure("bitpoll.ldap.url " + url + " is no ldap://host:port or ldaps://host:port");
            }
        } catch (URISyntaxException e) {
            throw new ManageFailure("bitpoll.ldap.url " + url + " is no address: " + e.getReason());
        }
    }

    private static String milliseconds(Properties settings, String name, String defaultValue) {
        String value = settings.getProperty(name, defaultValue).strip();
        try {
            if (Integer.parseInt(value) >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ManageFailure(name + "=" + value + " is no number of milliseconds");
    }

    String urls() {
        return String.join(" ", urls);
    }

    /** Binds as the service account; says what it did, or fails with the directory's reason. */
    String probe() {
        DirContext context = bind();
        close(context);
        return "reachable at " + urls() + ", bound as " + settings.getProperty("bitpoll.ldap.bind-dn");
    }

    /** Whether the directory has a person with this user name (the realm's search, user-filter with {0}). */
    boolean knows(String username) {
        DirContext context = bind();
        try {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setCountLimit(1);
            controls.setReturningAttributes(new String[0]);
            NamingEnumeration<SearchResult> found = context.search(
                    settings.getProperty("bitpoll.ldap.user-base", "ou=people,dc=example,dc=org"),
                    settings.getProperty("bitpoll.ldap.user-filter", "(&(objectClass=inetOrgPerson)(uid={0}))"),
                    new Object[] {username},
                    controls);
            boolean knows = found.hasMore();
            found.close();
            return knows;
        } catch (NamingException e) {
            throw new ManageFailure("the directory at " + urls() + " cannot be searched: " + reason(e));
        } finally {
            close(context);
        }
    }

    private DirContext bind() {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, urls());
        environment.put(Context.SECURITY_AUTHENTICATION, "simple");
        environment.put(Context.SECURITY_PRINCIPAL, settings.getProperty("bitpoll.ldap.bind-dn"));
        environment.put(Context.SECURITY_CREDENTIALS, settings.getProperty("bitpoll.ldap.bind-password"));
        environment.put(
                "com.sun.jndi.ldap.connect.timeout", milliseconds(settings, "bitpoll.ldap.connect-timeout", "3000"));
        environment.put("com.sun.jndi.ldap.read.timeout", milliseconds(settings, "bitpoll.ldap.read-timeout", "5000"));
        try {
            return new InitialDirContext(environment);
        } catch (NamingException e) {
            throw new ManageFailure("the directory at " + urls() + " cannot be reached as "
                    + settings.getProperty("bitpoll.ldap.bind-dn") + ": " + reason(e));
        }
    }

    private static String reason(NamingException e) {
        Throwable cause = e.getRootCause() != null ? e.getRootCause() : e;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static void close(DirContext context) {
        try {
            context.close();
        } catch (NamingException e) {
            // the answer is known; a failed unbind changes nothing
        }
    }
}
