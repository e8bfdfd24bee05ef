package dev.gatehouse.adapter.in.rest.admin;

import dev.gatehouse.adapter.in.rest.common.FieldError;
import dev.gatehouse.adapter.in.rest.common.InvalidFieldsException;
import dev.gatehouse.adapter.in.rest.common.InvalidIdException;
import dev.gatehouse.adapter.in.rest.common.PageResponse;
import dev.gatehouse.adapter.in.rest.common.PathIds;
import dev.gatehouse.adapter.in.rest.common.QueryEnums;
import dev.gatehouse.adapter.in.rest.security.AdminOnly;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.domain.common.PageRequest;
import dev.gatehouse.domain.event.SecurityEventType;
import dev.gatehouse.domain.port.in.audit.ListAuditEventsQuery;
import dev.gatehouse.domain.port.in.audit.ListAuditEventsUseCase;
import dev.gatehouse.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log: security events, newest first, filtered by account and type. The account id
 * arrives as text and is parsed inside the method, after the ADMIN check, like the user
 * administration's path ids; a blank one (as in {@code ?userId=&type=}) filters nothing, as a
 * blank {@code type} does.
 */
@RestController
@RequestMapping(path = "/api/v1/audit-events", produces = MediaType.APPLICATION_JSON_VALUE)
@AdminOnly
@Tag(name = "Audit log (ADMIN)")
@SecurityRequirement(name = ApiSecurity.BEARER_AUTH)
public class AuditEventController {
    private final ListAuditEventsUseCase listAuditEvents;

    public AuditEventController(ListAuditEventsUseCase listAuditEvents) {
        this.listAuditEvents = listAuditEvents;
    }

    @GetMapping
    @Operation(operationId = "listAuditEvents", summary = "List security events, newest first")
    @ApiResponse(responseCode = "200", description = "One page of events")
    @ApiResponse(
            responseCode = "400",
            description = "validation-failed: page below 0, size outside 1..100, a userId that is not a UUID, "
                    + "an unknown type")
    public PageResponse<AuditEventResponse> list(
            @Parameter(description = "0-based") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1 to 100") @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size,
            @Parameter(
                            description = "Only events about this account",
                            schema = @Schema(type = "string", format = "uuid"))
                    @RequestParam(required = false)
                    String userId,
            @Parameter(
                            description = "Only events of this type",
                            schema = @Schema(implementation = SecurityEventType.class))
                    @RequestParam(required = false)
                    String type) {
        UserId user = userId(userId);
        ListAuditEventsQuery query = new ListAuditEventsQuery(
                new PageRequest(page, size), user, QueryEnums.filter(type, SecurityEventType.class, "type"));
        return PageResponse.of(listAuditEvents.listAuditEvents(query), AuditEventResponse::of);
    }

    private static UserId userId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new UserId(PathIds.parse(text.strip()));
        } catch (InvalidIdException notAUuid) {
            throw new InvalidFieldsException(List.of(new FieldError("userId", "must be a UUID")));
        }
    }
}
