package dev.gatehouse.adapter.in.rest.admin;

import static dev.gatehouse.adapter.in.rest.support.ProblemAssertions.problem;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asAdmin;
import static dev.gatehouse.adapter.in.rest.support.TestTokens.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.gatehouse.adapter.in.rest.support.SliceTest;
import dev.gatehouse.domain.auth.ClientInfo;
import dev.gatehouse.domain.common.ResultPage;
import dev.gatehouse.domain.event.AuditEvent;
import dev.gatehouse.domain.event.SecurityEvent;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.audit.ListAuditEventsQuery;
import dev.gatehouse.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;

@WebMvcTest
class AuditEventControllerTest extends SliceTest {
    private static final UserId ADMIN = UserId.newId();
    private static final UserId SUBJECT = UserId.newId();
    private static final UUID NEWER_ID = UUID.randomUUID();
    private static final UUID OLDER_ID = UUID.randomUUID();

    @Test
    void answersAPageOfEventsInTheContractsShape() throws Exception {
        AuditEvent newer = new AuditEvent(
                NEWER_ID,
                new SecurityEvent(
                        SecurityEventType.USER_DISABLED,
                        Instant.parse("2026-11-27T10:15:30.123456Z"),
                        SUBJECT,
                        ADMIN,
                        new ClientInfo("203.0.113.7", "curl/8.5"),
                        Map.of("field", "enabled")));
        AuditEvent older = new AuditEvent(
                OLDER_ID,
                new SecurityEvent(
                        SecurityEventType.LOGIN_FAILED,
                        Instant.parse("2026-11-27T09:00:00Z"),
                        null,
                        null,
                        ClientInfo.unknown(),
                        Map.of()));
        useCases.answerAuditEvents(new ResultPage<>(List.of(newer, older), 0, 20, 42));

        mvc.perform(get("/api/v1/audit-events").with(asAdmin(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalItems").value(42))
                .andExpect(jsonPath("$.totalPages").value(3))
                // The use case's order (newest first) is kept.
                .andExpect(jsonPath("$.items[*].id").value(contains(NEWER_ID.toString(), OLDER_ID.toString())))
                .andExpect(jsonPath("$.items[0]", aMapWithSize(8)))
                .andExpect(jsonPath("$.items[0].type").value("USER_DISABLED"))
                .andExpect(jsonPath("$.items[0].occurredAt").value("2026-11-27T10:15:30.123Z"))
                .andExpect(jsonPath("$.items[0].userId").value(SUBJECT.value().toString()))
                .andExpect(jsonPath("$.items[0].actorId").value(ADMIN.value().toString()))
                .andExpect(jsonPath("$.items[0].ip").value("203.0.113.7"))
                .andExpect(jsonPath("$.items[0].userAgent").value("curl/8.5"))
                .andExpect(jsonPath("$.items[0].details.field").value("enabled"))
                // Absent parts are there as null, details as an empty object.
                .andExpect(jsonPath("$.items[1]", aMapWithSize(8)))
                .andExpect(jsonPath("$.items[1].occurredAt").value("2026-11-27T09:00:00.000Z"))
                .andExpect(jsonPath("$.items[1].userId").value(nullValue()))
                .andExpect(jsonPath("$.items[1].actorId").value(nullValue()))
                .andExpect(jsonPath("$.items[1].ip").value(nullValue()))
                .andExpect(jsonPath("$.items[1].userAgent").value(nullValue()))
                .andExpect(jsonPath("$.items[1].details", aMapWithSize(0)));
    }

    @Test
    void withoutParametersItAsksForTheFirstPageOf20Unfiltered() throws Exception {
        mvc.perform(get("/api/v1/audit-events").with(asAdmin(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());

        ListAuditEventsQuery query = useCases.lastCall(ListAuditEventsQuery.class);
        assertThat(query.pageRequest().page()).isZero();
        assertThat(query.pageRequest().size()).isEqualTo(20);
        assertThat(query.userId()).isNull();
        assertThat(query.type()).isNull();
    }

    @Test
    void passesPageAndFiltersOn() throws Exception {
        mvc.perform(get(
                                "/api/v1/audit-events?page=3&size=100&userId={id}&type=LOGIN_THROTTLED",
                                SUBJECT.value().toString().toUpperCase(Locale.ROOT))
                        .with(asAdmin(ADMIN)))
                .andExpect(status().isOk());

        ListAuditEventsQuery query = useCases.lastCall(ListAuditEventsQuery.class);
        assertThat(query.pageRequest().page()).isEqualTo(3);
        assertThat(query.pageRequest().size()).isEqualTo(100);
        assertThat(query.userId()).isEqualTo(SUBJECT);
        assertThat(query.type()).isEqualTo(SecurityEventType.LOGIN_THROTTLED);
    }

    @Test
    void emptyParametersAreLeftOut() throws Exception {
        mvc.perform(get("/api/v1/audit-events?userId=&type=&page=&size=").with(asAdmin(ADMIN)))
                .andExpect(status().isOk());

        ListAuditEventsQuery query = useCases.lastCall(ListAuditEventsQuery.class);
        assertThat(query.pageRequest().size()).isEqualTo(20);
        assertThat(query.userId()).isNull();
        assertThat(query.type()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001", "\u007f", "\u0000LOGIN_FAILED"})
    void aTypeOfControlCharactersIsRefusedNotTakenForNoFilter(String type) throws Exception {
        mvc.perform(get("/api/v1/audit-events").param("type", type).with(asAdmin(ADMIN)))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("type"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void aTypeOfWhiteSpaceIsNoFilterAndOneAroundANameIsTheName() throws Exception {
        mvc.perform(get("/api/v1/audit-events").param("type", " ").with(asAdmin(ADMIN)))
                .andExpect(status().isOk());
        assertThat(useCases.lastCall(ListAuditEventsQuery.class).type()).isNull();

        mvc.perform(get("/api/v1/audit-events").param("type", " LOGIN_FAILED\t").with(asAdmin(ADMIN)))
                .andExpect(status().isOk());
        assertThat(useCases.lastCall(ListAuditEventsQuery.class).type()).isEqualTo(SecurityEventType.LOGIN_FAILED);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "size=0",
                "size=101",
                "page=-1",
                "page=x",
                "userId=not-a-uuid",
                "userId=1-1-1-1-1",
                "type=LOGIN",
                "type=login_failed"
            })
    void refusesParametersOutOfRange(String parameter) throws Exception {
        String field = parameter.substring(0, parameter.indexOf('='));

        mvc.perform(get("/api/v1/audit-events?" + parameter).with(asAdmin(ADMIN)))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value(field));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void anUnknownTypeIsAnsweredWithTheKnownOnes() throws Exception {
        mvc.perform(get("/api/v1/audit-events?type=NOPE").with(asAdmin(ADMIN)))
                .andExpect(problem(400, "validation-failed"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("SIGNING_KEY_ROTATED")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?size=0", "?userId=not-a-uuid", "?type=NOPE"})
    void aUserGets403WhateverTheParameters(String query) throws Exception {
        mvc.perform(get("/api/v1/audit-events" + query).with(asUser(UserId.newId())))
                .andExpect(problem(403, "forbidden"));

        assertThat(useCases.calls()).isEmpty();
    }

    @Test
    void anonymousGets401() throws Exception {
        mvc.perform(get("/api/v1/audit-events"))
                .andExpect(problem(401, "unauthorized"))
                .andExpect(header().exists("WWW-Authenticate"));

        assertThat(useCases.calls()).isEmpty();
    }
}
