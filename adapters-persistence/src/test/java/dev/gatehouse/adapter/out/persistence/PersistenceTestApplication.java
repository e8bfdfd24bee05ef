package dev.gatehouse.adapter.out.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The smallest Boot application around the adapter: auto-configured DataSource, Flyway, jOOQ and
 * transaction manager, plus {@link PersistenceConfiguration} exactly as bootstrap imports it.
 * Not {@code @JooqTest}: that slice wraps every test in a rolled-back transaction, which would hide
 * commits, rollbacks and the races these tests are about.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(PersistenceConfiguration.class)
class PersistenceTestApplication {
}
