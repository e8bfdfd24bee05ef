package dev.gatehouse.adapter.out.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the adapter's stores on real PostgreSQL: {@link PersistenceTestApplication}, with every
 * table emptied before each test ({@link CleanDatabase}). The class still declares its own
 * {@code @DynamicPropertySource} calling {@code TestDatabase.registerNew}: that method is what gives
 * it a context, and so a database, of its own (see {@code TestDatabase}). The schema and outage
 * tests, which need no emptying, use {@code @SpringBootTest} directly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PersistenceTestApplication.class)
@ExtendWith(CleanDatabase.class)
@interface PersistenceIT {}
