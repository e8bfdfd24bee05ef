package dev.gatehouse.adapter.in.rest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The rate-limit key of a client address. An IPv4 address is its own key. An IPv6 address is
 * keyed by its /64 prefix: a /64 is what one subscriber (one home, one VM) is handed, and within
 * it a client may pick a fresh address for every request, so per-address buckets would not limit
 * it at all. An IPv4-mapped IPv6 address ({@code ::ffff:192.0.2.7}) is the IPv4 address it maps.
 * Anything that is not an address literal (it should not happen: Tomcat names the peer) is its own
 * key and is never resolved through DNS.
 */
final class ClientAddressKey {
    private static final int PREFIX_BYTES = 8;

    private ClientAddressKey() {}

    static String of(String address) {
        if (address == null) {
            return "";
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.indexOf(':') < 0 || !literal.matches("[0-9A-Fa-f:.]+")) {
            return address; // IPv4 (its own key) or not an IPv6 literal; only a literal is parsed below.
        }
        InetAddress parsed;
        try {
            // A literal with ':' is never a host name, so this does no DNS look-up.
            parsed = InetAddress.getByName(literal);
        } catch (UnknownHostException notALiteral) {
            return address;
        }
        if (parsed instanceof Inet4Address mapped) {
            return mapped.getHostAddress();
        }
        if (!(parsed instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = parsed.getAddress();
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < PREFIX_BYTES; i += 2) {
            prefix.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff))
                    .append(':');
        }
        return prefix.append(":/64").toString();
    }
}
