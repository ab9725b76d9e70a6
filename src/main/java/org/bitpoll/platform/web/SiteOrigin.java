package org.bitpoll.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Whether a request that changes something comes from a page of this site, judged by what browsers send with
 * every such request: its {@code Origin} header, else its {@code Referer}. The site is the origin of the
 * configured base URL (what people reach it at, also behind a proxy) and the origin the request itself was
 * addressed to (its scheme and {@code Host}; a proxy that rewrites them needs the base URL, or to be the trusted
 * proxy, whose {@code X-Forwarded-Proto} and {@code -Host} the server applies). A browser cannot forge either header on a page of another
 * site, so a foreign origin, {@code Origin: null} (sandboxed frames, some cross-site redirects) or an
 * unreadable one is refused. A request with neither header (clients that are no browser, referrers
 * suppressed by the user) is accepted: the session cookie is SameSite=Lax, so a browser does not send it with
 * another site's post anyway.
 */
public final class SiteOrigin {

    private final String configured;
    private final String requested;

    /**
     * @param baseUrl the configured base URL ({@code https://polls.example.org})
     * @param requestOrigin the scheme, host and port the request was addressed to
     */
    public SiteOrigin(String baseUrl, String requestOrigin) {
        this.configured = originOf(baseUrl);
        this.requested = originOf(requestOrigin);
    }

    /** Whether a request with these headers (each may be null) comes from this site. */
    public boolean accepts(String originHeader, String refererHeader) {
        String claimed = originHeader != null ? originHeader : refererHeader;
        if (claimed == null) {
            return true;
        }
        String origin = originOf(claimed.strip());
        return origin != null && (origin.equals(configured) || origin.equals(requested));
    }

    /** {@code scheme://host[:port]} of an absolute http(s) URL, lower case and without a default port; else null. */
    static String originOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = Objects.toString(uri.getScheme(), "").toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
