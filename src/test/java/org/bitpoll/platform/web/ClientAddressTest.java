package org.bitpoll.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rate limits count IPv4 addresses one by one and IPv6 addresses by their /64 network. */
class ClientAddressTest {

    @Test
    void anIpv4AddressIsItsOwnClient() {
        assertThat(ClientAddress.of("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("203.0.113.8")).isNotEqualTo(ClientAddress.of("203.0.113.7"));
    }

    @Test
    void theAddressesOfOneIpv6NetworkAreOneClient() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddress.of("2001:0db8:0001:0002:ffff:ffff:ffff:fffe"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(ClientAddress.of("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4Client() {
        assertThat(ClientAddress.of("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
