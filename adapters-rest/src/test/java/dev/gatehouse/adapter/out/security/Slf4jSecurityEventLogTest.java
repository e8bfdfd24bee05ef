package dev.gatehouse.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class Slf4jSecurityEventLogTest {
    private static final Instant AT = Instant.parse("2026-11-27T10:15:30.123Z");
    private static final UserId USER = new UserId(UUID.fromString("11111111-1111-1111-1111-111111111111"));
    private static final UserId ADMIN = new UserId(UUID.fromString("22222222-2222-2222-2222-222222222222"));

    private final Logger logger = (Logger) LoggerFactory.getLogger(Slf4jSecurityEventLog.DEFAULT_LOGGER);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void capture() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.INFO);
        captured.start();
        logger.addAppender(captured);
    }

    @AfterEach
    void release() {
        logger.detachAppender(captured);
        logger.setLevel(levelBefore);
    }

    @Test
    void logsEachEventAsOneInfoLineOfKeyValuePairsOnTheSecurityLogger() {
        new Slf4jSecurityEventLog().record(new SecurityEvent(SecurityEventType.ROLES_CHANGED, AT, USER, ADMIN,
                new ClientInfo("203.0.113.7", "curl/8.5"), Map.of("roles", "ADMIN,USER", "before", "USER")));

        assertThat(captured.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getLoggerName()).isEqualTo("gatehouse.security");
            assertThat(event.getFormattedMessage()).isEqualTo("type=ROLES_CHANGED occurredAt=2026-11-27T10:15:30.123Z "
                    + "userId=11111111-1111-1111-1111-111111111111 actorId=22222222-2222-2222-2222-222222222222 "
                    + "ip=\"203.0.113.7\" userAgent=\"curl/8.5\" details={\"before\"=\"USER\", \"roles\"=\"ADMIN,USER\"}");
        });
    }

    @Test
    void writesADashForWhatIsUnknown() {
        new Slf4jSecurityEventLog().record(new SecurityEvent(SecurityEventType.LOGIN_FAILED, AT, null, null, null,
                Map.of()));

        assertThat(captured.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo("type=LOGIN_FAILED occurredAt=2026-11-27T10:15:30.123Z userId=- actorId=- ip=- userAgent=- "
                        + "details={}");
    }

    @Test
    void aUserAgentCannotForgeASecondLineOrEndItsValueEarly() {
        String forged = "Mozilla\r\ntype=LOGIN_SUCCEEDED userId=x\" admin=\"yes\u2028\u0007\\";

        new Slf4jSecurityEventLog().record(new SecurityEvent(SecurityEventType.LOGIN_FAILED, AT, USER, null,
                new ClientInfo("203.0.113.7", forged), Map.of("reason\n", "bad\rvalue")));

        String line = captured.list.getFirst().getFormattedMessage();
        assertThat(line).doesNotContain("\r", "\n", "\u2028", "\u0007")
                .contains("userAgent=\"Mozilla\\r\\ntype=LOGIN_SUCCEEDED userId=x\\\" admin=\\\"yes\\u2028\\u0007\\\\\"")
                .contains("details={\"reason\\n\"=\"bad\\rvalue\"}")
                .startsWith("type=LOGIN_FAILED ");
    }

    @Test
    void canLogUnderAnotherLoggerName() {
        Logger other = (Logger) LoggerFactory.getLogger("audit.elsewhere");
        ListAppender<ILoggingEvent> otherCaptured = new ListAppender<>();
        otherCaptured.start();
        other.addAppender(otherCaptured);
        try {
            new Slf4jSecurityEventLog("audit.elsewhere").record(new SecurityEvent(SecurityEventType.SIGNING_KEY_ROTATED,
                    AT, null, ADMIN, null, Map.of("kid", "k-1")));

            assertThat(otherCaptured.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                    .asString().startsWith("type=SIGNING_KEY_ROTATED ").contains("details={\"kid\"=\"k-1\"}");
            assertThat(captured.list).isEmpty();
        } finally {
            other.detachAppender(otherCaptured);
        }
    }
}
