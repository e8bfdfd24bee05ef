package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.fromColumn;
import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.AUDIT_EVENTS;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.event.AuditEvent;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.out.AuditEventQueries;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * The read side of the audit log that {@link JooqSecurityEventLog} writes, and its purge.
 *
 * <p>A separate class from the write side, not one class implementing both ports: Spring matches
 * a created singleton by its runtime type, so one class behind two bean methods would make both
 * beans candidates for either port.
 */
final class JooqAuditEventQueries implements AuditEventQueries {
    /** The details object taken apart by PostgreSQL: keys and values in the same (key) order. */
    private static final Field<String[]> DETAIL_KEYS = field(
            "array(select d.key from jsonb_each_text({0}) as d order by d.key)", String[].class, AUDIT_EVENTS.DETAILS);

    private static final Field<String[]> DETAIL_VALUES = field(
            "array(select d.value from jsonb_each_text({0}) as d order by d.key)",
            String[].class, AUDIT_EVENTS.DETAILS);

    private final DSLContext dsl;
    private final int purgeBatch;

    /** @param purgeBatch the most rows one DELETE of the retention purge removes */
    JooqAuditEventQueries(DSLContext dsl, int purgeBatch) {
        if (purgeBatch < 1) {
            throw new IllegalArgumentException("purgeBatch must be at least 1");
        }
        this.dsl = dsl;
        this.purgeBatch = purgeBatch;
    }

    /** Newest first, ties (same instant) broken by id; each filter uses its own index. */
    @Override
    public ResultPage<AuditEvent> search(UserId userId, SecurityEventType type, PageRequest pageRequest) {
        Condition matching = (userId == null ? noCondition() : AUDIT_EVENTS.USER_ID.eq(userId.value()))
                .and(type == null ? noCondition() : AUDIT_EVENTS.TYPE.eq(type.name()));
        long totalItems = dsl.fetchCount(AUDIT_EVENTS, matching);
        List<AuditEvent> items = dsl.select(
                        AUDIT_EVENTS.ID,
                        AUDIT_EVENTS.TYPE,
                        AUDIT_EVENTS.OCCURRED_AT,
                        AUDIT_EVENTS.USER_ID,
                        AUDIT_EVENTS.ACTOR_ID,
                        AUDIT_EVENTS.IP,
                        AUDIT_EVENTS.USER_AGENT,
                        DETAIL_KEYS,
                        DETAIL_VALUES)
                .from(AUDIT_EVENTS)
                .where(matching)
                .orderBy(AUDIT_EVENTS.OCCURRED_AT.desc(), AUDIT_EVENTS.ID.desc())
                .limit(pageRequest.size())
                .offset(pageRequest.offset())
                .fetch(JooqAuditEventQueries::toAuditEvent);
        return new ResultPage<>(items, pageRequest.page(), pageRequest.size(), totalItems);
    }

    /**
     * Deletes in batches, each taking only rows no other transaction holds ({@code FOR UPDATE SKIP
     * LOCKED}): instances purging at once never wait for each other nor count a row twice, and no
     * statement has to hold a long retention's worth of rows. Outside a unit of work each batch
     * commits on its own; inside one, all commit together.
     */
    @Override
    public int purgeOccurredBefore(Instant cutoff) {
        Condition expired = AUDIT_EVENTS.OCCURRED_AT.lt(toColumn(cutoff));
        return Purges.inBatches(
                purgeBatch,
                () -> dsl.deleteFrom(AUDIT_EVENTS)
                        .where(AUDIT_EVENTS.ID.in(select(AUDIT_EVENTS.ID)
                                .from(AUDIT_EVENTS)
                                .where(expired)
                                .limit(purgeBatch)
                                .forUpdate()
                                .skipLocked()))
                        .execute());
    }

    private static AuditEvent toAuditEvent(Record row) {
        SecurityEvent event = new SecurityEvent(
                SecurityEventType.valueOf(row.get(AUDIT_EVENTS.TYPE)),
                fromColumn(row.get(AUDIT_EVENTS.OCCURRED_AT)),
                userId(row.get(AUDIT_EVENTS.USER_ID)),
                userId(row.get(AUDIT_EVENTS.ACTOR_ID)),
                new ClientInfo(row.get(AUDIT_EVENTS.IP), row.get(AUDIT_EVENTS.USER_AGENT)),
                details(row.get(DETAIL_KEYS), row.get(DETAIL_VALUES)));
        return new AuditEvent(row.get(AUDIT_EVENTS.ID), event);
    }

    private static Map<String, String> details(String[] keys, String[] values) {
        if (keys.length != values.length) {
            throw new IllegalStateException(
                    "Audit event details came back as " + keys.length + " keys and " + values.length + " values");
        }
        Map<String, String> details = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            details.put(keys[i], values[i]);
        }
        return details;
    }

    private static UserId userId(UUID value) {
        return value == null ? null : new UserId(value);
    }
}
