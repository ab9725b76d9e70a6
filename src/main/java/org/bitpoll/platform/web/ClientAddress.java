package org.bitpoll.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client of a request as rate limits count it: its IPv4 address, or the /64 network of its IPv6 address (one
 * subscriber's line usually has a whole /64, so single IPv6 addresses would be free for the taking). This is the
 * address the connection comes from: behind a reverse proxy that is the proxy's, until forwarded addresses
 * (X-Forwarded-For from a trusted proxy) are handled, which a later issue brings.
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
