package dev.gatehouse.adapter.out.persistence;

import static dev.gatehouse.adapter.out.persistence.Timestamps.toColumn;
import static dev.gatehouse.adapter.out.persistence.jooq.Tables.AUDIT_EVENTS;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.val;

import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.port.out.SecurityEventLog;
import dev.gatehouse.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.SQLDataType;

/**
 * The write side of the audit log: one audit_events row per event. It writes through the
 * {@link DSLContext}, so inside a unit of work the event joins that transaction and commits or
 * rolls back with the change it records; outside one it commits on its own.
 *
 * <p>The details map reaches PostgreSQL as two bound text arrays, keys and values, and
 * {@code jsonb_object} builds the JSON object from them: no JSON text is ever written here, so no
 * key or value, whatever characters it holds, can break out of its string. PostgreSQL text cannot
 * hold U+0000 at all, so that one character is stored as U+FFFD (in ip and user agent too) rather
 * than failing the change the event records.
 */
final class JooqSecurityEventLog implements SecurityEventLog {
    private static final String NUL = "\u0000";
    private static final String REPLACEMENT_CHARACTER = "\uFFFD";

    private final DSLContext dsl;

    JooqSecurityEventLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(SecurityEvent event) {
        ClientInfo client = event.client();
        dsl.insertInto(AUDIT_EVENTS)
                .set(AUDIT_EVENTS.ID, UUID.randomUUID())
                .set(AUDIT_EVENTS.TYPE, event.type().name())
                .set(AUDIT_EVENTS.OCCURRED_AT, toColumn(event.occurredAt()))
                .set(AUDIT_EVENTS.USER_ID, valueOf(event.userId()))
                .set(AUDIT_EVENTS.ACTOR_ID, valueOf(event.actorId()))
                .set(AUDIT_EVENTS.IP, storable(client.ip()))
                .set(AUDIT_EVENTS.USER_AGENT, storable(client.userAgent()))
                .set(AUDIT_EVENTS.DETAILS, jsonObjectOf(event.details()))
                .execute();
    }

    private static Field<JSONB> jsonObjectOf(Map<String, String> details) {
        List<String> keys = new ArrayList<>(details.size());
        List<String> values = new ArrayList<>(details.size());
        details.forEach((key, value) -> {
            keys.add(storable(key));
            values.add(storable(value));
        });
        return field(
                "jsonb_object({0}, {1})",
                JSONB.class,
                val(keys.toArray(String[]::new), SQLDataType.CLOB.array()),
                val(values.toArray(String[]::new), SQLDataType.CLOB.array()));
    }

    private static UUID valueOf(UserId id) {
        return id == null ? null : id.value();
    }

    /** PostgreSQL text cannot hold U+0000; everything else is stored as it is. */
    static String storable(String text) {
        return text == null ? null : text.replace(NUL, REPLACEMENT_CHARACTER);
    }
}
