package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.domain.port.out.SigningKeyStore;
import dev.gatehouse.domain.testing.FixedClock;
import java.time.Instant;
import org.jooq.DSLContext;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The smallest Boot application around the adapter: auto-configured DataSource, Flyway, jOOQ and
 * transaction manager, plus {@link PersistenceConfiguration} exactly as bootstrap imports it, the
 * signing-key store bootstrap chooses when no PEM key is configured, and the {@link java.time.Clock}
 * bootstrap provides (here one that moves only when a test says so).
 * Not {@code @JooqTest}: that slice wraps every test in a rolled-back transaction, which would hide
 * commits, rollbacks and the races these tests are about.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(PersistenceConfiguration.class)
class PersistenceTestApplication {
    static final Instant CLOCK_START = Instant.parse("2026-03-01T12:00:00Z");

    @Bean
    FixedClock clock() {
        return new FixedClock(CLOCK_START);
    }

    @Bean
    SigningKeyStore signingKeyStore(DSLContext dsl) {
        return new JooqSigningKeyStore(dsl);
    }
}
