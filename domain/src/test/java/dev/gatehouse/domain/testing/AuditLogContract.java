package dev.gatehouse.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.event.AuditEvent;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What the audit log must do, its write side ({@link SecurityEventLog}) and its read side
 * ({@link AuditEventQueries}) together: what one records the other lists. Run against the
 * in-memory fake and the real adapter; each test starts from an empty log. Times have microsecond
 * precision (PostgreSQL's).
 */
public abstract class AuditLogContract {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00.123456Z");
    private static final PageRequest FIRST_PAGE = new PageRequest(0, 20);

    protected abstract SecurityEventLog log();

    protected abstract AuditEventQueries queries();

    /** Runs {@code work} in a transaction where the store needs one; the fake just runs it. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private void record(SecurityEvent event) {
        inTransaction(() -> {
            log().record(event);
            return null;
        });
    }

    @Test
    void listsEveryFieldOfARecordedEvent() {
        SecurityEvent event = new SecurityEvent(
                SecurityEventType.ROLES_CHANGED,
                T0,
                UserId.newId(),
                UserId.newId(),
                new ClientInfo("2001:db8::1", "Mozilla/5.0 (X11; Linux x86_64)"),
                Map.of("roles", "ADMIN,USER", "previousRoles", "USER"));

        record(event);

        ResultPage<AuditEvent> page = queries().search(null, null, FIRST_PAGE);
        assertThat(page.totalItems()).isEqualTo(1);
        assertThat(page.items())
                .singleElement()
                .satisfies(stored -> assertThat(stored.event()).isEqualTo(event));
    }

    @Test
    void anEventWithoutAccountsClientOrDetailsComesBackSo() {
        SecurityEvent event = new SecurityEvent(SecurityEventType.LOGIN_FAILED, T0, null, null, null, Map.of());

        record(event);

        assertThat(queries().search(null, null, FIRST_PAGE).items())
                .singleElement()
                .satisfies(stored -> assertThat(stored.event()).isEqualTo(event));
    }

    /**
     * Newest first; events of the same instant by id, highest first, comparing ids as their
     * lower-case text sorts (PostgreSQL's uuid order; {@code UUID.compareTo} differs).
     */
    @Test
    void listsNewestFirstWithTheIdBreakingTiesAndPages() {
        List.of(T0, T0.plusSeconds(30), T0.plusSeconds(10), T0.plusSeconds(30), T0.plusSeconds(20))
                .forEach(at -> record(eventAt(at, SecurityEventType.LOGIN_SUCCEEDED, null)));
        List<AuditEvent> all = queries().search(null, null, FIRST_PAGE).items();

        assertThat(all)
                .extracting(e -> e.event().occurredAt())
                .containsExactly(T0.plusSeconds(30), T0.plusSeconds(30), T0.plusSeconds(20), T0.plusSeconds(10), T0);
        assertThat(all.subList(0, 2))
                .isSortedAccordingTo(Comparator.comparing((AuditEvent e) -> e.id().toString())
                        .reversed());

        ResultPage<AuditEvent> second = queries().search(null, null, new PageRequest(1, 2));
        assertThat(second.items()).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(queries().search(null, null, new PageRequest(2, 2)).items()).containsExactly(all.get(4));
        ResultPage<AuditEvent> beyond = queries().search(null, null, new PageRequest(7, 2));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(5);
    }

    @Test
    void filtersByAccountByTypeAndByBoth() {
        UserId ada = UserId.newId();
        UserId bob = UserId.newId();
        record(eventAt(T0, SecurityEventType.LOGIN_FAILED, ada));
        record(eventAt(T0.plusSeconds(1), SecurityEventType.LOGIN_SUCCEEDED, ada));
        record(eventAt(T0.plusSeconds(2), SecurityEventType.LOGIN_FAILED, bob));
        record(eventAt(T0.plusSeconds(3), SecurityEventType.LOGIN_FAILED, null));

        assertThat(queries().search(ada, null, FIRST_PAGE).items())
                .extracting(e -> e.event().occurredAt())
                .containsExactly(T0.plusSeconds(1), T0);
        assertThat(queries()
                        .search(null, SecurityEventType.LOGIN_FAILED, FIRST_PAGE)
                        .items())
                .extracting(e -> e.event().occurredAt())
                .containsExactly(T0.plusSeconds(3), T0.plusSeconds(2), T0);
        ResultPage<AuditEvent> both = queries().search(ada, SecurityEventType.LOGIN_FAILED, FIRST_PAGE);
        assertThat(both.items()).extracting(e -> e.event().occurredAt()).containsExactly(T0);
        assertThat(both.totalItems()).isEqualTo(1);
        assertThat(queries().search(UserId.newId(), null, FIRST_PAGE).totalItems())
                .isZero();
    }

    @Test
    void purgeDeletesTheEventsThatOccurredBeforeTheCutoffOnly() {
        Instant cutoff = T0.plus(Duration.ofDays(90));
        record(eventAt(T0, SecurityEventType.LOGIN_FAILED, null));
        record(eventAt(cutoff.minusNanos(1_000), SecurityEventType.LOGIN_FAILED, null));
        record(eventAt(cutoff, SecurityEventType.LOGIN_FAILED, null));
        record(eventAt(cutoff.plusSeconds(1), SecurityEventType.LOGIN_FAILED, null));

        assertThat(inTransaction(() -> queries().purgeOccurredBefore(cutoff))).isEqualTo(2);

        assertThat(queries().search(null, null, FIRST_PAGE).items())
                .extracting(e -> e.event().occurredAt())
                .containsExactly(cutoff.plusSeconds(1), cutoff);
        assertThat(inTransaction(() -> queries().purgeOccurredBefore(cutoff))).isZero();
    }

    private static SecurityEvent eventAt(Instant at, SecurityEventType type, UserId userId) {
        return new SecurityEvent(type, at, userId, null, ClientInfo.unknown(), Map.of("at", at.toString()));
    }
}
