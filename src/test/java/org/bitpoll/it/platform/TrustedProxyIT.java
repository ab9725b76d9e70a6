package org.bitpoll.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bitpoll.it.support.TestServer;
import org.junit.jupiter.api.Test;

/**
 * Forwarded headers count only from the trusted proxy: the test server trusts 127.0.0.1 (BITPOLL_TRUSTED_PROXY in
 * the pom), and a connection from 127.0.0.2, another loopback address of this machine, is a client that reaches the
 * server directly. Whether the server took {@code X-Forwarded-Proto: https} shows in the session cookie, which is
 * Secure only for a visitor that came over HTTPS.
 */
class TrustedProxyIT {

    private static final String FORWARDED_HTTPS =
            "GET / HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\nX-Forwarded-For: 203.0.113.9\r\n"
                    + "Connection: close\r\n\r\n";

    @Test
    void theTrustedProxyForwardsTheScheme() throws IOException {
        List<String> cookies = sessionCookies(exchange("127.0.0.1", FORWARDED_HTTPS));

        assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    @Test
    void anyOtherPeerCannotClaimToBeBehindTheProxy() throws IOException {
        List<String> cookies = sessionCookies(exchange("127.0.0.2", FORWARDED_HTTPS));

        assertThat(cookies)
                .isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
    }

    private static List<String> sessionCookies(String response) {
        assertThat(response).startsWith("HTTP/1.1 200");
        return response.lines()
                .filter(line -> line.regionMatches(true, 0, "Set-Cookie: JSESSIONID=", 0, 23))
                .toList();
    }

    /** One HTTP/1.1 exchange from this local address, returning the response's head. */
    private static String exchange(String localAddress, String request) throws IOException {
        URI base = TestServer.uri("/");
        try (Socket socket = new Socket(
                InetAddress.getByName("127.0.0.1"), base.getPort(), InetAddress.getByName(localAddress), 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                head.write(b);
                if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
            return head.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
