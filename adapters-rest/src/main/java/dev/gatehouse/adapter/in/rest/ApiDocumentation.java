package dev.gatehouse.adapter.in.rest;

import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.security.AdminOnly;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document's shared parts. Responses that every operation of a kind has (401 for a
 * protected one, 413 and 415 for one with a body, 403 for an ADMIN one) are added here from
 * what the operation is, and every error response is given the problem schema, so that the
 * controllers only document what is particular to them and the document cannot drift from the
 * security rules.
 */
final class ApiDocumentation {
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "Problem";

    private ApiDocumentation() {
    }

    static OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Gatehouse API")
                        .version("v1")
                        .description("Accounts, login and RS256 access tokens. Every error is an RFC 9457 problem "
                                + "(application/problem+json) whose type ends in a stable slug."))
                .components(new Components().addSecuritySchemes(ApiSecurity.BEARER_AUTH, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("An access token from POST /api/v1/auth/login or /api/v1/auth/refresh")));
    }

    static OperationCustomizer adminOnlyResponses() {
        return (operation, handler) -> {
            if (isAdminOnly(handler)) {
                responses(operation).addApiResponse("403", new ApiResponse()
                        .description("forbidden: the account is not an ADMIN (whether or not the target exists)"));
            }
            return operation;
        };
    }

    static OpenApiCustomizer problemResponses() {
        return openApi -> {
            addProblemSchemas(openApi);
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                ApiResponses responses = responses(operation);
                if (operation.getRequestBody() != null) {
                    putIfAbsent(responses, "400", "malformed-request or validation-failed");
                    putIfAbsent(responses, "413", "payload-too-large: the body is over 1 MiB");
                    putIfAbsent(responses, "415", "unsupported-media-type: the body is not application/json");
                }
                if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                    putIfAbsent(responses, "401",
                            "unauthorized: no access token, or one that is malformed, expired or otherwise invalid");
                }
                // springdoc gives every response the operation's return type; errors are problems.
                responses.forEach((status, response) -> {
                    if (!status.startsWith("2")) {
                        response.setContent(problemContent());
                    }
                });
            }));
        };
    }

    private static boolean isAdminOnly(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), AdminOnly.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), AdminOnly.class);
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    private static void putIfAbsent(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description));
        }
    }

    @SuppressWarnings("rawtypes") // the swagger model's own signature
    private static void addProblemSchemas(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        boolean openApi31 = openApi.getSpecVersion() == SpecVersion.V31;
        java.util.Map<String, Schema> schemas = ModelConverters.getInstance(openApi31).readAll(Problem.class);
        schemas.forEach(openApi.getComponents()::addSchemas);
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_MEDIA_TYPE,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
    }
}
