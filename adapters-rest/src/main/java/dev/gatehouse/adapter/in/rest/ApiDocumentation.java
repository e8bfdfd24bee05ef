package dev.gatehouse.adapter.in.rest;

import dev.gatehouse.adapter.in.rest.common.ApiPaths;
import dev.gatehouse.adapter.in.rest.common.InsufficientUserAuthentication;
import dev.gatehouse.adapter.in.rest.common.RequestBodyLimit;
import dev.gatehouse.adapter.in.rest.problem.Problem;
import dev.gatehouse.adapter.in.rest.problem.RetryAfter;
import dev.gatehouse.adapter.in.rest.security.AdminOnly;
import dev.gatehouse.adapter.in.rest.security.ApiSecurity;
import dev.gatehouse.adapter.in.rest.security.CallerArgumentResolver;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document's shared parts. Responses that every operation of a kind has (401 for a
 * protected one, 413 and 415 for one with a body, 401 insufficient-user-authentication and 403 for
 * an ADMIN one, 429 rate-limited for one under {@code /api/v1/auth/}, 503 for all) are added here
 * from what the operation is, and every error response is given the problem schema, so that the
 * controllers only document what is particular to them and the document cannot drift from the
 * security rules and filters.
 */
final class ApiDocumentation {
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String AUTH_PATH_PREFIX = ApiPaths.AUTH + "/";
    private static final String RATE_LIMITED = "rate-limited: too many requests from this client address to "
            + ApiPaths.AUTH + "/* (a token bucket per address; see Retry-After)";
    private static final String UNAUTHORIZED =
            "unauthorized: no access token, or one that is malformed, expired or otherwise invalid";
    private static final String ADMIN_UNAUTHORIZED = UNAUTHORIZED
            + "; or insufficient-user-authentication: an ADMIN's token from a password-only sign-in (acr not aal2)"
            + " while MFA is required for admins (the default), with WWW-Authenticate: "
            + InsufficientUserAuthentication.CHALLENGE
            + " (RFC 9470): set up MFA and sign in again with both steps";
    private static final String SERVICE_UNAVAILABLE = "service-unavailable: the service cannot reach its database "
            + "right now; nothing was changed, try again after Retry-After seconds";

    private ApiDocumentation() {}

    static OpenAPI openApi() {
        // Taken from the access token and the connection (CallerArgumentResolver), never sent as parameters.
        SpringDocUtils.getConfig()
                .addRequestWrapperToIgnore(CallerArgumentResolver.RESOLVED_TYPES.toArray(Class<?>[]::new));
        return new OpenAPI()
                .info(new Info()
                        .title("Gatehouse API")
                        .version("v1")
                        .description("Accounts, login and RS256 access tokens. Every error is an RFC 9457 problem "
                                + "(application/problem+json) whose type ends in a stable slug."))
                .components(new Components()
                        .addSecuritySchemes(
                                ApiSecurity.BEARER_AUTH,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("An access token from POST " + ApiPaths.AUTH + "/login or "
                                                + ApiPaths.AUTH + "/refresh")));
    }

    static OperationCustomizer adminOnlyResponses() {
        return (operation, handler) -> {
            if (isAdminOnly(handler)) {
                responses(operation)
                        .addApiResponse(
                                "401",
                                new ApiResponse()
                                        .description(ADMIN_UNAUTHORIZED)
                                        .addHeaderObject(
                                                "WWW-Authenticate",
                                                new Header()
                                                        .description("Bearer, with error=\"invalid_token\" for a"
                                                                + " token that fails, or the RFC 9470 challenge")
                                                        .schema(new StringSchema())))
                        .addApiResponse(
                                "403",
                                new ApiResponse()
                                        .description(
                                                "forbidden: the account is not an ADMIN (whether or not the target exists)"));
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
            openApi.getPaths()
                    .forEach((pathName, path) -> path.readOperations().forEach(operation -> {
                        ApiResponses responses = responses(operation);
                        if (pathName.startsWith(AUTH_PATH_PREFIX)) {
                            addOrAppend(
                                    responses, "429", RATE_LIMITED, "Seconds until the limit lets a request through");
                        }
                        addOrAppend(responses, "503", SERVICE_UNAVAILABLE, "Seconds to wait before trying again");
                        if (operation.getRequestBody() != null) {
                            putIfAbsent(responses, "400", "malformed-request or validation-failed");
                            putIfAbsent(
                                    responses, "413", "payload-too-large: the body is over " + RequestBodyLimit.TEXT);
                            putIfAbsent(responses, "415", "unsupported-media-type: the body is not application/json");
                        }
                        if (operation.getSecurity() != null
                                && !operation.getSecurity().isEmpty()) {
                            putIfAbsent(responses, "401", UNAUTHORIZED);
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

    /**
     * Adds the response, or when the operation documents one with this status already (login's
     * 429 too-many-attempts), adds this reason to it; either way with a Retry-After header.
     */
    private static void addOrAppend(
            ApiResponses responses, String status, String description, String retryAfterDescription) {
        ApiResponse response = responses.get(status);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(status, response);
        } else if (response.getDescription() == null
                || !response.getDescription().contains(description)) {
            String before = response.getDescription();
            response.setDescription(before == null || before.isBlank() ? description : before + "; or " + description);
        }
        if (response.getHeaders() == null || !response.getHeaders().containsKey(RetryAfter.HEADER)) {
            response.addHeaderObject(
                    RetryAfter.HEADER,
                    new Header().description(retryAfterDescription).schema(new IntegerSchema()));
        }
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
        java.util.Map<String, Schema> schemas =
                ModelConverters.getInstance(openApi31).readAll(Problem.class);
        schemas.forEach(openApi.getComponents()::addSchemas);
    }

    static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_MEDIA_TYPE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA)));
    }
}
