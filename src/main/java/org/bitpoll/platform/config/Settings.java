package org.bitpoll.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.ZoneId;

/**
 * The operator's settings. Each is a server system property ({@code bitpoll.*}, see
 * {@code wildfly-config/configure-server.cli}) read when asked, so a change in the admin console applies
 * without a redeploy.
 */
@Named
@ApplicationScoped
public class Settings {

    public String getSiteName() {
        return System.getProperty("bitpoll.site-name", "Bitpoll");
    }

    /** The address people reach this site at, without a trailing slash; used in links shown and mailed. */
    public String getBaseUrl() {
        String url = System.getProperty("bitpoll.base-url", "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public boolean isPublicPolls() {
        return Boolean.parseBoolean(System.getProperty("bitpoll.public-polls", "true"));
    }

    /** Whether the create form starts with "random URL name" ticked. */
    public boolean isRandomSlugs() {
        return Boolean.parseBoolean(System.getProperty("bitpoll.random-slugs", "false"));
    }

    /** The time zone of new polls. */
    public ZoneId getDefaultTimeZone() {
        return ZoneId.of(System.getProperty("bitpoll.default-timezone", "Europe/Berlin"));
    }
}
