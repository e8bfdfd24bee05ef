package dev.gatehouse.adapter.out.security;

import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.user.UserId;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Security events as one INFO line each on the logger {@value #DEFAULT_LOGGER}, as key=value pairs:
 * the audit log's stand-in until it has a table. A deployment can route that logger on its own.
 *
 * <p>Events hold nothing secret, but some of their text comes from the client (the User-Agent,
 * detail values): every value that is not an id or an enum name is quoted, with quotes and
 * backslashes escaped and line breaks and other control characters written as escapes, so a
 * client can neither break a line into a forged second entry nor blur where a value ends.
 */
public class Slf4jSecurityEventLog implements SecurityEventLog {
    public static final String DEFAULT_LOGGER = "gatehouse.security";

    private final Logger log;

    public Slf4jSecurityEventLog() {
        this(DEFAULT_LOGGER);
    }

    public Slf4jSecurityEventLog(String loggerName) {
        this.log = LoggerFactory.getLogger(loggerName);
    }

    @Override
    public void record(SecurityEvent event) {
        if (log.isInfoEnabled()) {
            log.info(format(event));
        }
    }

    static String format(SecurityEvent event) {
        StringBuilder line = new StringBuilder(160)
                .append("type=").append(event.type().name())
                .append(" occurredAt=").append(event.occurredAt())
                .append(" userId=").append(id(event.userId()))
                .append(" actorId=").append(id(event.actorId()))
                .append(" ip=").append(quoted(event.client().ip()))
                .append(" userAgent=").append(quoted(event.client().userAgent()))
                .append(" details={");
        // Sorted, so equal events always read the same.
        boolean first = true;
        for (Map.Entry<String, String> detail : new TreeMap<>(event.details()).entrySet()) {
            line.append(first ? "" : ", ").append(quoted(detail.getKey())).append('=').append(quoted(detail.getValue()));
            first = false;
        }
        return line.append('}').toString();
    }

    private static String id(UserId id) {
        return id == null ? "-" : id.value().toString();
    }

    private static String quoted(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
