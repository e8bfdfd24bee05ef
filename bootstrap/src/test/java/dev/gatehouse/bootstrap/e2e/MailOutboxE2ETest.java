package dev.gatehouse.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The outbox under pressure: requests never wait for SMTP and never fail with it, mail written
 * while the mail server is down goes out once it is back, two instances deliver each mail once, a
 * change that failed mails nothing, a delivered mail's token does not stay in the database, and a
 * mail that keeps failing is given up once, recorded, and never sent later.
 */
class MailOutboxE2ETest extends MailEndToEndTest {
    @Test
    void mailWrittenWhileTheMailServerIsDownGoesOutOnceItIsBack() {
        String email = uniqueEmail("patient");
        String other = uniqueEmail("waiting");
        MAIL.stop();
        try {
            register(email);
            assertThat(api.post("/api/v1/auth/password-reset", HttpApi.body("email", email), null)
                            .status())
                    .isEqualTo(202);
            register(other);
            assertThat(api.get("/actuator/health/readiness", null).status())
                    .as("readiness does not depend on SMTP")
                    .isEqualTo(200);
            sleep(java.time.Duration.ofSeconds(2));
            String metrics = api.scrape("/actuator/prometheus", adminToken()).body();
            assertThat(pendingMail(metrics)).isGreaterThanOrEqualTo(3);
        } finally {
            MAIL.start();
        }

        assertMailCountStays(email, 2);
        assertMailCountStays(other, 1);
        eventually(
                MAIL_PATIENCE,
                () -> assertThat(jdbc().queryForObject(
                                        "SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND abandoned_at IS NULL",
                                        Long.class))
                        .isZero());
    }

    @Test
    void aDeliveredMailKeepsNoBodyInTheDatabase() {
        String email = uniqueEmail("erased");
        register(email);
        String token = awaitMailNumber(email, 1).linkToken();

        eventually(
                MAIL_PATIENCE,
                () -> assertThat(jdbc().queryForObject(
                                        "SELECT count(*) FROM mail_outbox WHERE recipient = ? AND sent_at IS NOT NULL"
                                                + " AND subject IS NULL AND body IS NULL",
                                        Long.class,
                                        email))
                        .isEqualTo(1));
        assertThat(jdbc().queryForObject(
                                "SELECT count(*) FROM mail_outbox WHERE body LIKE ?", Long.class, "%" + token + "%"))
                .isZero();
        assertThat(jdbc().queryForObject("SELECT count(*) FROM email_tokens WHERE token_hash = ?", Long.class, token))
                .as("only the token's hash is stored")
                .isZero();
    }

    @Test
    void aRegistrationThatFailedMailsNothing() {
        String email = uniqueEmail("twice");
        register(email);
        HttpApi.Response again =
                api.post("/api/v1/auth/register", HttpApi.body("email", email, "password", PASSWORD), null);
        assertProblem(again, 409, "email-taken");

        assertMailCountStays(email, 1);
    }

    @Test
    void twoInstancesOnOneDatabaseDeliverEachMailOnce() {
        ConfigurableApplicationContext second = startAnotherInstance(
                "--app.rate-limit.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + MAIL.port(),
                "--app.mail.delivery.poll-interval=PT0.1S");
        try {
            HttpApi secondApi = clientOf(second);
            List<String> addresses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String email = uniqueEmail("twin" + i);
                addresses.add(email);
                HttpApi instance = i % 2 == 0 ? api : secondApi;
                HttpApi.Response registered = instance.post(
                        "/api/v1/auth/register", HttpApi.body("email", email, "password", PASSWORD), null);
                assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            }

            addresses.forEach(email -> awaitMail(email, 1));
            sleep(java.time.Duration.ofSeconds(2));
            addresses.forEach(email -> assertThat(MAIL.mailTo(email)).as(email).hasSize(1));
        } finally {
            second.close();
        }
    }

    @Test
    void aMailThatFailsPastTheGiveUpTimeIsAbandonedRecordedAndNeverSent() {
        String email = uniqueEmail("unreachable");
        MAIL.stop();
        // Only this instance gives up quickly; it competes with the class's server (which retries
        // every second) for the claim, as two instances behind a load balancer would. It polls every
        // 10 ms: the class's server, polling every 100 ms from the moment of its own failed attempt,
        // comes back a few ms after the retry falls due, so an instance polling as slowly loses
        // nearly every claim while its phase is behind (seen once in CI: 30 s of the class's server
        // retrying, and the mail never given up).
        ConfigurableApplicationContext impatient = startAnotherInstance(
                "--app.rate-limit.enabled=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + MAIL.port(),
                "--app.mail.delivery.poll-interval=PT0.01S",
                "--app.mail.delivery.initial-backoff=PT0.2S",
                "--app.mail.delivery.max-backoff=PT0.2S",
                "--app.mail.delivery.give-up-after=PT2S");
        try {
            register(email);

            eventually(
                    MAIL_PATIENCE,
                    () -> assertThat(jdbc().queryForObject(
                                            "SELECT count(*) FROM mail_outbox WHERE recipient = ?"
                                                    + " AND abandoned_at IS NOT NULL AND sent_at IS NULL"
                                                    + " AND subject IS NULL AND body IS NULL",
                                            Long.class,
                                            email))
                            .as("given up, its body erased")
                            .isEqualTo(1));
        } finally {
            impatient.close();
            MAIL.start();
        }

        HttpApi.Response events = api.get("/api/v1/audit-events?type=MAIL_UNDELIVERABLE", adminToken());
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.json().path("totalItems").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(events.body()).contains("VERIFY_EMAIL").doesNotContain(email);
        assertThat(jdbc().queryForObject(
                                "SELECT count(*) FROM mail_outbox WHERE recipient = ? AND sent_at IS NULL AND abandoned_at IS NULL",
                                Long.class,
                                email))
                .as("nothing left to retry")
                .isZero();
        // The mail server is back, and the abandoned mail stays unsent.
        assertMailCountStays(email, 0);
    }

    private static double pendingMail(String prometheusText) {
        return prometheusText
                .lines()
                .filter(line -> line.startsWith("gatehouse_mail_outbox_pending"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No gatehouse_mail_outbox_pending in the scrape"));
    }
}
