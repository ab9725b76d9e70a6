package org.bitpoll.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client of a request as rate limits count it: its IPv4 address, or the /64 network of its IPv6 address (one
 * subscriber's line usually has a whole /64, so single IPv6 addresses would be free for the taking). This is the
 * address the server reports for the request: the one the connection comes from, except when that is a trusted
 * proxy ({@code bitpoll.trusted-proxy}), for which the server's {@code trustedProxy} filter has already put the
 * client the proxy names in {@code X-Forwarded-For} in its place. Any other peer's forwarded headers are ignored.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr());
    }

    static String of(String remoteAddress) {
        InetAddress address;
        try {
            // a literal address, as the container reports it: parsed, never looked up
            address = InetAddress.getByName(remoteAddress);
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
        if (address instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return address.getHostAddress();
    }
}
