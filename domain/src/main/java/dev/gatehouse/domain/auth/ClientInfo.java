package dev.gatehouse.domain.auth;

/** Where a request came from, as far as the driving adapter can tell. Both parts may be null. */
public record ClientInfo(String ip, String userAgent) {
    public static final int MAX_USER_AGENT = 512;
    public static final int MAX_IP = 64;

    public ClientInfo {
        ip = truncate(ip, MAX_IP);
        userAgent = truncate(userAgent, MAX_USER_AGENT);
    }

    public static ClientInfo unknown() {
        return new ClientInfo(null, null);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
