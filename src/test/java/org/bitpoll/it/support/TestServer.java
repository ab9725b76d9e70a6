package org.bitpoll.it.support;

import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;

/** Where the build's test server runs, and helpers for unique test data. */
public final class TestServer {

    private TestServer() {}

    public static String baseUrl() {
        return System.getProperty("bitpoll.baseUrl", "http://localhost:8080");
    }

    public static URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    /**
     * The same server over HTTPS: WildFly's default HTTPS listener (8443 plus the port offset) with its
     * self-signed certificate.
     */
    public static URI httpsUri(String path) {
        int httpPort = URI.create(baseUrl()).getPort();
        int offset = Integer.getInteger("bitpoll.portOffset", httpPort - 8080);
        return URI.create("https://localhost:" + (8443 + offset) + path);
    }

    /** A URL name no other test run uses. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Where screenshots go. */
    public static Path screenshots() {
        return Path.of(System.getProperty("bitpoll.screenshots", "target/screenshots"));
    }

    /** The folder with the connection details of the test services (test-services.sh). */
    public static Path services() {
        return Path.of(System.getProperty("bitpoll.testServices", "target/test-services"));
    }
}
