package dev.gatehouse.adapter.out.persistence;

import dev.gatehouse.adapter.out.persistence.testing.TestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The one database that every {@link PersistenceIT} class runs on: created and migrated once per
 * test run, when Spring builds the one context those classes share (their configuration is the
 * same, so Spring caches and reuses it). {@link CleanDatabase} keeps their tests apart.
 */
@TestConfiguration(proxyBeanMethods = false)
class SharedTestDatabase {

    @Bean
    static DynamicPropertyRegistrar testDatabase() {
        return TestDatabase::registerNew;
    }
}
