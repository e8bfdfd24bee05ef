package dev.gatehouse.adapter.out.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test on real PostgreSQL: {@link PersistenceTestApplication} on the {@link SharedTestDatabase},
 * with every table emptied before each test ({@link CleanDatabase}). That emptying is the one way
 * tests are kept apart, between classes as within one: every class so annotated shares one Spring
 * context and one database, migrated once, so a class must not declare properties or beans of its
 * own (that would give it a context, and a database, of its own).
 *
 * <p>Two kinds of test stand outside it on purpose: the migration tests, which migrate a database
 * of their own step by step ({@code TestDatabase.create()}), and {@link StoreOutageIT}, whose pool
 * reaches its database through a proxy it cuts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {PersistenceTestApplication.class, SharedTestDatabase.class})
@ExtendWith(CleanDatabase.class)
@interface PersistenceIT {}
