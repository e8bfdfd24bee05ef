package dev.gatehouse.bootstrap;

import dev.gatehouse.adapter.out.mail.ConsoleMailSender;
import dev.gatehouse.adapter.out.mail.SmtpMailSender;
import dev.gatehouse.application.mail.CountPendingMailService;
import dev.gatehouse.application.mail.DeliverPendingMailService;
import dev.gatehouse.application.mail.MailDeliveryPolicy;
import dev.gatehouse.application.mail.PurgeFinishedMailService;
import dev.gatehouse.domain.port.in.mail.CountPendingMailUseCase;
import dev.gatehouse.domain.port.in.mail.PurgeFinishedMailUseCase;
import dev.gatehouse.domain.port.out.MailDeliveryQueue;
import dev.gatehouse.domain.port.out.MailSender;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Where the outbox's mail goes, and the sender that takes it there. Use cases only ever write to
 * the outbox (in their own unit of work); this instance's sender delivers from it in the background.
 * The SMTP server is Spring Boot's {@code spring.mail.*} ({@code SPRING_MAIL_HOST}, ...), whose
 * {@link JavaMailSender} Boot builds when a host is set; readiness does not depend on it
 * ({@code management.health.mail.enabled: false}), so an SMTP outage only delays mail.
 */
@Configuration(proxyBeanMethods = false)
public class MailConfiguration {
    static final String NO_SMTP_WARNING = "SPRING_MAIL_HOST is not set: mail stays in the outbox until it is";
    static final String MAIL_HOST_PROPERTY = "spring.mail.host";

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    /**
     * The one choice of where mail goes: printed to the console when {@code app.mail.console} is on
     * (the developer mode sets it), else to the SMTP server when {@code spring.mail.host} is set,
     * else nowhere yet: no sender runs, mail waits in the outbox, and the start warns once.
     */
    @Bean
    MailOutboxSender mailOutboxSender(
            GatehouseProperties properties,
            Environment environment,
            ObjectProvider<JavaMailSender> javaMailSender,
            MailDeliveryQueue queue,
            SecurityEventLog securityEvents,
            UnitOfWork unitOfWork,
            Clock clock) {
        GatehouseProperties.Mail mail = properties.mail();
        Optional<MailSender> sender;
        if (mail.console()) {
            sender = Optional.of(new ConsoleMailSender());
        } else if (hasText(environment.getProperty(MAIL_HOST_PROPERTY))) {
            sender = Optional.of(new SmtpMailSender(javaMailSender.getObject(), mail.from()));
        } else {
            log.warn(NO_SMTP_WARNING);
            sender = Optional.empty();
        }
        GatehouseProperties.Delivery delivery = mail.delivery();
        return sender.map(chosen -> new MailOutboxSender(
                        new DeliverPendingMailService(
                                queue, chosen, securityEvents, unitOfWork, policy(delivery), clock),
                        delivery.pollInterval(),
                        delivery.batchSize()))
                .orElseGet(MailOutboxSender::none);
    }

    static MailDeliveryPolicy policy(GatehouseProperties.Delivery delivery) {
        return new MailDeliveryPolicy(
                delivery.batchSize(),
                delivery.lease(),
                delivery.initialBackoff(),
                delivery.maxBackoff(),
                delivery.giveUpAfter());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** Read by the {@code gatehouse_mail_outbox_pending} gauge ({@link MetricsConfiguration}). */
    @Bean
    CountPendingMailUseCase countPendingMailUseCase(MailDeliveryQueue queue) {
        return new CountPendingMailService(queue);
    }

    @Bean
    PurgeFinishedMailUseCase purgeFinishedMailUseCase(
            MailDeliveryQueue queue, GatehouseProperties properties, Clock clock) {
        return new PurgeFinishedMailService(queue, properties.mail().delivery().retention(), clock);
    }
}
