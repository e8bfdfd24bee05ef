package dev.gatehouse.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which bucket an address draws from: IPv4 by address, IPv6 by its /64 (one subscriber's network). */
class ClientAddressKeyTest {

    @ParameterizedTest
    @CsvSource({
        "2001:db8:1:2:0:0:0:1, 2001:db8:1:2:ffff:ffff:ffff:ffff",
        "2001:db8:1:2::1, 2001:DB8:1:2:abcd:0:0:9",
        "2001:db8:1:2::1%eth0, 2001:db8:1:2::7",
        "::ffff:192.0.2.7, 192.0.2.7",
        "[2001:db8::1], 2001:db8::2"
    })
    void addressesInOneNetworkShareAKey(String one, String other) {
        assertThat(ClientAddressKey.of(one)).isEqualTo(ClientAddressKey.of(other));
    }

    @ParameterizedTest
    @CsvSource({"2001:db8:1:2::1, 2001:db8:1:3::1", "192.0.2.7, 192.0.2.8", "::ffff:192.0.2.7, ::ffff:192.0.2.8"})
    void differentNetworksDoNot(String one, String other) {
        assertThat(ClientAddressKey.of(one)).isNotEqualTo(ClientAddressKey.of(other));
    }

    @Test
    void whatIsNoAddressIsItsOwnKeyAndNeverLookedUp() {
        assertThat(ClientAddressKey.of(null)).isEqualTo("");
        assertThat(ClientAddressKey.of("localhost")).isEqualTo("localhost");
        assertThat(ClientAddressKey.of("not:an:address:zz")).isEqualTo("not:an:address:zz");
        assertThat(ClientAddressKey.of("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientAddressKey.of("2001:db8:1:2::1")).isEqualTo("2001:db8:1:2::/64");
    }
}
