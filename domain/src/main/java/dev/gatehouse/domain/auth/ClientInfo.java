package dev.gatehouse.domain.auth;

import dev.gatehouse.domain.common.UnsafeCharacters;

/**
 * Where a request came from, as far as the driving adapter can tell. Both parts may be null. The
 * client chose both (a forged forwarded address, any User-Agent), so they are cut to their column
 * sizes and each {@linkplain UnsafeCharacters unsafe character} is replaced by U+FFFD before they
 * go anywhere: no NUL reaches the database, no line break reaches a log or an export.
 */
public record ClientInfo(String ip, String userAgent) {
    public static final int MAX_USER_AGENT = 512;
    public static final int MAX_IP = 64;

    public ClientInfo {
        ip = UnsafeCharacters.replaced(truncate(ip, MAX_IP));
        userAgent = UnsafeCharacters.replaced(truncate(userAgent, MAX_USER_AGENT));
    }

    public static ClientInfo unknown() {
        return new ClientInfo(null, null);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
