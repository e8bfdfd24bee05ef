package dev.gatehouse.adapter.in.rest;

import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The contract's operational endpoints (health, Prometheus, Flyway) in the OpenAPI document. The
 * actuator serves them, not a controller springdoc could read, so they are written out here.
 */
final class OperationalEndpointsDocumentation {
    private static final String TAG = "Operations";
    private static final String HEALTH_SCHEMA = "HealthStatus";
    private static final String JSON = "application/json";
    private static final String ON_THE_MANAGEMENT_PORT = " When MANAGEMENT_SERVER_PORT is set, every /actuator/* path"
            + " is served on that port instead of this one.";
    private static final String INVALID_TOKEN = "unauthorized: an access token was sent and is invalid";
    private static final String FORBIDDEN = "forbidden: the account is not an ADMIN";

    private OperationalEndpointsDocumentation() {}

    /**
     * Prometheus and Flyway: protected like the API's ADMIN operations, so they go through the shared
     * error responses (a 503 problem while the token's standing cannot be checked, say).
     */
    static OpenApiCustomizer adminEndpoints() {
        return openApi -> {
            Paths paths = paths(openApi);
            paths.addPathItem("/actuator/prometheus", get(prometheus()));
            paths.addPathItem("/actuator/flyway", get(flyway()));
        };
    }

    /** The health endpoints, with their own bodies: their 503 is a health status, not a problem. */
    static OpenApiCustomizer healthEndpoints() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(HEALTH_SCHEMA, healthSchema());
            Paths paths = paths(openApi);
            paths.addPathItem("/actuator/health", get(health()));
            for (String path : List.of("/actuator/health/liveness", "/livez")) {
                paths.addPathItem(path, get(liveness(path)));
            }
            for (String path : List.of("/actuator/health/readiness", "/readyz")) {
                paths.addPathItem(path, get(readiness(path)));
            }
        };
    }

    private static Paths paths(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            openApi.setPaths(new Paths());
        }
        return openApi.getPaths();
    }

    private static Operation health() {
        return operation(
                        "health",
                        "The service's health, its database included",
                        "Anyone gets the status alone; an ADMIN's access token also gets each component's status and"
                                + " details." + ON_THE_MANAGEMENT_PORT)
                // A token is optional here, but one that is sent is checked.
                .security(List.of(new SecurityRequirement(), bearer()))
                .responses(new ApiResponses()
                        .addApiResponse("200", healthResponse("UP"))
                        .addApiResponse("503", healthResponse("DOWN: a component, such as the database, is down"))
                        .addApiResponse("401", problem(INVALID_TOKEN)));
    }

    private static Operation liveness(String path) {
        return operation(
                        operationId("liveness", path),
                        "Whether the process is alive (it answers as long as it runs)",
                        path.startsWith("/actuator") ? ON_THE_MANAGEMENT_PORT.trim() : "Always on this port.")
                .responses(new ApiResponses().addApiResponse("200", healthResponse("UP")));
    }

    private static Operation readiness(String path) {
        return operation(
                        operationId("readiness", path),
                        "Whether the service can take requests: its database answers",
                        path.startsWith("/actuator") ? ON_THE_MANAGEMENT_PORT.trim() : "Always on this port.")
                .responses(new ApiResponses()
                        .addApiResponse("200", healthResponse("UP"))
                        .addApiResponse("503", healthResponse("DOWN: the database is unreachable")));
    }

    private static Operation prometheus() {
        return operation(
                        "prometheus",
                        "Metrics in Prometheus's text format",
                        "Needs an ADMIN's access token on this port; on MANAGEMENT_SERVER_PORT, when set, it is served"
                                + " there instead and scrapes need no token. Holds the HTTP server metrics,"
                                + " gatehouse_logins_total{outcome}, gatehouse_token_refreshes_total{outcome},"
                                + " gatehouse_refresh_token_reuse_total, gatehouse_mail_outbox_pending, the password-hash"
                                + " time and the hashing pool's queue and rejections.")
                .security(List.of(bearer()))
                .responses(adminResponses(new ApiResponse()
                        .description("The metrics")
                        .content(
                                new Content().addMediaType("text/plain", new MediaType().schema(new StringSchema())))));
    }

    private static Operation flyway() {
        return operation(
                        "flyway",
                        "The database migration history",
                        "Each migration with the time it was applied." + ON_THE_MANAGEMENT_PORT)
                .security(List.of(bearer()))
                .responses(adminResponses(new ApiResponse()
                        .description("The migrations, as Spring Boot's flyway endpoint reports them")
                        .content(new Content().addMediaType(JSON, new MediaType().schema(new ObjectSchema())))));
    }

    private static ApiResponses adminResponses(ApiResponse ok) {
        return new ApiResponses()
                .addApiResponse("200", ok)
                .addApiResponse(
                        "401",
                        problem("unauthorized: no access token, or an invalid one; or"
                                + " insufficient-user-authentication while MFA is required for admins"))
                .addApiResponse("403", problem(FORBIDDEN));
    }

    private static Operation operation(String operationId, String summary, String description) {
        return new Operation()
                .operationId(operationId)
                .addTagsItem(TAG)
                .summary(summary)
                .description(description);
    }

    /** Each path needs an operationId of its own: the two spellings of a probe are two operations. */
    private static String operationId(String probe, String path) {
        return path.startsWith("/actuator") ? probe : probe + "Alias";
    }

    private static PathItem get(Operation operation) {
        return new PathItem().get(operation);
    }

    private static SecurityRequirement bearer() {
        return new SecurityRequirement().addList(ApiSecurity.BEARER_AUTH);
    }

    private static ApiResponse healthResponse(String status) {
        return new ApiResponse()
                .description(status)
                .content(new Content()
                        .addMediaType(
                                JSON,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + HEALTH_SCHEMA))));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(ApiDocumentation.problemContent());
    }

    @SuppressWarnings("rawtypes") // the swagger model's own signature
    private static Schema healthSchema() {
        return new ObjectSchema()
                .addProperty(
                        "status",
                        new StringSchema().example("UP")._enum(List.of("UP", "DOWN", "OUT_OF_SERVICE", "UNKNOWN")))
                .addProperty(
                        "components",
                        new ObjectSchema()
                                .description("Only for an ADMIN's token: each component's status and details"))
                .required(List.of("status"));
    }
}
