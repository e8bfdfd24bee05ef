package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.gatehouse.domain.mail.Mail;
import dev.gatehouse.domain.mail.MailTopic;
import dev.gatehouse.domain.port.in.mail.CountPendingMailUseCase;
import dev.gatehouse.domain.port.in.mail.PurgeFinishedMailUseCase;
import dev.gatehouse.domain.testing.InMemoryMailOutbox;
import dev.gatehouse.domain.testing.InMemorySecurityEventLog;
import dev.gatehouse.domain.testing.PassThroughUnitOfWork;
import dev.gatehouse.domain.user.Email;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the outbox's mail goes for each configuration: the console, the SMTP server Boot's mail
 * settings name (a real one, GreenMail), or nowhere yet (with one warning). Boot's own mail
 * auto-configuration builds the JavaMailSender, as in the service.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailConfigurationTest {
    private static final String BODY = "Open https://app.test/verify#token=live-token-123";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(InMemoryStores.class, MailConfiguration.class)
            .withPropertyValues("app.mail.delivery.poll-interval=PT0.05S");

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatehouseProperties.class)
    static class InMemoryStores {
        @Bean
        InMemoryMailOutbox mailOutbox() {
            InMemoryMailOutbox outbox = new InMemoryMailOutbox();
            outbox.enqueue(
                    new Mail(new Email("ada@example.com"), MailTopic.VERIFY_EMAIL, "Confirm your address", BODY),
                    Instant.now());
            return outbox;
        }

        @Bean
        InMemorySecurityEventLog securityEventLog() {
            return new InMemorySecurityEventLog();
        }

        @Bean
        PassThroughUnitOfWork unitOfWork() {
            return new PassThroughUnitOfWork();
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Test
    void withTheConsoleSwitchMailIsPrintedAndCountsAsDelivered(CapturedOutput output) {
        context.withPropertyValues("app.mail.console=true", "spring.mail.host=127.0.0.1")
                .run(running -> {
                    InMemoryMailOutbox outbox = running.getBean(InMemoryMailOutbox.class);
                    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.countSent() == 1);

                    assertThat(output.getOut())
                            .contains("DEVELOPER MODE: MAIL NOT SENT, PRINTED HERE")
                            .contains(BODY)
                            .doesNotContain(MailConfiguration.NO_SMTP_WARNING);
                    assertThat(smtp.getReceivedMessages())
                            .as("the console wins over a host")
                            .isEmpty();
                });
    }

    @Test
    void withAMailHostMailGoesToThatSmtpServer(CapturedOutput output) {
        context.withPropertyValues(
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + smtp.getSmtp().getPort(),
                        "app.mail.from=Gatehouse Test <no-reply@gatehouse.test>")
                .run(running -> {
                    InMemoryMailOutbox outbox = running.getBean(InMemoryMailOutbox.class);
                    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.countSent() == 1);

                    MimeMessage[] received = smtp.getReceivedMessages();
                    assertThat(received).hasSize(1);
                    assertThat(received[0].getSubject()).isEqualTo("Confirm your address");
                    assertThat(received[0].getFrom()[0].toString())
                            .isEqualTo("Gatehouse Test <no-reply@gatehouse.test>");
                    assertThat(output.getOut()).doesNotContain(BODY);
                });
    }

    @Test
    void withoutAMailHostMailStaysInTheOutboxAndTheStartWarnsOnce(CapturedOutput output) {
        context.run(running -> {
            InMemoryMailOutbox outbox = running.getBean(InMemoryMailOutbox.class);
            assertThat(running.getBean(MailOutboxSender.class).isRunning()).isFalse();
            await().during(Duration.ofMillis(300)).until(() -> outbox.countPending() == 1);

            assertThat(running.getBean(CountPendingMailUseCase.class).countPendingMail())
                    .isEqualTo(1);
            assertThat(running.getBean(PurgeFinishedMailUseCase.class).purgeFinishedMail())
                    .isZero();
            assertThat(output.getOut().split(MailConfiguration.NO_SMTP_WARNING, -1))
                    .as("one warning")
                    .hasSize(2);
            assertThat(output.getOut()).contains("WARN").doesNotContain(BODY);
        });
    }
}
