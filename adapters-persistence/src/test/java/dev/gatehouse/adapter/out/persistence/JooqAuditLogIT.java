package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.jooq.Tables.AUDIT_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.port.out.UnitOfWork;
import dev.gatehouse.domain.port.out.UserRepository;
import dev.gatehouse.domain.testing.AuditLogContract;
import dev.gatehouse.domain.testing.UserBuilder;
import dev.gatehouse.domain.user.User;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit log's write side ({@link SecurityEventLog}) and read side ({@link AuditEventQueries}):
 * the shared contract on PostgreSQL, plus what only a real database shows (JSON details, NUL
 * characters, units of work, batches, concurrent purges).
 */
@PersistenceIT
class JooqAuditLogIT extends AuditLogContract {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123456Z");
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

    private final SecurityEventLog log;
    private final AuditEventQueries queries;
    private final UserRepository users;
    private final UnitOfWork unitOfWork;
    private final DSLContext dsl;

    @Autowired
    JooqAuditLogIT(
            SecurityEventLog log,
            AuditEventQueries queries,
            UserRepository users,
            UnitOfWork unitOfWork,
            DSLContext dsl) {
        this.log = log;
        this.queries = queries;
        this.users = users;
        this.unitOfWork = unitOfWork;
        this.dsl = dsl;
    }

    @Override
    protected SecurityEventLog log() {
        return log;
    }

    @Override
    protected AuditEventQueries queries() {
        return queries;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }

    @Test
    void theListedIdIsTheRowsId() {
        unitOfWork.run(() -> log.record(eventAt(T0, SecurityEventType.LOGIN_FAILED, null)));

        assertThat(queries.search(null, null, FIRST_PAGE).items().getFirst().id())
                .isEqualTo(dsl.fetchSingle(AUDIT_EVENTS).getId());
    }

    @Test
    void anEventWithoutDetailsIsStoredAsAnEmptyObject() {
        log.record(new SecurityEvent(SecurityEventType.LOGIN_FAILED, T0, null, null, null, Map.of()));

        assertThat(dsl.resultQuery("SELECT details::text FROM audit_events")
                        .fetchSingle()
                        .get(0, String.class))
                .isEqualTo("{}");
    }

    /**
     * The details are JSON in the database, built there from bound values: nothing a key or value
     * holds can end its string early or nest another object.
     */
    @Test
    void detailsWithAwkwardCharactersComeBackAsTheyWere() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("quote", "say \"hi\"");
        details.put("backslash", "C:\\temp\\ and \\\" and \\u0041");
        details.put("control", "line\nbreak\ttab\rreturn\u0001\u001f\b\f");
        details.put("unicode", "Grüße, 東京, עברית, 😀🔐, \u2028\u2029");
        details.put("jsonLooking", "\"}, \"injected\": \"yes");
        details.put("empty", "");
        details.put("key \"with\" quotes\\", "value");
        details.put("", "empty key");
        SecurityEvent event = new SecurityEvent(
                SecurityEventType.USER_UPDATED,
                T0,
                UserId.newId(),
                null,
                new ClientInfo("203.0.113.9", "agent \"quoted\" \\ 😀"),
                details);

        log.record(event);

