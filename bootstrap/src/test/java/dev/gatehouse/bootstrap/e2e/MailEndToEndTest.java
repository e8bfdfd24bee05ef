package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service as {@link EndToEndTest} runs it, delivering its mail over SMTP to a real SMTP
 * server in the test's JVM ({@link MailCatcher}), with an outbox sender that polls often so that
 * tests wait little. Each test reads the mail of addresses of its own.
 */
abstract class MailEndToEndTest extends EndToEndTest {
    static final String MAIL_FROM = "Gatehouse Test <no-reply@gatehouse.test>";
    static final MailCatcher MAIL = new MailCatcher();
    /** Long enough for a sender that polls every 100 ms, on a busy machine. */
    static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

    static {
        MAIL.start();
    }

    @Autowired
    private JdbcTemplate jdbcTemplate;

    /** This class's database, for what a client cannot do: let time pass for a token, read the outbox. */
    JdbcTemplate jdbc() {
        return jdbcTemplate;
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAIL::port);
        registry.add("app.mail.from", () -> MAIL_FROM);
        registry.add("app.mail.delivery.poll-interval", () -> "PT0.1S");
        registry.add("app.mail.delivery.initial-backoff", () -> "PT0.5S");
        registry.add("app.mail.delivery.max-backoff", () -> "PT1S");
    }

    /** Waits until {@code address} has received {@code count} mails; answers them in order of arrival. */
    static List<MailCatcher.ReceivedMail> awaitMail(String address, int count) {
        AtomicReference<List<MailCatcher.ReceivedMail>> received = new AtomicReference<>();
        eventually(MAIL_PATIENCE, () -> {
            received.set(MAIL.mailTo(address));
            assertThat(received.get()).as("mail to %s", address).hasSizeGreaterThanOrEqualTo(count);
        });
        return received.get();
    }

    /** Waits for the {@code count}-th mail to {@code address} and answers it. */
    static MailCatcher.ReceivedMail awaitMailNumber(String address, int count) {
        return awaitMail(address, count).get(count - 1);
    }

    /**
     * Asserts that {@code address} has received exactly {@code count} mails, and still has after
     * the sender had many chances to send another (a duplicate, or a mail that should not exist).
     */
    static void assertMailCountStays(String address, int count) {
        awaitMail(address, count);
        sleep(Duration.ofSeconds(2));
        assertThat(MAIL.mailTo(address)).as("mail to %s", address).hasSize(count);
    }
}