        assertThat(queries.search(null, null, FIRST_PAGE)
                        .items()
                        .getFirst()
                        .event()
                        .details())
                .isEqualTo(details);
        // What PostgreSQL holds, read without the adapter: one object, each value a string.
        assertThat(dsl.resultQuery("SELECT jsonb_typeof(details) FROM audit_events")
                        .fetchSingle()
                        .get(0, String.class))
                .isEqualTo("object");
        assertThat(dsl.resultQuery("SELECT details ->> 'jsonLooking' FROM audit_events")
                        .fetchSingle()
                        .get(0, String.class))
                .isEqualTo("\"}, \"injected\": \"yes");
        assertThat(dsl.resultQuery("SELECT jsonb_exists(details, 'injected') FROM audit_events")
                        .fetchSingle()
                        .get(0, Boolean.class))
                .isFalse();
        assertThat(dsl.resultQuery("SELECT count(*) FROM audit_events, jsonb_each(details) AS d "
                                + "WHERE jsonb_typeof(d.value) <> 'string'")
                        .fetchSingle()
                        .get(0, Integer.class))
                .isZero();
    }

    /** PostgreSQL text cannot hold U+0000: it is stored as U+FFFD instead of failing the change it records. */
    @Test
    void aNulCharacterIsStoredAsTheReplacementCharacter() {
        SecurityEvent event = new SecurityEvent(
                SecurityEventType.LOGIN_FAILED,
                T0,
                null,
                null,
                new ClientInfo("10.0.0.1\u0000", "curl\u0000/8"),
                Map.of("reason\u0000", "a\u0000b"));

        log.record(event);

        SecurityEvent stored =
                queries.search(null, null, FIRST_PAGE).items().getFirst().event();
        assertThat(stored.details()).isEqualTo(Map.of("reason\uFFFD", "a\uFFFDb"));
        assertThat(stored.client()).isEqualTo(new ClientInfo("10.0.0.1\uFFFD", "curl\uFFFD/8"));
    }

    /** jsonb_build_object would stop at 50 pairs (PostgreSQL's 100 function arguments); arrays have no such limit. */
    @Test
    void manyDetailsFitToo() {
        Map<String, String> details = new LinkedHashMap<>();
        IntStream.range(0, 300).forEach(i -> details.put("key" + i, "value" + i));

        log.record(new SecurityEvent(SecurityEventType.USER_UPDATED, T0, null, null, null, details));

        assertThat(queries.search(null, null, FIRST_PAGE)
                        .items()
                        .getFirst()
                        .event()
                        .details())
                .isEqualTo(details);
    }

    /** No foreign key: an account's events, its deletion included, stay when the account goes. */
    @Test
    void eventsOutliveTheirAccount() {
        User user = UserBuilder.aUser().build();
        unitOfWork.run(() -> {
            users.insert(user);
            log.record(eventAt(T0, SecurityEventType.USER_REGISTERED, user.id()));
        });

        unitOfWork.run(() -> {
            users.delete(user.id());
            log.record(eventAt(T0.plusSeconds(60), SecurityEventType.USER_DELETED, user.id()));
        });

        assertThat(queries.search(user.id(), null, FIRST_PAGE).items())
                .extracting(e -> e.event().type())
                .containsExactly(SecurityEventType.USER_DELETED, SecurityEventType.USER_REGISTERED);
    }

    /** Recorded inside a unit of work, an event commits or rolls back with the change it records. */
    @Test
    void anEventIsPartOfTheUnitOfWorkItIsRecordedIn() {
        User user = UserBuilder.aUser().build();
        IllegalStateException failure = new IllegalStateException("fails after recording");

        assertThatThrownBy(() -> unitOfWork.run(() -> {
                    users.insert(user);
                    log.record(eventAt(T0, SecurityEventType.USER_CREATED, user.id()));
                    throw failure;
                }))
                .isSameAs(failure);

        assertThat(dsl.fetchCount(AUDIT_EVENTS)).isZero();
        assertThat(users.findById(user.id())).isEmpty();
    }

    @Test
    void purgeDeletesBatchAfterBatchUntilNothingIsLeft() {
        IntStream.range(0, 7)
                .forEach(i -> log.record(eventAt(T0.plusSeconds(i), SecurityEventType.LOGIN_FAILED, null)));
        log.record(eventAt(T0.plus(Duration.ofDays(1)), SecurityEventType.LOGIN_FAILED, null));
        JooqAuditEventQueries inBatchesOfTwo = new JooqAuditEventQueries(dsl, 2);

        assertThat(inBatchesOfTwo.purgeOccurredBefore(T0.plusSeconds(60))).isEqualTo(7);
        assertThat(unitOfWork.inTransaction(() -> {
                    log.record(eventAt(T0, SecurityEventType.LOGIN_FAILED, null));
                    log.record(eventAt(T0, SecurityEventType.LOGIN_FAILED, null));
                    return inBatchesOfTwo.purgeOccurredBefore(T0.plusSeconds(60));
                }))
                .as("in one transaction, a full batch followed by an empty one")
                .isEqualTo(2);
        assertThat(dsl.fetchCount(AUDIT_EVENTS)).isEqualTo(1);
    }

    /** Instances purge at once: the second neither waits for the first one's rows nor counts them. */
    @Test
    void concurrentPurgesNeitherWaitForEachOtherNorCountAnEventTwice() throws Exception {
        log.record(eventAt(T0, SecurityEventType.LOGIN_FAILED, null));
        log.record(eventAt(T0.plusSeconds(1), SecurityEventType.LOGIN_FAILED, null));
        Instant cutoff = T0.plusSeconds(60);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch firstPurged = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        try {
            Future<Integer> first = threads.submit(() -> unitOfWork.inTransaction(() -> {
                int purged = queries.purgeOccurredBefore(cutoff);
                firstPurged.countDown();
                awaitUntilReleased(firstMayCommit);
                return purged;
            }));
            assertThat(firstPurged.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                    .as("first purge done")
                    .isTrue();

            Future<Integer> second =
                    threads.submit(() -> unitOfWork.inTransaction(() -> queries.purgeOccurredBefore(cutoff)));
            assertThat(second.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isZero();

            firstMayCommit.countDown();
            assertThat(first.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(2);
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
        assertThat(dsl.fetchCount(AUDIT_EVENTS)).isZero();
    }

    private static SecurityEvent eventAt(Instant at, SecurityEventType type, UserId userId) {
        return new SecurityEvent(type, at, userId, null, ClientInfo.unknown(), Map.of("at", at.toString()));
    }

    /** Interrupted (the test ending early) counts as released, so the transaction always ends. */
    private static void awaitUntilReleased(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
